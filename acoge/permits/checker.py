"""The "what applies to me?" checker: its questions as data, the journey built from them, the
result of a set of answers, and the check that every path staff can make ends in a result.

Her answers are option ids, one or several per question. A question is asked when it has no
`asked_after`, or when she chose that answer earlier. The result is every case her answers point
to; an answer marked `none_applies` gives the result that none applies (with what to do
instead). `problems()` enumerates every path and says what is wrong; staff cannot save a checker
with a problem, and the public checker shows the guide instead while one exists.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.core.forms import QuestionForm
from acoge.core.journeys import Journey, Step

from .models import CheckerQuestion

ANSWER = "answer"  # the one field of each checker page
MAX_OPTIONS_MULTIPLE = 8  # a question with several answers: every combination is checked
MAX_PATHS = 20_000


@dataclass(frozen=True)
class Option:
    pk: int
    label: str
    cases: frozenset[int] = frozenset()
    none_applies: bool = False


@dataclass(frozen=True)
class Question:
    pk: int | None
    slug: str
    order: int
    text: str
    hint: str = ""
    multiple: bool = False
    asked_after: int | None = None  # an option's pk
    options: tuple[Option, ...] = field(default_factory=tuple)


def load() -> list[Question]:
    """The checker as staff left it, in order, in the current language."""
    return [
        Question(
            pk=question.pk,
            slug=question.slug,
            order=question.order,
            text=question.text,
            hint=question.hint,
            multiple=question.multiple,
            asked_after=question.asked_after_id,
            options=tuple(
                Option(
                    pk=option.pk,
                    label=option.label,
                    cases=frozenset(case.pk for case in option.cases.all()),
                    none_applies=option.none_applies,
                )
                for option in question.options.all()
            ),
        )
        for question in CheckerQuestion.objects.prefetch_related("options__cases")
    ]


def asked(question: Question, chosen: set[int] | frozenset[int]) -> bool:
    return question.asked_after is None or question.asked_after in chosen


@dataclass(frozen=True)
class Result:
    cases: frozenset[int]
    none_applies: bool

    @property
    def empty(self) -> bool:
        return not self.cases and not self.none_applies


def result(questions: Iterable[Question], chosen: set[int] | frozenset[int]) -> Result:
    """What her answers lead to (only answers to questions she was asked count)."""
    cases: set[int] = set()
    none = False
    asked_so_far: set[int] = set()
    for question in questions:
        if not asked(question, asked_so_far):
            continue
        for option in question.options:
            if option.pk in chosen:
                asked_so_far.add(option.pk)
                cases |= option.cases
                none = none or option.none_applies
    return Result(frozenset(cases), none and not cases)


def _choices(question: Question) -> Iterator[frozenset[int]]:
    if not question.multiple:
        for option in question.options:
            yield frozenset({option.pk})
        return
    alone = [option.pk for option in question.options if option.none_applies]
    others = [option.pk for option in question.options if not option.none_applies]
    for pk in alone:
        yield frozenset({pk})
    for size in range(1, len(others) + 1):
        for combo in combinations(others, size):
            yield frozenset(combo)


def paths(questions: list[Question]) -> Iterator[frozenset[int]]:
    """Every set of answers a person can give, question by question."""

    def walk(index: int, chosen: frozenset[int]) -> Iterator[frozenset[int]]:
        if index == len(questions):
            yield chosen
            return
        question = questions[index]
        if not asked(question, chosen):
            yield from walk(index + 1, chosen)
            return
        for choice in _choices(question):
            yield from walk(index + 1, chosen | choice)

    yield from walk(0, frozenset())


def problems(questions: list[Question]) -> list[str]:
    """What stops the checker from ending every path in a result; empty when it is sound."""
    found: list[str] = []
    if not questions:
        return [_("The checker has no questions.")]
    if questions[0].asked_after is not None:
        found.append(_("The first question must be asked of everyone."))
    earlier: dict[int, Question] = {}
    follow_ups = {question.asked_after for question in questions if question.asked_after}
    for question in questions:
        least = 1 if question.multiple else 2
        if len(question.options) < least:
            found.append(
                _("“%(question)s” needs at least %(count)s answers.")
                % {"question": question.text, "count": least}
            )
        if question.multiple and len(question.options) > MAX_OPTIONS_MULTIPLE:
            found.append(
                _("“%(question)s” may have at most %(count)s answers when several can be chosen.")
                % {"question": question.text, "count": MAX_OPTIONS_MULTIPLE}
            )
        if question.asked_after is not None and question.asked_after not in earlier:
            found.append(
                _("“%(question)s” is asked after an answer that is not to an earlier question.")
                % {"question": question.text}
            )
        for option in question.options:
            earlier[option.pk] = question
            if option.none_applies and option.cases:
                found.append(
                    _("“%(answer)s” says that none applies but also points to cases.")
                    % {"answer": option.label}
                )
            if not option.cases and not option.none_applies and option.pk not in follow_ups:
                found.append(
                    _(
                        "“%(answer)s” leads nowhere: point it to a case, ask a question after "
                        "it, or mark that none applies."
                    )
                    % {"answer": option.label}
                )
    if found:
        return found
    for count, chosen in enumerate(paths(questions), start=1):
        if count > MAX_PATHS:
            return [_("The checker has too many paths to check: make it shorter.")]
        if result(questions, chosen).empty:
            labels = [
                option.label
                for question in questions
                for option in question.options
                if option.pk in chosen
            ]
            found.append(
                _("Answering %(answers)s leads to no result.") % {"answers": ", ".join(labels)}
            )
    return found


# The journey ---------------------------------------------------------------------------------


def chosen_in(answers: dict) -> set[int]:
    """The option ids in her answers (as the forms will check them again)."""
    chosen = set()
    for data in answers.values():
        if isinstance(data, dict):
            for value in data.get(ANSWER, []):
                if value.isdigit() and len(value) < 12:
                    chosen.add(int(value))
    return chosen


def _form(question: Question) -> type[forms.Form]:
    choices = [(str(option.pk), option.label) for option in question.options]
    alone = {str(option.pk) for option in question.options if option.none_applies}
    if question.multiple:
        answer: forms.Field = forms.MultipleChoiceField(
            label=question.text,
            help_text=question.hint or gettext_lazy("Select all that apply."),
            choices=choices,
            widget=forms.CheckboxSelectMultiple,
            error_messages={"required": gettext_lazy("Select at least one answer")},
        )
    else:
        answer = forms.ChoiceField(
            label=question.text,
            help_text=question.hint,
            choices=choices,
            widget=forms.RadioSelect,
            error_messages={"required": gettext_lazy("Select an answer")},
        )

    def clean_answer(self):
        value = self.cleaned_data[ANSWER]
        if question.multiple and alone & set(value) and len(value) > 1:
            raise forms.ValidationError(_("“None of these” cannot be chosen with another answer."))
        return value

    return type(
        f"CheckerForm_{question.slug.replace('-', '_')}",
        (QuestionForm,),
        {ANSWER: answer, "clean_answer": clean_answer},
    )


def journey(questions: list[Question]) -> Journey:
    """The checker's question pages: her answers only in the POST body, nothing stored."""
    steps = []
    for question in questions:
        when = None
        if question.asked_after is not None:
            after = question.asked_after

            def when(answers: dict, after: int = after) -> bool:
                return after in chosen_in(answers)

        steps.append(Step(question.slug, _form(question), title=question.text, when=when))
    return Journey.of("permits.checker", steps, posted=True)
