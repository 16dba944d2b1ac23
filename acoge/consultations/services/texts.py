"""Open answers, read by the team before any of them is quoted."""

from django.utils.translation import gettext as _

from acoge.core.audit import log_action

from ..errors import ConsultationError
from ..models import (
    Answer,
    Moderation,
    Question,
)

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
