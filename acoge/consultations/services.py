"""Every change to consultations: answering (online or entered by staff from paper), and
generating participation codes. Each runs in one transaction."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core.audit import log_action
from acoge.core.tokens import clean_reference, hash_token, new_reference, retry_on_code_collision
from acoge.stats import demographics

from .errors import CodeRefused, ConsultationError
from .models import (
    Answer,
    Channel,
    Consultation,
    Participation,
    ParticipationCode,
    Question,
    Response,
    StatsAnswer,
)

RECEIPT_LENGTH = 10
CODE_LENGTH = 8


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
        .filter(consultation=consultation, code_hash=hash_token(clean_reference(code)))
        .first()
    )
    if found is None or found.used_on is not None:
        raise CodeRefused(_("This code is not valid for this consultation, or it was used."))
    found.used_on = today
    found.save(update_fields=["used_on"])


@retry_on_code_collision(lambda: ConsultationError(_("Please send your answers again.")))
@transaction.atomic
def response_submit(
    *,
    consultation: Consultation,
    given: dict[str, Given],
    stats: dict[str, str] | None = None,
    region_id: int | None = None,
    code: str = "",
    channel: str = Channel.ONLINE,
    entered_by=None,
    now: datetime.datetime | None = None,
) -> str:
    """Store one person's answers; returns her receipt code (shown once, kept as a hash).

    Online, the consultation must be open; with participation codes, her code is used up in
    the same transaction (two sends of one code: the second is refused). Staff enter paper
    questionnaires of a dialogue as in person, at any time after it opened."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if channel == Channel.ONLINE and not consultation.is_open(now):
        raise ConsultationError(_("This consultation is not open for answers."))
    if channel == Channel.IN_PERSON and entered_by is None:
        raise ConsultationError(_("In-person answers are entered by staff."))
    rows = _rows(consultation, given)
    if consultation.participation == Participation.CODES and channel == Channel.ONLINE:
        _take_code(consultation, code, today)
    receipt = new_reference(RECEIPT_LENGTH)
    response = Response.objects.create(
        consultation=consultation,
        channel=channel,
        integrity=consultation.participation,
        submitted_on=today,
        receipt_hash=hash_token(receipt),
        entered_by=entered_by,
    )
    for row in rows:
        row.response = response
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
            data={"channel": channel},
        )
    return receipt


def receipt_counted(*, consultation: Consultation, receipt: str) -> datetime.date | None:
    """The day her answer was counted, from her receipt code (None: no such answer)."""
    found = Response.objects.filter(
        consultation=consultation, receipt_hash=hash_token(clean_reference(receipt))
    ).first()
    return found.submitted_on if found else None


@retry_on_code_collision(lambda: ConsultationError(_("Please make the codes again.")))
@transaction.atomic
def codes_generate(*, consultation: Consultation, batch: str, count: int, actor) -> list[str]:
    """A batch of single-use codes to print on cards; only their hashes are kept."""
    if not 1 <= count <= 5000:
        raise ConsultationError(_("Make between 1 and 5,000 codes at a time."))
    codes = sorted({new_reference(CODE_LENGTH) for _ in range(count * 2)})[:count]
    ParticipationCode.objects.bulk_create(
        [
            ParticipationCode(consultation=consultation, batch=batch, code_hash=hash_token(code))
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
