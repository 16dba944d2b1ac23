"""The humanitarian residence guide and its checker, under /es|en|ht/residencia-humanitaria/.

The guide's pages are the same for every visitor (from the page cache). The checker is a
`QuestionFlow` whose journey keeps her answers only in the POST body (`checker.journey`): no
session, no cookie, no row, nothing in a URL; its last step shows the result and stores nothing.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.core.journeys import POSTED_FIELD, Journey
from acoge.core.models import Helpline
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import BACK, REVIEW, QuestionFlow

from .. import checker
from ..selectors import published_cases


@public_page(STABLE)
def guide(request: HttpRequest) -> HttpResponse:
    return render(request, "permits/public/guide.html", {"cases": published_cases()})


@public_page(STABLE)
def case(request: HttpRequest, slug: str) -> HttpResponse:
    cases = published_cases()  # the page lists them all beside the one it shows
    found = next((case for case in cases if case.slug == slug), None)
    if found is None:
        raise Http404
    return render(
        request,
        "permits/public/case.html",
        {"case": found, "topics": found.facts_by_topic(), "cases": cases},
    )


@public_page(STABLE)
def checker_start(request: HttpRequest) -> HttpResponse:
    questions = checker.load()
    sound = not checker.problems(questions)
    return render(
        request,
        "permits/public/checker_start.html",
        {
            "first_url": reverse("permits:check", kwargs={"step": questions[0].slug})
            if sound
            else "",
        },
    )


class CheckerFlow(QuestionFlow):
    """What may apply to her: the questions staff wrote, then the result. Nothing is stored."""

    url_name = "permits:check"
    review_title = gettext_lazy("What may apply to you")

    @classmethod
    def posts_answers(cls) -> bool:
        return True

    def get_journey(self) -> Journey:
        self.questions = checker.load()
        if checker.problems(self.questions):
            raise Http404  # the start page sends her to the guide meanwhile
        return checker.journey(self.questions)

    def start_url(self) -> str:
        return reverse("permits:checker")

    def caption(self, step: str) -> str:
        return _("What applies to me?")

    def review(self) -> HttpResponse:
        checked, invalid = self.checked()
        if invalid:
            return self.go(invalid)
        chosen = set()
        for form in checked.values():  # each checked again against its question's answers
            value = form.cleaned_data[checker.ANSWER]
            chosen |= {int(pk) for pk in (value if isinstance(value, list) else [value])}
        outcome = checker.result(self.questions, chosen)
        cases = [case for case in published_cases() if case.pk in outcome.cases]
        return render(
            self.request,
            "permits/public/result.html",
            {
                "cases": cases,
                "none_applies": not cases,
                "helplines": list(Helpline.objects.all()),
                "posted_field": POSTED_FIELD,
                "posted_answers": self.journey.posted_value(self.request),
                "back_url": self.step_url(self.journey.previous_step(REVIEW, self.answers())),
                "back_field": BACK,
            },
        )


check = CheckerFlow.as_view()
