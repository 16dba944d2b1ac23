"""Dialogues in person: scheduling, who came (counted or signed in), conclusions, and paper
sheets typed a second time, compared with the first and corrected."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core.audit import log_action
from acoge.core.page_cache import public_pages_changed
from acoge.stats import demographics

from .. import tally
from ..errors import ConsultationError
from ..models import (
    Answer,
    Consultation,
    Dialogue,
    DialogueAttendee,
    Question,
    Response,
    SecondEntry,
    StatsAnswer,
)
from .answering import Given, _rows

# Dialogues: who came, and the paper questionnaires typed twice ----------------------------------

MAX_ATTENDEES = 2000


@transaction.atomic
def attendance_count(*, dialogue: Dialogue, counts: dict[tuple[str, str], int], actor) -> int:
    """Who came, counted by gender and age band ("" for not said): replaces the earlier count
    (people who signed in on their own stay). Returns the number counted."""
    total = sum(counts.values())
    if any(n < 0 for n in counts.values()) or total > MAX_ATTENDEES:
        raise ConsultationError(
            _("Count between 0 and %(limit)s people.") % {"limit": MAX_ATTENDEES}
        )
    month = timezone.localdate(dialogue.starts_at).replace(day=1)
    DialogueAttendee.objects.filter(dialogue=dialogue, signed_in=False).delete()
    DialogueAttendee.objects.bulk_create(
        [
            DialogueAttendee(dialogue=dialogue, month=month, gender_identity=gender, age_band=age)
            for (gender, age), n in sorted(counts.items())
            for _n in range(n)
        ]
    )
    Dialogue.objects.filter(pk=dialogue.pk).update(attendance_counted=True)
    log_action(
        "consultations.dialogue.attendance", actor=actor, obj=dialogue.consultation,
        region=dialogue.region, data={"dialogue": dialogue.pk, "counted": total},
    )  # fmt: skip
    return total


def attendee_sign_in(*, dialogue: Dialogue, answers: dict[str, str], actor) -> DialogueAttendee:
    """One person signed in at the dialogue, with the optional statistics answers she gave."""
    month = timezone.localdate(dialogue.starts_at).replace(day=1)
    kept = demographics.record(DialogueAttendee, answers=answers, dialogue=dialogue, signed_in=True)
    if kept is None:
        kept = DialogueAttendee.objects.create(dialogue=dialogue, month=month, signed_in=True)
    return kept


def as_given(given: dict[str, Given], stats: dict[str, str] | None, region_id: int | None) -> dict:
    """A paper questionnaire as compared and kept in a second entry (JSON)."""
    return {
        "answers": {
            slug: {"options": list(answer.options), "value": answer.value, "text": answer.text}
            for slug, answer in sorted(given.items())
            if answer.options or answer.value is not None or answer.text.strip()
        },
        "stats": {key: value for key, value in sorted((stats or {}).items()) if value},
        "region": region_id,
    }


def _entered(response: Response) -> dict:
    """What the first entry of a sheet holds, in the form of `as_given`."""
    answers: dict[str, dict] = {}
    for answer in response.answers.all():  # prefetched in order (entry_differences)
        slug, kind = answer.question.slug, answer.question.kind
        found = answers.setdefault(slug, {"options": [], "value": None, "text": ""})
        if answer.option_id:
            found["options"].append(answer.option_id)
        elif kind == Question.Kind.SCALE:
            found["value"] = answer.value
        else:
            found["text"] = answer.text
    stats = getattr(response, "stats", None)
    about: dict[str, str] = {}
    region = None
    if stats is not None:
        region = stats.region_id
        about = {
            field: getattr(stats, field) for field in demographics.BY_FIELD if getattr(stats, field)
        }
    given = {slug: Given(tuple(a["options"]), a["value"], a["text"]) for slug, a in answers.items()}
    return as_given(given, about, region)


@dataclass(frozen=True)
class Difference:
    sheet: str
    what: str  # a question's slug, "stats" or "region"
    first: object
    second: object


@dataclass(frozen=True)
class Comparison:
    differences: list[Difference]
    only_first: list[str]  # sheets typed once: not yet checked
    only_second: list[str]  # sheets typed a second time but never entered first
    agreeing: int  # sheets whose two entries agree


def second_entry_save(
    *,
    dialogue: Dialogue,
    sheet: str,
    given: dict[str, Given],
    stats: dict[str, str] | None,
    region_id: int | None,
    actor,
) -> SecondEntry:
    """Type a sheet a second time: kept apart, never counted, compared with the first."""
    sheet = sheet.strip()
    if not sheet:
        raise ConsultationError(_("Write the sheet number, as on the paper."))
    _rows(dialogue.consultation, given)  # the same checks as the first entry
    entry, _created = SecondEntry.objects.update_or_create(
        dialogue=dialogue,
        sheet=sheet,
        defaults={"given": as_given(given, stats, region_id), "entered_by": actor},
    )
    return entry


def _sort_sheets(sheets) -> list[str]:
    return sorted(sheets, key=lambda sheet: (len(sheet), sheet))


def entry_differences(dialogue: Dialogue) -> Comparison:
    """Each sheet typed twice, compared question by question."""
    firsts = {
        response.sheet: response
        for response in Response.objects.filter(dialogue=dialogue)
        .exclude(sheet="")
        .select_related("stats")
        .prefetch_related(
            Prefetch(
                "answers",
                Answer.objects.select_related("question").order_by("question", "value", "pk"),
            )
        )
    }
    seconds = {entry.sheet: entry for entry in SecondEntry.objects.filter(dialogue=dialogue)}
    differences: list[Difference] = []
    agreeing = 0
    for sheet in _sort_sheets(firsts.keys() & seconds.keys()):
        first, second = _entered(firsts[sheet]), seconds[sheet].given
        found = []
        for slug in sorted(first["answers"].keys() | second["answers"].keys()):
            a, b = first["answers"].get(slug), second["answers"].get(slug)
            if a != b:
                found.append(Difference(sheet, slug, a, b))
        if first["stats"] != second["stats"]:
            found.append(Difference(sheet, "stats", first["stats"], second["stats"]))
        if first["region"] != second["region"]:
            found.append(Difference(sheet, "region", first["region"], second["region"]))
        differences += found
        agreeing += not found
    return Comparison(
        differences=differences,
        only_first=_sort_sheets(firsts.keys() - seconds.keys()),
        only_second=_sort_sheets(seconds.keys() - firsts.keys()),
        agreeing=agreeing,
    )


@transaction.atomic
def entry_correct(*, dialogue: Dialogue, sheet: str, actor) -> None:
    """The second entry was right: the sheet's counted answers become what it says."""
    if dialogue.consultation.results_published:
        raise ConsultationError(_("The results are published: no more answers can be counted."))
    entry = SecondEntry.objects.select_for_update().get(dialogue=dialogue, sheet=sheet)
    response = Response.objects.select_for_update().get(dialogue=dialogue, sheet=sheet)
    kept = entry.given
    given = {
        slug: Given(tuple(a["options"]), a["value"], a["text"] or "")
        for slug, a in kept["answers"].items()
    }
    consultation = dialogue.consultation
    rows = _rows(consultation, given)
    tally.add(consultation, tally.response_keys(response), sign=-1)
    response.answers.all().delete()
    for row in rows:
        row.response = response
    Answer.objects.bulk_create(rows)
    StatsAnswer.objects.filter(response=response).delete()
    stored = None
    if consultation.stats_block:
        stored = demographics.record(
            StatsAnswer, answers=kept["stats"], response=response, region_id=kept["region"]
        )
        if stored is None and kept["region"]:
            stored = StatsAnswer.objects.create(
                response=response,
                region_id=kept["region"],
                month=response.submitted_on.replace(day=1),
            )
    tally.add(
        consultation, tally.keys(consultation.questions.all(), response.channel, rows, stored)
    )
    log_action(
        "consultations.response.corrected", actor=actor, obj=dialogue.consultation,
        region=dialogue.region, data={"dialogue": dialogue.pk, "sheet": sheet},
    )  # fmt: skip


@transaction.atomic
def dialogue_save(*, form, consultation: Consultation, actor) -> Dialogue:
    """Schedule a dialogue or change where and when (the form checked the region is one the
    staff member covers); the public page shows it at once."""
    dialogue = form.save(commit=False)
    dialogue.consultation = consultation
    created = dialogue.pk is None
    dialogue.save()
    log_action(
        "consultations.dialogue.scheduled" if created else "consultations.dialogue.changed",
        actor=actor, obj=consultation, region=dialogue.region, data={"dialogue": dialogue.pk},
    )  # fmt: skip
    transaction.on_commit(public_pages_changed)
    return dialogue


@transaction.atomic
def conclusions_save(*, formset, dialogue: Dialogue, actor) -> None:
    formset.save()
    log_action(
        "consultations.dialogue.conclusions", actor=actor, obj=dialogue.consultation,
        region=dialogue.region, data={"dialogue": dialogue.pk},
    )  # fmt: skip
    transaction.on_commit(public_pages_changed)
