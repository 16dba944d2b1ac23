"""Every change to consultations: answering (online or entered by staff from paper), and
generating participation codes. Each runs in one transaction."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core import one_time_codes, ratelimit
from acoge.core.audit import log_action
from acoge.core.crypto import blind_index
from acoge.core.errors import ServiceError
from acoge.core.page_cache import public_pages_changed
from acoge.core.tokens import clean_reference, new_reference, retry_on_code_collision
from acoge.stats import demographics

from .errors import CodeRefused, ConsultationError, ContactUsed
from .models import (
    Answer,
    Channel,
    Consultation,
    ContactCheck,
    Dialogue,
    DialogueAttendee,
    Modality,
    Moderation,
    Participation,
    ParticipationCode,
    Question,
    Response,
    SecondEntry,
    StatsAnswer,
    VerifiedContact,
)

RECEIPT_LENGTH = 10
CODE_LENGTH = 8


def code_hash(code: str) -> str:
    """A participation code as kept: keyed (a copy of the database alone cannot test guesses)."""
    return blind_index(clean_reference(code), purpose="consultations.code")


def receipt_hash(receipt: str) -> str:
    return blind_index(clean_reference(receipt), purpose="consultations.receipt")


def code_usable(*, consultation: Consultation, code: str) -> bool:
    """Whether the code is one of this consultation's and not yet used (read only)."""
    return ParticipationCode.objects.filter(
        consultation=consultation, code_hash=code_hash(code), used_on__isnull=True
    ).exists()


@dataclass(frozen=True)
class Given:
    """What she answered to one question: options chosen, a scale point, or a text."""

    options: tuple[int, ...] = ()
    value: int | None = None
    text: str = ""


def _rows(consultation: Consultation, given: dict[str, Given]) -> list[Answer]:
    questions = {q.slug: q for q in consultation.questions.prefetch_related("options")}
    rows: list[Answer] = []
    for slug, answer in given.items():
        question = questions.get(slug)
        if question is None:
            raise ConsultationError(
                _("This answer is to a question the consultation does not ask.")
            )
        known = {option.pk: option for option in question.options.all()}
        if question.kind in Question.CHOICE_KINDS:
            chosen = [known[pk] for pk in answer.options if pk in known]
            if len(chosen) != len(set(answer.options)):
                raise ConsultationError(_("An answer chosen is not one of this question's."))
            if question.kind == Question.Kind.SINGLE and len(chosen) > 1:
                raise ConsultationError(_("Choose only one answer."))
            if question.max_choices and len(chosen) > question.max_choices:
                raise ConsultationError(
                    _("Choose at most %(count)s answers.") % {"count": question.max_choices}
                )
            rows += [Answer(question=question, option=option) for option in chosen]
            if answer.text and question.allow_other:
                rows.append(Answer(question=question, text=answer.text[:2000]))
        elif question.kind == Question.Kind.RANKING:
            ranked = [known[pk] for pk in answer.options if pk in known]
            if len(ranked) != len(answer.options) or len(set(answer.options)) != len(ranked):
                raise ConsultationError(_("Give each answer one place, and each place once."))
            if question.max_choices and len(ranked) > question.max_choices:
                raise ConsultationError(
                    _("Rank at most %(count)s answers.") % {"count": question.max_choices}
                )
            rows += [
                Answer(question=question, option=option, value=place)
                for place, option in enumerate(ranked, start=1)
            ]
        elif question.kind == Question.Kind.SCALE:
            if answer.value is not None:
                if not 1 <= answer.value <= 5:
                    raise ConsultationError(_("Choose a point from 1 to 5."))
                rows.append(Answer(question=question, value=answer.value))
        elif answer.text.strip():
            rows.append(Answer(question=question, text=answer.text.strip()[:5000]))
    return rows


def _take_code(consultation: Consultation, code: str, today: datetime.date) -> None:
    found = (
        ParticipationCode.objects.select_for_update()
        .filter(consultation=consultation, code_hash=code_hash(code))
        .first()
    )
    if found is None or found.used_on is not None:
        raise CodeRefused(_("This code is not valid for this consultation, or it was used."))
    found.used_on = today
    found.save(update_fields=["used_on"])


def response_submit(
    *,
    consultation: Consultation,
    given: dict[str, Given],
    stats: dict[str, str] | None = None,
    region_id: int | None = None,
    code: str = "",
    contact_index: str = "",
    channel: str = Channel.ONLINE,
    entered_by=None,
    dialogue: Dialogue | None = None,
    sheet: str = "",
    now: datetime.datetime | None = None,
) -> str:
    """Store one person's answers; returns her receipt code (shown once, kept as a hash).

    Online, the consultation must be open; with participation codes, her code is used up
    first, in a transaction of its own (two sends of one code: the second is refused), so that
    nothing in the database, not even the transaction that wrote them, ties the code's row to
    her answers' rows; with verified contacts, her contact's blind index is recorded the same
    way. Staff enter paper questionnaires as in person once it has opened, each from a dialogue
    and with its sheet number when it has one."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if channel == Channel.ONLINE and not consultation.is_open(now):
        raise ConsultationError(_("This consultation is not open for answers."))
    if channel == Channel.IN_PERSON:
        if entered_by is None:
            raise ConsultationError(_("In-person answers are entered by staff."))
        if consultation.modality == Modality.ONLINE or now < consultation.opens_at:
            raise ConsultationError(_("This consultation takes no in-person answers now."))
        _check_sheet(consultation, dialogue, sheet)
    rows = _rows(consultation, given)  # every check before anything is written
    online = channel == Channel.ONLINE
    taken = ""
    if online and consultation.participation == Participation.CODES:
        with transaction.atomic():
            _take_code(consultation, code, today)
        taken = "code"
    elif online and consultation.participation == Participation.VERIFIED:
        _take_contact(consultation, contact_index, today)
        taken = "contact"
    try:
        return _store(
            consultation, rows, stats, region_id, channel, entered_by, today, dialogue, sheet
        )
    except Exception:  # her code or contact is hers again: nothing was stored
        if taken == "code":
            ParticipationCode.objects.filter(
                consultation=consultation, code_hash=code_hash(code)
            ).update(used_on=None)
        elif taken == "contact":
            VerifiedContact.objects.filter(
                consultation=consultation, contact_index=contact_index
            ).delete()
        raise


def _check_sheet(consultation: Consultation, dialogue: Dialogue | None, sheet: str) -> None:
    if dialogue is None:
        if sheet:
            raise ConsultationError(_("A sheet number belongs to a dialogue: choose it."))
        return
    if dialogue.consultation_id != consultation.pk:
        raise ConsultationError(_("This dialogue is of another consultation."))
    if sheet and Response.objects.filter(dialogue=dialogue, sheet=sheet).exists():
        raise ConsultationError(
            _("Sheet %(sheet)s of this dialogue was already entered.") % {"sheet": sheet}
        )


def _take_contact(consultation: Consultation, index: str, today: datetime.date) -> None:
    if not index:
        raise ConsultationError(_("Confirm your e-mail or phone first."))
    try:
        with transaction.atomic():
            VerifiedContact.objects.create(
                consultation=consultation, contact_index=index, used_on=today
            )
    except IntegrityError as exc:
        raise ContactUsed(ALREADY_ANSWERED()) from exc


@retry_on_code_collision(lambda: ConsultationError(_("Please send your answers again.")))
@transaction.atomic
def _store(
    consultation: Consultation,
    rows: list[Answer],
    stats: dict[str, str] | None,
    region_id: int | None,
    channel: str,
    entered_by,
    today: datetime.date,
    dialogue: Dialogue | None = None,
    sheet: str = "",
) -> str:
    receipt = new_reference(RECEIPT_LENGTH)
    response = Response.objects.create(
        consultation=consultation,
        channel=channel,
        integrity=consultation.participation,
        submitted_on=today,
        receipt_hash=receipt_hash(receipt),
        entered_by=entered_by,
        dialogue=dialogue,
        sheet=sheet,
    )
    for row in rows:
        row.pk, row.response = None, response  # a retry builds them again
    Answer.objects.bulk_create(rows)
    if consultation.stats_block:
        kept = demographics.record(
            StatsAnswer, answers=stats or {}, response=response, region_id=region_id
        )
        if kept is None and region_id:  # only her region: kept on its own
            StatsAnswer.objects.create(
                response=response, region_id=region_id, month=today.replace(day=1)
            )
    if entered_by is not None:
        log_action(
            "consultations.response.entered",
            actor=entered_by,
            obj=consultation,
            data={"channel": channel, "dialogue": getattr(dialogue, "pk", None), "sheet": sheet},
        )
    return receipt


def receipt_counted(*, consultation: Consultation, receipt: str) -> datetime.date | None:
    """The day her answer was counted, from her receipt code (None: no such answer)."""
    found = Response.objects.filter(
        consultation=consultation, receipt_hash=receipt_hash(receipt)
    ).first()
    return found.submitted_on if found else None


@retry_on_code_collision(lambda: ConsultationError(_("Please make the codes again.")))
@transaction.atomic
def codes_generate(*, consultation: Consultation, batch: str, count: int, actor) -> list[str]:
    """A batch of single-use codes to print on cards; only their hashes are kept."""
    if not 1 <= count <= 5000:
        raise ConsultationError(_("Make between 1 and 5,000 codes at a time."))
    codes: list[str] = []
    while len(codes) < count:  # drawn until unique, in the order drawn
        code = new_reference(CODE_LENGTH)
        if code not in codes:
            codes.append(code)
    ParticipationCode.objects.bulk_create(
        [
            ParticipationCode(consultation=consultation, batch=batch, code_hash=code_hash(code))
            for code in codes
        ]
    )
    log_action(
        "consultations.codes.generated",
        actor=actor,
        obj=consultation,
        data={"batch": batch, "count": count},
    )
    return codes


# Verified participation: one answer per e-mail or phone ----------------------------------------

# Codes sent to one contact in an hour, whatever the connection.
CODES_PER_CONTACT = ratelimit.Limit("consultations.contact", 3)


def ALREADY_ANSWERED() -> str:
    return _("This e-mail or phone has already answered this consultation. Thank you!")


def contact_index(consultation: Consultation, contact: str) -> str:
    """Her contact as kept: a blind index keyed with the consultation too, so the lists of two
    consultations cannot be matched against each other."""
    return blind_index(contact.strip(), purpose=f"consultations.contact.{consultation.pk}")


@transaction.atomic
def contact_start(
    *,
    consultation: Consultation,
    contact_kind: str,
    contact: str,
    language: str = "es",
    now: datetime.datetime | None = None,
) -> ContactCheck:
    """Send a one-time code to the e-mail or phone she gave, to answer a verified
    consultation (the contact is kept encrypted only until the code is typed)."""
    now = now or timezone.now()
    if consultation.participation != Participation.VERIFIED or not consultation.is_open(now):
        raise ConsultationError(_("This consultation is not open for answers."))
    if contact_kind not in one_time_codes.ContactKind.values or not contact.strip():
        raise ConsultationError(_("Enter your email address or mobile phone number."))
    index = contact_index(consultation, contact)
    try:
        one_time_codes.count_sent(CODES_PER_CONTACT, index)
    except ServiceError as exc:
        raise ConsultationError(exc.message) from exc
    check = ContactCheck(
        consultation=consultation,
        contact_kind=contact_kind,
        contact=contact.strip(),
        contact_index=index,
        language=language,
        created_at=now,
    )
    code = one_time_codes.new_code(check, now)
    check.save()
    one_time_codes.send(check, code)
    return check


@transaction.atomic
def contact_resend(*, check: ContactCheck, now: datetime.datetime | None = None) -> ContactCheck:
    now = now or timezone.now()
    check = ContactCheck.objects.select_for_update().get(pk=check.pk)
    if check.confirmed_at is not None or not check.contact:
        raise one_time_codes.CodeUnusable(_("This code was already used."))
    try:
        one_time_codes.count_sent(CODES_PER_CONTACT, check.contact_index)
    except ServiceError as exc:
        raise ConsultationError(exc.message) from exc
    code = one_time_codes.new_code(check, now)
    check.save()
    one_time_codes.send(check, code)
    return check


def contact_confirm(*, check: ContactCheck, code: str, now: datetime.datetime | None = None) -> str:
    """Check her code: returns her contact's blind index, which she answers with (the contact
    itself is emptied). Refused when that contact has already answered."""
    now = now or timezone.now()
    locked, right = one_time_codes.check(check, code, now)
    if not right:
        one_time_codes.refuse(locked)
    ContactCheck.objects.filter(pk=locked.pk).update(contact="")
    if VerifiedContact.objects.filter(
        consultation_id=locked.consultation_id, contact_index=locked.contact_index
    ).exists():
        raise ContactUsed(ALREADY_ANSWERED())
    return locked.contact_index


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
    for answer in response.answers.select_related("question").order_by("question", "value", "pk"):
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
    entry = SecondEntry.objects.select_for_update().get(dialogue=dialogue, sheet=sheet)
    response = Response.objects.select_for_update().get(dialogue=dialogue, sheet=sheet)
    kept = entry.given
    given = {
        slug: Given(tuple(a["options"]), a["value"], a["text"] or "")
        for slug, a in kept["answers"].items()
    }
    rows = _rows(dialogue.consultation, given)
    response.answers.all().delete()
    for row in rows:
        row.response = response
    Answer.objects.bulk_create(rows)
    StatsAnswer.objects.filter(response=response).delete()
    if dialogue.consultation.stats_block:
        stored = demographics.record(
            StatsAnswer, answers=kept["stats"], response=response, region_id=kept["region"]
        )
        if stored is None and kept["region"]:
            StatsAnswer.objects.create(
                response=response,
                region_id=kept["region"],
                month=response.submitted_on.replace(day=1),
            )
    log_action(
        "consultations.response.corrected", actor=actor, obj=dialogue.consultation,
        region=dialogue.region, data={"dialogue": dialogue.pk, "sheet": sheet},
    )  # fmt: skip


# Open answers, read before anything is quoted -------------------------------------------------


def texts_moderate(*, question: Question, answer_ids: list[int], state: str, actor) -> int:
    """Mark open answers as may be quoted, or not; returns how many changed."""
    if state not in Moderation.values:
        raise ConsultationError(_("Choose what to do with these answers."))
    changed = (
        Answer.objects.filter(question=question, pk__in=answer_ids)
        .exclude(text="")
        .update(moderation=state)
    )
    log_action(
        "consultations.texts.moderated", actor=actor, obj=question.consultation,
        data={"question": question.pk, "state": state, "count": changed},
    )  # fmt: skip
    return changed


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
