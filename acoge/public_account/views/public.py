"""Public pages of the Participatory Public Account, under /es|en|ht/participacion/cuenta-publica/:
the current account and earlier ones (report, presentations, the COSOC's observations, the
window), sending a question a page on the shared question flow (no account; an e-mail only if
she wants the answer sent), the questions and answers by theme, and the full answers document
once published. Pages with what she typed are no-store; the others come from the page cache."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from acoge.core import pdf, uploads
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import REVIEW, Journey, QuestionFlow, StartLimit, Step, SummaryRow
from acoge.core.ratelimit import Limit
from acoge.stats.demographics import EveryoneStatsForm

from .. import selectors, services
from ..forms import AnswerToForm, ObservationForm, RegionForm, SendForm
from ..models import Cycle

SESSION_SENT = "public_account.sent"
QUESTIONS = "public_account/public/steps.html"

JOURNEY = Journey.of(
    "public_account.observation",
    [
        Step("pregunta", ObservationForm, gettext_lazy("Your question"), f"{QUESTIONS}#pregunta"),
        Step("region", RegionForm, gettext_lazy("Your region"), optional=True),
        Step("respuesta", AnswerToForm, gettext_lazy("The answer"), f"{QUESTIONS}#respuesta"),
        Step(
            "estadisticas",
            EveryoneStatsForm,
            gettext_lazy("Questions for statistics (optional)"),
            f"{QUESTIONS}#estadisticas",
            optional=True,
        ),
    ],
)


def _cycle_or_404(year: int) -> Cycle:
    found = selectors.published().filter(year=year).first()
    if found is None:
        raise Http404
    return found


@public_page(STABLE)
def index(request: HttpRequest) -> HttpResponse:
    current = selectors.current()
    return render(
        request,
        "public_account/public/index.html",
        {"cycle": current, "earlier": list(selectors.published()[1:]) if current else []},
    )


@public_page(STABLE)
def cycle(request: HttpRequest, year: int) -> HttpResponse:
    found = _cycle_or_404(year)
    return render(
        request,
        "public_account/public/cycle.html",
        {
            "cycle": found,
            "status": found.status(),
            "events": list(found.events.select_related("region")),
            "counts": selectors.counts(found),
        },
    )


def report(request: HttpRequest, year: int) -> HttpResponse:
    found = _cycle_or_404(year)
    if not found.report:
        raise Http404
    return uploads.attachment(
        found.report, kind=uploads.kind_of(found.report).key, filename=f"cuenta-publica-{year}.pdf"
    )


@public_page(STABLE)
def questions(request: HttpRequest, year: int) -> HttpResponse:
    found = _cycle_or_404(year)
    return render(
        request,
        "public_account/public/questions.html",
        {
            "cycle": found,
            "groups": selectors.questions_and_answers(found),
            "counts": selectors.counts(found),
            "status": found.status(),
        },
    )


@public_page(STABLE)
def answers_document(request: HttpRequest, year: int) -> HttpResponse:
    found = _cycle_or_404(year)
    if not found.answers_published_at:
        raise Http404
    return render(
        request,
        "public_account/public/answers.html",
        {
            "cycle": found,
            "groups": selectors.questions_and_answers(found),
            "today": timezone.localdate(),
        },
    )


@public_page(STABLE)
def answers_pdf(request: HttpRequest, year: int) -> HttpResponse:
    """The same document as a PDF, made on the server (acoge/core/pdf.py)."""
    found = _cycle_or_404(year)
    if not found.answers_published_at:
        raise Http404
    return pdf.response(
        "public_account/pdf/answers.html",
        {"cycle": found, "groups": selectors.questions_and_answers(found)},
        filename=f"cuenta-publica-{year}-respuestas.pdf",
    )


class ObservationFlow(QuestionFlow):
    """Her question: what she asks, her region, whether to send her the answer, the optional
    statistics, check answers, then `services.observation_submit`."""

    journey = JOURNEY
    url_name = "public_account:step"
    review_template = f"{QUESTIONS}#revisar"
    start_limits = (StartLimit(Limit("public_account.start", 20)),)

    def setup(self) -> HttpResponse | None:
        self.cycle = _cycle_or_404(self.kwargs["year"])
        if self.cycle.status() != "open":
            return redirect(self.cycle.get_absolute_url())
        return None

    def get_scope(self) -> str:
        return str(self.kwargs["year"])

    def url_kwargs(self) -> dict:
        return {"year": self.kwargs["year"]}

    def start_url(self) -> str:
        return self.cycle.get_absolute_url()

    def caption(self, step: str) -> str:
        if step == REVIEW:
            return str(self.cycle)
        return _("%(account)s · question %(number)s of %(count)s") % {
            "account": self.cycle,
            "number": self.journey.index(step) + 1,
            "count": len(self.journey.steps) - 1,
        }

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def review_button(self) -> str:
        return _("Send my question")

    def summary(self, checked: dict) -> list[SummaryRow]:
        def row(key, value, step, hidden) -> SummaryRow:
            return SummaryRow(key, value, self.step_url(step, returning=True), hidden)

        asked = checked["pregunta"].cleaned_data
        region = checked["region"].cleaned_data.get("region") if "region" in checked else None
        answer = checked["respuesta"].cleaned_data
        rows = [
            row(_("Your question"), asked["text"], "pregunta", _("your question")),
            row(
                _("About"),
                asked["theme"].name if asked["theme"] else "—",
                "pregunta",
                _("the theme"),
            ),
            row(_("Region"), region.name if region else "—", "region", _("the region")),
            row(
                _("Send me the answer"),
                answer["email"] or _("No"),
                "respuesta",
                _("whether we send you the answer"),
            ),
        ]
        if "estadisticas" in checked:
            stats = checked["estadisticas"]
            rows.append(
                row(
                    _("Questions for statistics"),
                    stats.summary(stats.answers()) or "—",
                    "estadisticas",
                    _("the questions for statistics"),
                )
            )
        return rows

    def submit(self, checked: dict) -> HttpResponse:
        observation = services.observation_submit(
            cycle=self.cycle,
            **checked["pregunta"].values(),
            region=checked["region"].cleaned_data.get("region") if "region" in checked else None,
            email=checked["respuesta"].cleaned_data["email"],
            stats=checked["estadisticas"].answers() if "estadisticas" in checked else {},
            language=get_language() or "es",
        )
        self.request.session[SESSION_SENT] = {
            "reference": observation.reference,
            "year": self.cycle.year,
            "due_on": observation.due_on.isoformat(),
            "by_email": bool(observation.email),
        }
        return redirect("public_account:sent", year=self.cycle.year)


step = ObservationFlow.as_view()


@never_cache
def sent(request: HttpRequest, year: int) -> HttpResponse:
    found = _cycle_or_404(year)
    done = request.session.get(SESSION_SENT)
    if not done or done.get("year") != year:
        return redirect(found.get_absolute_url())
    return render(
        request,
        "public_account/public/sent.html",
        {
            "cycle": found,
            "done": done,
            "questions_url": reverse("public_account:questions", kwargs={"year": year}),
        },
    )
