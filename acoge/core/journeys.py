"""A journey of question pages as data: its steps (`Step`: a slug, a form, a title, optionally a
template fragment and a condition), their order ending with the check-answers step (REVIEW), and
her answers, each step as she sent it, so its form can be bound and checked again. One set of
answers, or one per scope (one per workshop). The view that drives a journey is
`questions.QuestionFlow`.

A step with `when` is asked only when its condition holds for the answers before it (a question
that follows from an earlier answer); the order, the missing step, Back and the final checks all
skip the steps not asked, and forget an answer to a step no longer asked.

Where her answers wait is the journey's choice: in her session (the default: the step pages
are links, she can leave and come back), or, with `posted=True`, **only in the POST body** of
each page (a hidden field the next page sends back): nothing in a session, a cookie, a URL or
the database, for a journey that must leave no trace (the humanitarian residence checker)."""

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from django import forms
from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .forms import HONEYPOT_FIELD

REVIEW = "revisar"  # the check-answers step, always the last
POSTED_FIELD = "_respuestas"  # the hidden field that carries a posted journey's answers
POSTED_LIMIT = 32_000  # characters: longer is not her answers, and is ignored
Answers = dict[str, dict[str, list[str]]]  # step -> field -> values, as she sent them
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
    # Asked only when this holds for her answers to the steps before it.
    when: Callable[[dict], bool] | None = None


def _posted(raw: str) -> dict:
    """A posted journey's answers from the hidden field; anything else than the shape the flow
    writes is no answers at all (every answer is checked again by its form in any case)."""
    if not raw or len(raw) > POSTED_LIMIT:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    answers = {}
    for step, fields in data.items():
        if not isinstance(step, str) or not isinstance(fields, dict):
            return {}
        if not all(
            isinstance(name, str)
            and isinstance(values, list)
            and all(isinstance(value, str) for value in values)
            for name, values in fields.items()
        ):
            return {}
        answers[step] = fields
    return answers


@dataclass(frozen=True)
class Journey:
    session_key: str
    steps: tuple[str, ...]  # in order, ending with REVIEW
    forms: Mapping[str, type[forms.Form]]  # one per step but REVIEW
    optional: frozenset[str] = frozenset()  # steps she may skip
    pages: Mapping[str, Step] = field(default_factory=dict)
    posted: bool = False  # her answers travel only in the POST body (see the module's doc)

    @classmethod
    def of(cls, session_key: str, steps: Sequence[Step], *, posted: bool = False) -> "Journey":
        """A journey from its steps, in order; the check-answers step comes last."""
        return cls(
            session_key=session_key,
            steps=(*(step.slug for step in steps), REVIEW),
            forms={step.slug: step.form for step in steps},
            optional=frozenset(step.slug for step in steps if step.optional),
            pages={step.slug: step for step in steps},
            posted=posted,
        )

    # Her answers, in the session or in the POST body ------------------------------------------

    def _store(self, request: HttpRequest) -> dict:
        if self.posted:
            if not hasattr(request, "_posted_answers"):
                raw = request.POST.get(POSTED_FIELD, "") if request.method == "POST" else ""
                request._posted_answers = _posted(raw)  # type: ignore[attr-defined]
            return request._posted_answers  # type: ignore[attr-defined]
        return request.session.get(self.session_key, {})

    def _keep(self, request: HttpRequest, store: dict) -> None:
        if self.posted:
            request._posted_answers = store  # type: ignore[attr-defined]
        else:
            request.session[self.session_key] = store

    def answers(self, request: HttpRequest, scope: str | None = None) -> dict:
        store = self._store(request)
        return store if scope is None else store.get(scope, {})

    def posted_value(self, request: HttpRequest) -> str:
        """What the hidden field of a posted journey's next page holds."""
        return json.dumps(self._store(request), ensure_ascii=False, separators=(",", ":"))

    def save(self, request: HttpRequest, step: str, data: dict, scope: str | None = None) -> None:
        store = self._store(request)
        answers = store if scope is None else store.setdefault(scope, {})
        answers[step] = data
        for later in self.steps[self.index(step) + 1 : -1] if step in self.steps else ():
            if not self.asked(later, answers):
                answers.pop(later, None)  # a step this answer no longer leads to
        self._keep(request, store)

    def drop(self, request: HttpRequest, step: str, scope: str | None = None) -> None:
        """Forget one answer, so that she is asked it again."""
        store = self._store(request)
        answers = store if scope is None else store.get(scope, {})
        answers.pop(step, None)
        self._keep(request, store)

    def forget(self, request: HttpRequest, scope: str | None = None) -> None:
        """Forget every answer (of the scope): after sending, they are the service's."""
        if scope is None:
            if self.posted:
                self._keep(request, {})
            else:
                request.session.pop(self.session_key, None)
            return
        store = self._store(request)
        store.pop(scope, None)
        self._keep(request, store)

    # The order of the steps ------------------------------------------------------------------

    def index(self, step: str) -> int:
        return self.steps.index(step)

    def asked(self, step: str, answers: dict) -> bool:
        """Whether the step is asked, given her answers (those before it count)."""
        page = self.pages.get(step)
        if page is None or page.when is None:
            return True
        before = {name: answers[name] for name in self.steps[: self.index(step)] if name in answers}
        return bool(page.when(before))

    def first_missing(self, answers: dict, *, before: str) -> str | None:
        """The first required step before `before` she has not answered: she goes there."""
        for step in self.steps[: self.index(before)]:
            if step not in answers and step not in self.optional and self.asked(step, answers):
                return step
        return None

    def next_step(
        self, step: str, *, back_to_review: bool = False, answers: dict | None = None
    ) -> str:
        if back_to_review:
            return REVIEW
        for following in self.steps[self.index(step) + 1 :]:
            if answers is None or self.asked(following, answers):
                return following
        return REVIEW

    def previous_step(self, step: str, answers: dict | None = None) -> str | None:
        for earlier in reversed(self.steps[: self.index(step)]):
            if answers is None or self.asked(earlier, answers):
                return earlier
        return None

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
            if not self.asked(step, answers):
                continue
            form = self.form(step, answers, **form_kwargs(step))
            if form.is_bound and form.is_valid():
                valid[step] = form
            elif step not in self.optional:
                return {}, step
        return valid, None
