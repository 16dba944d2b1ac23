"""Open answers, read by the team before any of them is quoted, and the themes they fall into."""

from django.db import transaction
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core.audit import log_action
from acoge.core.page_cache import public_pages_changed
from acoge.stats.tables import min_count

from ..errors import ConsultationError
from ..models import Answer, Grouping, Moderation, Question
from ..themes import AUTO, group

THEMES_AT_MOST = 5000  # the newest open answers a question's themes are drawn from

# Open answers, read before anything is quoted -------------------------------------------------


def texts_moderate(*, question: Question, answer_ids: list[int], state: str, actor) -> int:
    """Mark open answers as may be quoted, or not; returns how many changed."""
    if state not in Moderation.values:
        raise ConsultationError(_("Choose what to do with these answers."))
    changed = Answer.objects.written(question).filter(pk__in=answer_ids).update(moderation=state)
    transaction.on_commit(lambda: regroup_task.enqueue(question.pk))
    # A quote hidden because it gives someone away leaves the published pages at once.
    public_pages_changed()
    log_action(
        "consultations.texts.moderated", actor=actor, obj=question.consultation,
        data={"question": question.pk, "state": state, "count": changed},
    )  # fmt: skip
    return changed


def themes_regroup(question: Question, *, now=None) -> None:
    """Group the question's open answers into themes again, for the public and for the team
    (deterministic: the same answers give the same themes)."""
    now = now or timezone.now()
    for public in (True, False):
        found = Answer.objects.quotable(question, public=public).order_by("-pk")
        texts = list(found.values_list("pk", "text")[:THEMES_AT_MOST])
        # Each answer read in its own language (Spanish, English or Haitian Creole): its own
        # stop words left out, its own stemming; all grouped together.
        grouping = group(texts, language=AUTO, seed=question.pk, min_size=min_count())
        themes = [
            {"terms": theme.terms, "size": len(theme.members), "quotes": list(theme.quotes)}
            for theme in grouping.themes
        ]
        Grouping.objects.update_or_create(
            question=question,
            public=public,
            defaults={"answers": len(texts), "made_at": now, "themes": themes},
        )
    public_pages_changed()


@task
def regroup_task(question_id: int) -> None:
    """In the background: a question's themes made again (after the team read answers)."""
    question = Question.objects.filter(pk=question_id).first()
    if question is not None:
        themes_regroup(question)
