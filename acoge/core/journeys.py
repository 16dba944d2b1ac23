"""A journey of question pages as data: its steps (`Step`: a slug, a form, a title, optionally a
template fragment), their order ending with the check-answers step (REVIEW), and her answers
waiting in the session, each step as she sent it, so its form can be bound and checked again.
One set of answers, or one per scope (one per workshop). The view that drives a journey is
`questions.QuestionFlow`."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from django import forms
from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .forms import HONEYPOT_FIELD

REVIEW = "revisar"  # the check-answers step, always the last
SKIP_LABEL = _("Skip these questions")


def as_sent(form: forms.Form) -> dict[str, list[str]]:
    """What she sent for the form's fields, kept so the form can be bound again later."""
    return {
        name: form.data.getlist(name)
        for name in form.fields
        if name != HONEYPOT_FIELD and name in form.data
    }


@dataclass(frozen=True)
class Step:
    """One question page. Without a `template` (a fragment, often `file.html#partial`), the page
    shows the form's fields, the first one's label as the page's heading."""

    slug: str
    form: type[forms.Form]
    title: Promise | str = ""
    template: str = ""
    optional: bool = False  # she may skip it
    skip_label: Promise | str = SKIP_LABEL


@dataclass(frozen=True)
class Journey:
    session_key: str
    steps: tuple[str, ...]  # in order, ending with REVIEW
    forms: Mapping[str, type[forms.Form]]  # one per step but REVIEW
    optional: frozenset[str] = frozenset()  # steps she may skip
    pages: Mapping[str, Step] = field(default_factory=dict)

    @classmethod
    def of(cls, session_key: str, steps: Sequence[Step]) -> "Journey":
        """A journey from its steps, in order; the check-answers step comes last."""
        return cls(
            session_key=session_key,
            steps=(*(step.slug for step in steps), REVIEW),
            forms={step.slug: step.form for step in steps},
            optional=frozenset(step.slug for step in steps if step.optional),
            pages={step.slug: step for step in steps},
        )

    # Her answers in the session --------------------------------------------------------------

    def answers(self, request: HttpRequest, scope: str | None = None) -> dict:
        store = request.session.get(self.session_key, {})
        return store if scope is None else store.get(scope, {})

    def save(self, request: HttpRequest, step: str, data: dict, scope: str | None = None) -> None:
        store = request.session.get(self.session_key, {})
        answers = store if scope is None else store.setdefault(scope, {})
        answers[step] = data
        request.session[self.session_key] = store

    def drop(self, request: HttpRequest, step: str, scope: str | None = None) -> None:
        """Forget one answer, so that she is asked it again."""
        store = request.session.get(self.session_key, {})
        answers = store if scope is None else store.get(scope, {})
        answers.pop(step, None)
        request.session[self.session_key] = store

    def forget(self, request: HttpRequest, scope: str | None = None) -> None:
        """Forget every answer (of the scope): after sending, they are the service's."""
        if scope is None:
            request.session.pop(self.session_key, None)
            return
        store = request.session.get(self.session_key, {})
        store.pop(scope, None)
        request.session[self.session_key] = store

    # The order of the steps ------------------------------------------------------------------

    def index(self, step: str) -> int:
        return self.steps.index(step)

    def first_missing(self, answers: dict, *, before: str) -> str | None:
        """The first required step before `before` she has not answered: she goes there."""
        for step in self.steps[: self.index(before)]:
            if step not in answers and step not in self.optional:
                return step
        return None

    def next_step(self, step: str, *, back_to_review: bool = False) -> str:
        return REVIEW if back_to_review else self.steps[self.index(step) + 1]

    def previous_step(self, step: str) -> str | None:
        index = self.index(step)
        return self.steps[index - 1] if index else None

    # Forms -----------------------------------------------------------------------------------

    def form(self, step: str, answers: dict, data=None, **kwargs) -> forms.Form:
        """The step's form, bound to what she sent now or, failing that, to her saved answer."""
        if data is None and step in answers:
            data = MultiValueDict(answers[step])
        return self.forms[step](data=data, **kwargs)

    def checked(
        self, answers: dict, form_kwargs: Callable[[str], dict] = lambda step: {}
    ) -> tuple[dict[str, forms.Form], str | None]:
        """Every answer checked again before sending: the valid forms by step, and the first
        required step whose answer is missing or no longer valid (None when all are fine).
        An optional step skipped or no longer valid is simply left out."""
        valid: dict[str, forms.Form] = {}
        for step in self.forms:
            form = self.form(step, answers, **form_kwargs(step))
            if form.is_bound and form.is_valid():
                valid[step] = form
            elif step not in self.optional:
                return {}, step
        return valid, None
