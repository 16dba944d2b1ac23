"""GOV.UK question pages: one question a page, then a check-answers page that sends them all.

A public form of several steps declares its steps as data (`Step`: a slug, a form, a title,
optionally a template fragment for the question) in a `Journey` (both in journeys.py, re-exported
here), and subclasses `QuestionFlow` for what is particular to it: its URLs, extra form
arguments, the rows of the check-answers page and the one service call that sends everything.
The flow does the rest: the missing step, skip, save, next, back link, "return to check
answers", the check-answers page and its checks again.

Her answers wait in the session, each step as she sent it (so its form can be bound again and
checked again), until the check-answers step hands them to the service. Nothing reaches the
database before that. A journey keeps one set of answers, or one per scope (one per workshop).
A journey made with `posted=True` keeps them only in the POST body instead: each page answers
the POST of the one before with the next page (no redirect, which would drop them), Back is a
button that posts them to the earlier step, and there is no session and so no CSRF token (such
a journey changes nothing on the server: its last step shows a result, it stores nothing).

Abuse controls come at the start, never at the end: a flow's `start_limits` are checked (read
only) when its first question is shown, and counted when she saves that first answer; a journey
she has started is hers to finish. Limits per contact and per workshop live in the services.

`Finder` (finder.py) is the other shared flow: find what she sent before by its reference code
and the e-mail or phone she gave.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, _get_failure_view
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from . import first_page, ratelimit
from .errors import ServiceError
from .journeys import POSTED_FIELD, REVIEW, Journey, Step, as_sent

__all__ = [  # REVIEW, Journey, Step and as_sent are journeys.py's, used with the flow
    "REVIEW",
    "Journey",
    "QuestionFlow",
    "StartLimit",
    "Step",
    "SummaryRow",
    "as_sent",
    "returning",
]

RETURN_PARAM = "volver"  # ?volver=revisar: she came from the check-answers page to change this
SKIP = "omitir"  # the name of the button that skips an optional step
BACK = "atras"  # the name of a posted journey's Back button
STEP_TEMPLATE = "portal/questions/step.html"  # the one page every step renders in
STARTED = "_started"  # in her answers: she was let in, limits are not checked again
BUSY_TEMPLATE = "portal/questions/busy.html"


def start_keys(
    request: HttpRequest, limits: tuple["StartLimit", ...], scope: str | None
) -> list[tuple[ratelimit.Limit, str]]:
    """The counters a start from this client address is checked against."""
    keys = []
    for start in limits:
        key = ratelimit.client_key(request, start.limit.scope)
        if start.each_scope and scope is not None:
            key = f"{key}:{scope}"
        keys.append((start.limit, key))
    return keys


def returning(request: HttpRequest) -> bool:
    """Whether she came from the check-answers page (and goes back there after this step)."""
    return request.GET.get(RETURN_PARAM) == REVIEW


@dataclass(frozen=True)
class StartLimit:
    """Starting a flow from one client address: at most the limit's count an hour, for all the
    flow's scopes together, or (`each_scope`) for each one (each workshop)."""

    limit: ratelimit.Limit
    each_scope: bool = False


@dataclass(frozen=True)
class SummaryRow:
    """One answer on the check-answers page, with the link to change it."""

    key: Promise | str
    value: Any
    url: str
    hidden: Promise | str  # what the "Change" link changes, for screen readers


class QuestionFlow:
    """The view of every page of one journey. A subclass names its `journey`, the URL name of
    its steps, and what is particular to it; `as_view()` gives the view function, which takes
    the step slug from the URL (`<slug:step>/`).

    Per request, `self.request`, `self.kwargs` and `self.scope` are set before any hook runs.
    """

    journey: Journey
    url_name: str  # the step URL, with a `step` argument and those of `url_kwargs()`
    review_template: str  # the check-answers page's fragment: heading, summary, what next
    review_title: Promise | str = _("Check your answers")
    # Checked when the first question is shown, counted when she starts (see the module's doc).
    start_limits: tuple[StartLimit, ...] = ()
    # What the "too many from your connection" page offers instead (a fragment, may be empty).
    busy_template: str = ""

    # Hooks -----------------------------------------------------------------------------------

    def setup(self) -> HttpResponse | None:
        """Load what the flow is about (a workshop); a response ends the flow (closed, say)."""
        return None

    def get_scope(self) -> str | None:
        return None

    def url_kwargs(self) -> dict:
        return {}

    def start_url(self) -> str:
        """Where Back goes from the first question."""
        raise NotImplementedError

    def caption(self, step: str) -> str:
        return ""

    def form_kwargs(self, step: str, answers: dict) -> dict:
        return {}

    def after_save(self, step: str, answers: dict, *, back_to_review: bool) -> str | None:
        """The step to go to instead of the next one (an answer that calls for another)."""
        return None

    def context(self) -> dict:
        return {}

    def summary(self, checked: dict[str, forms.Form]) -> list[SummaryRow]:
        raise NotImplementedError

    def submit(self, checked: dict[str, forms.Form]) -> HttpResponse:
        """Send everything to the one service that takes it; a ServiceError it raises is shown
        on the check-answers page, with nothing she typed lost."""
        raise NotImplementedError

    def review_form(self, data=None) -> forms.Form:
        raise NotImplementedError

    def review_button(self) -> Promise | str:
        return _("Send")

    @classmethod
    def posts_answers(cls) -> bool:
        """Whether the journey keeps her answers in the POST body (`Journey.posted`)."""
        return cls.journey.posted

    def get_journey(self) -> Journey:
        """The journey of this request: `journey`, or one built from data (questions staff
        edit), which then has `posts_answers()` say how it keeps answers."""
        return self.journey

    # The flow --------------------------------------------------------------------------------

    @classmethod
    def as_view(cls) -> Callable[..., HttpResponse]:
        def view(request: HttpRequest, step: str, **kwargs) -> HttpResponse:
            # Her first question, as this process rendered it for someone else a moment ago:
            # nothing of the flow is loaded, only her connection's start limits are read.
            if (page := first_page.answer(cls.__qualname__, request, start_keys)) is not None:
                return page
            flow = cls()
            flow.request, flow.kwargs = request, kwargs
            flow.journey = flow.get_journey()
            return flow.dispatch(step)

        view.__name__ = view.__qualname__ = cls.__name__
        view.__doc__ = cls.__doc__
        # Checked in dispatch(): a posted journey has no session and so no token (nothing it
        # does changes anything on the server); the first question, sent by someone with no
        # session yet, by its signed token and origin (first_page.py); every other POST by
        # Django's CSRF check, as any view.
        view = csrf_exempt(view)
        # Her answers are on every page of the flow: no copy stays in any cache, hers included.
        return never_cache(view)

    def step_url(self, step: str, *, returning: bool = False) -> str:
        from django.urls import reverse

        url = reverse(self.url_name, kwargs={**self.url_kwargs(), "step": step})
        return f"{url}?{RETURN_PARAM}={REVIEW}" if returning else url

    def answers(self) -> dict:
        return self.journey.answers(self.request, self.scope)

    def checked(self) -> tuple[dict[str, forms.Form], str | None]:
        answers = self.answers()
        return self.journey.checked(answers, lambda step: self.form_kwargs(step, answers))

    def dispatch(self, step: str) -> HttpResponse:
        if step not in self.journey.steps:
            raise Http404
        if self.request.method == "POST" and (refused := self.csrf_refused(step)) is not None:
            return refused
        if (ended := self.setup()) is not None:
            return ended
        self.scope = self.get_scope()
        # What she sent is for this step; a posted journey's Back button only carries answers.
        self.submitted = self.request.method == "POST" and BACK not in self.request.POST
        return self.show(step)

    def show(self, step: str) -> HttpResponse:
        answers = self.answers()
        missing = self.journey.first_missing(answers, before=step)
        if missing:
            return self.go(missing)
        if STARTED not in answers and (refused := self.admit(step)) is not None:
            return refused
        if step == REVIEW:
            return self.review()
        return self.question(step, answers)

    def first_page(self, step: str) -> bool:
        """The first question, for someone with no session yet (first_page.py)."""
        return (
            not self.journey.posted
            and step == self.journey.steps[0]
            and first_page.applies(self.request)
        )

    def csrf_refused(self, step: str) -> HttpResponse | None:
        """The CSRF failure page for a POST that may not be taken, or None."""
        if self.journey.posted:
            return None
        if self.first_page(step) and first_page.FIELD in self.request.POST:
            if first_page.accepted(self.request):
                return None
            return _get_failure_view()(self.request, reason="first page: origin or token")
        return CsrfViewMiddleware(_no_response).process_view(self.request, _checked, (), {})

    def go(self, step: str, *, returning: bool = False) -> HttpResponse:
        """To another step: a redirect, or for a posted journey that step's page at once (its
        answers are in this request's body, and a redirect would drop them)."""
        if not self.journey.posted:
            return redirect(self.step_url(step, returning=returning))
        self.submitted = False
        return self.show(step)

    def _start_keys(self) -> list[tuple[ratelimit.Limit, str]]:
        return start_keys(self.request, self.start_limits, self.scope)

    def admit(self, step: str) -> HttpResponse | None:
        """Before her first answer: the page that says this connection sent too many (with what
        to do instead), or None to go on. Showing the first question only reads the counters;
        saving its answer counts her start, once for the whole journey."""
        try:
            if not self.submitted:
                ratelimit.over_any(self._start_keys())
                return None
            for limit, key in self._start_keys():
                ratelimit.count(key, limit=limit.allowed, window=limit.window, scope=limit.scope)
        except ratelimit.RateLimited as limited:
            return ratelimit.too_many_requests(
                self.request,
                retry_after=limited.retry_after,
                template=BUSY_TEMPLATE,
                context={
                    **self.context(),
                    "busy_template": self.busy_template,
                    "back_url": self.start_url(),
                    "minutes": -(-limited.retry_after // 60),
                },
            )
        self.journey.save(self.request, STARTED, {}, self.scope)
        return None

    def question(self, step: str, answers: dict) -> HttpResponse:
        request, journey = self.request, self.journey
        back_to_review = returning(request)
        kwargs = self.form_kwargs(step, answers)
        if self.submitted:
            if step in journey.optional and SKIP in request.POST:
                journey.save(request, step, {}, self.scope)
                answers = self.answers()
                following = journey.next_step(step, back_to_review=back_to_review, answers=answers)
                return self.go(following)
            form = journey.form(step, answers, data=request.POST, **kwargs)
            if form.is_valid():
                journey.save(request, step, as_sent(form), self.scope)
                answers = self.answers()
                following = self.after_save(step, answers, back_to_review=back_to_review)
                if following is None:
                    following = journey.next_step(
                        step, back_to_review=back_to_review, answers=answers
                    )
                again = back_to_review and following != REVIEW
                return self.go(following, returning=again)
        else:
            form = journey.form(step, answers, **kwargs)
        previous = journey.previous_step(step, answers)
        if back_to_review:
            back = self.step_url(REVIEW)
        elif previous is None:
            back = self.start_url()
        else:
            back = self.step_url(previous)
        page = journey.pages.get(step) or Step(step, journey.forms[step])
        return self.render(
            page=page,
            form=form,
            step=step,
            back_url=back,
            body_template=page.template,
        )

    def review(self) -> HttpResponse:
        checked, invalid = self.checked()
        if invalid:
            return self.go(invalid, returning=True)
        form = self.review_form(self.request.POST if self.submitted else None)
        if form.is_bound and form.is_valid():
            try:
                response = self.submit(checked)
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                self.journey.forget(self.request, self.scope)
                return response
        return self.render(
            page=Step(REVIEW, type(form), title=self.review_title),
            form=form,
            step=REVIEW,
            back_url=self.step_url(self.journey.steps[-2]),
            body_template=self.review_template,
            rows=self.summary(checked),
            button=self.review_button(),
        )

    def render(self, **context) -> HttpResponse:
        first = self.first_page(context["step"])
        # The first page, unanswered, for someone with no session: the same for everyone.
        shared = first and self.request.method == "GET" and not context["form"].is_bound
        response = render(
            self.request,
            STEP_TEMPLATE,
            {
                "first_field": first_page.FIELD,
                "first_token": first_page.token() if first else "",
                **self.context(),
                **context,
                "caption": self.caption(context["step"]),
                "action_url": self.step_url(context["step"])
                if self.journey.posted
                else self.request.get_full_path(),
                # A posted journey: its answers go with the form, Back posts them (no link).
                "posted": self.journey.posted,
                "posted_field": POSTED_FIELD,
                "posted_answers": self.journey.posted_value(self.request)
                if self.journey.posted
                else "",
                "back_field": BACK,
                "back_is_start": context["back_url"] == self.start_url(),
            },
        )
        if shared and response.status_code == 200 and not response.cookies:
            first_page.remember(
                type(self).__qualname__,
                self.request,
                response.content,
                limits=self.start_limits,
                scope=self.scope,
            )
        return response


def _no_response(_request: HttpRequest) -> HttpResponse:
    raise AssertionError("only process_view is used")


def _checked(_request: HttpRequest) -> HttpResponse:
    """What CsrfViewMiddleware.process_view is asked about: a view that is not exempt."""
    raise AssertionError("never called")
