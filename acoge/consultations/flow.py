"""A consultation's question pages as a journey, built from its questionnaire: the code of her
card (with participation codes), one page a question (a question asked after an answer is a
conditional step), then the optional questions about her. Kept in her session until she sends
them, so a dropped connection loses nothing. `preview` gives the same pages to the team."""

from dataclasses import dataclass

from django.forms import Form
from django.utils import translation
from django.utils.translation import gettext as _

from acoge.core.journeys import Journey, Step
from acoge.stats.demographics import EveryoneStatsForm

from .forms import ANSWER, CodeForm, RegionForm, question_form
from .models import Consultation, Participation, Question

CODE_STEP = "codigo"
STATS_STEP = "estadisticas"
REGION_STEP = "region"


def _after(step: str, option: int):
    def when(answers: dict) -> bool:
        return str(option) in answers.get(step, {}).get(ANSWER, [])

    return when


def journey(consultation: Consultation) -> Journey:
    return Journey.of("consultations.answers", _frozen_steps(consultation))


# Once a consultation opens its questions never change (Consultation.frozen), so each process
# builds its pages once a language instead of reading the questionnaire on every request.
_built: dict[tuple, list[Step]] = {}
BUILT_AT_MOST = 200


def _frozen_steps(consultation: Consultation) -> list[Step]:
    if not consultation.frozen():
        return _steps(consultation)
    key = (
        consultation.pk,
        consultation.opens_at,
        consultation.participation,
        consultation.stats_block,
        translation.get_language(),
    )
    if key not in _built:
        if len(_built) >= BUILT_AT_MOST:
            _built.clear()
        _built[key] = _steps(consultation)
    return _built[key]


def forget_built() -> None:
    """Every questionnaire built by this process dropped (between tests: ids repeat)."""
    _built.clear()


def _steps(consultation: Consultation) -> list[Step]:
    steps = []
    if consultation.participation == Participation.CODES:
        steps.append(Step(CODE_STEP, CodeForm))
    questions = list(
        consultation.questions.select_related("shown_if__question").prefetch_related("options")
    )
    for question in questions:
        when = None
        if question.shown_if_id:
            when = _after(question.shown_if.question.slug, question.shown_if_id)
        ranking = question.kind == Question.Kind.RANKING
        steps.append(
            Step(
                question.slug,
                question_form(question),
                title=question.text,
                template="consultations/public/steps.html#ranking" if ranking else "",
                optional=not question.required,
                when=when,
            )
        )
    if consultation.stats_block:
        steps.append(Step(REGION_STEP, RegionForm, optional=True))
        steps.append(
            Step(
                STATS_STEP,
                EveryoneStatsForm,
                template="consultations/public/steps.html#estadisticas",
                optional=True,
            )
        )
    return steps


@dataclass(frozen=True)
class PreviewPage:
    """One page of the questionnaire as she will see it, for the team to read before it opens."""

    form: Form
    title: str
    ranking: bool = False
    optional: bool = False
    condition: str = ""  # when it is asked only after some answer


def preview(consultation: Consultation) -> list[PreviewPage]:
    """Every page of answering the consultation, in the active language, each with the form
    she gets (the same form classes as the journey's) and when it is asked."""
    pages = []
    questions = {q.slug: q for q in consultation.questions.select_related("shown_if__question")}
    for step in _steps(consultation):
        question = questions.get(step.slug)
        condition = ""
        if question is not None and question.shown_if_id:
            condition = _("Asked only when the answer to “%(question)s” is “%(answer)s”.") % {
                "question": question.shown_if.question.text,
                "answer": question.shown_if.label,
            }
        pages.append(
            PreviewPage(
                form=step.form(),
                title=str(step.title or ""),
                ranking=question is not None and question.kind == Question.Kind.RANKING,
                optional=step.optional,
                condition=condition,
            )
        )
    return pages
