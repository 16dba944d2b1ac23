"""Answering: her answers stored online or entered by staff from paper (a participation
code or a verified contact used once, in a transaction of its own), receipts, and batches of
participation codes."""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core.audit import log_action
from acoge.core.crypto import blind_index
from acoge.core.tokens import clean_reference, new_reference, retry_on_code_collision
from acoge.stats import demographics

from .. import tally
from ..errors import CodeRefused, ConsultationError, ContactUsed
from ..models import (
    Answer,
    Channel,
    Consultation,
    Dialogue,
    Modality,
    Participation,
    ParticipationCode,
    Question,
    Response,
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
    return _asked(list(questions.values()), rows)


def _asked(questions: list[Question], rows: list[Answer]) -> list[Answer]:
    """Only the answers to questions she was asked: a question shown after some answer is
    left out when that answer was not given (a paper sheet answered past its arrow, or an
    answer changed online after a question it opened), and so on down the chain."""
    chosen: set[int] = set()
    kept: list[Answer] = []
    for question in sorted(questions, key=lambda q: q.order):
        if question.shown_if_id and question.shown_if_id not in chosen:
            continue
        mine = [row for row in rows if row.question_id == question.pk]
        chosen.update(row.option_id for row in mine if row.option_id)
        kept += mine
    return kept


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
    if consultation.results_published:
        raise ConsultationError(_("The results are published: no more answers can be counted."))
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


def ALREADY_ANSWERED() -> str:
    return _("This e-mail or phone has already answered this consultation. Thank you!")


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
    kept = None
    if consultation.stats_block:
        kept = demographics.record(
            StatsAnswer, answers=stats or {}, response=response, region_id=region_id
        )
        if kept is None and region_id:  # only her region: kept on its own
            kept = StatsAnswer.objects.create(
                response=response, region_id=region_id, month=today.replace(day=1)
            )
    tally.add(consultation, tally.keys(consultation.questions.all(), channel, rows, kept))
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
