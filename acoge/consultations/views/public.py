"""Public pages of consultations, under /es|en|ht/participacion/consultas/: the list and each
consultation (from the page cache), answering on the shared question flow (her answers in
her session until she sends them; every page no-store), her receipt, checking a receipt, and
the results once published."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from acoge.core import ratelimit
from acoge.core.journeys import Journey
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import QuestionFlow, StartLimit, SummaryRow

from .. import selectors, services
from ..flow import CODE_STEP, REGION_STEP, STATS_STEP, journey
from ..forms import AnswerForm, ReceiptForm, SendForm
from ..models import Consultation

SESSION_DONE = "consultations.done"


@public_page(STABLE)
def consultation_list(request: HttpRequest) -> HttpResponse:
    return render(request, "consultations/public/list.html", {"groups": selectors.by_status()})


def _published_or_404(slug: str) -> Consultation:
    found = selectors.published_one(slug)
    if found is None:
        raise Http404
    return found


@public_page(STABLE)
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    consultation = _published_or_404(slug)
    status = consultation.status()
    return render(
        request,
        "consultations/public/detail.html",
        {
            "consultation": consultation,
            "status": status,
            "first_step": journey(consultation).steps[0] if status == "open" else "",
        },
    )


class AnswerFlow(QuestionFlow):
    """Her answers to one consultation, a question a page, then check and send."""

    url_name = "consultations:answer"
    review_template = "consultations/public/steps.html#revisar"
    review_title = gettext_lazy("Check your answers before sending them")
    # Per connection: a dialogue's 60 people on one Wi-Fi get through.
    start_limits = (StartLimit(ratelimit.Limit("consultations.start", 120), each_scope=True),)

    @classmethod
    def posts_answers(cls) -> bool:
        return False  # in her session, so a dropped connection loses nothing

    def get_journey(self) -> Journey:
        self.consultation = _published_or_404(self.kwargs["slug"])
        return journey(self.consultation)

    def setup(self) -> HttpResponse | None:
        if not (self.consultation.is_open() and self.consultation.online):
            return redirect(self.consultation.get_absolute_url())
        return None

    def get_scope(self) -> str:
        return self.consultation.slug

    def url_kwargs(self) -> dict:
        return {"slug": self.consultation.slug}

    def start_url(self) -> str:
        return self.consultation.get_absolute_url()

    def caption(self, step: str) -> str:
        return self.consultation.title

    def form_kwargs(self, step: str, answers: dict) -> dict:
        if step == CODE_STEP:
            return {"consultation": self.consultation, "request": self.request}
        return {}

    def context(self) -> dict:
        return {"consultation": self.consultation}

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def review_button(self) -> str:
        return _("Send my answers")

    def summary(self, checked: dict) -> list[SummaryRow]:
        rows = []
        for step, form in checked.items():
            url = self.step_url(step, returning=True)
            if isinstance(form, AnswerForm):
                rows.append(SummaryRow(form.question.text, form.shown(), url, form.question.text))
            elif step == REGION_STEP:
                region = form.cleaned_data.get("region")
                rows.append(
                    SummaryRow(_("Region"), region.name if region else _("Not said"), url, step)
                )
            elif step == STATS_STEP:
                shown = form.summary(form.answers()) or _("Not provided")
                rows.append(SummaryRow(_("Statistics questions"), shown, url, step))
        return rows

    def submit(self, checked: dict) -> HttpResponse:
        region = checked[REGION_STEP].cleaned_data.get("region") if REGION_STEP in checked else None
        receipt = services.response_submit(
            consultation=self.consultation,
            given={
                step: form.given() for step, form in checked.items() if isinstance(form, AnswerForm)
            },
            stats=checked[STATS_STEP].answers() if STATS_STEP in checked else {},
            region_id=region.pk if region else None,
            code=checked[CODE_STEP].cleaned_data["code"] if CODE_STEP in checked else "",
        )
        self.request.session[SESSION_DONE] = {"slug": self.consultation.slug, "receipt": receipt}
        return redirect("consultations:sent", slug=self.consultation.slug)


answer = AnswerFlow.as_view()


@never_cache
def sent(request: HttpRequest, slug: str) -> HttpResponse:
    """Her receipt, shown once: it proves her answer was counted, and says nothing of it."""
    consultation = _published_or_404(slug)
    done = request.session.pop(SESSION_DONE, None)
    if not done or done.get("slug") != slug:
        return redirect(consultation.get_absolute_url())
    return render(
        request,
        "consultations/public/sent.html",
        {"consultation": consultation, "receipt": done["receipt"]},
    )


@never_cache
@ratelimit.rate_limit("consultations.receipt", limit=20)
def receipt(request: HttpRequest, slug: str) -> HttpResponse:
    consultation = _published_or_404(slug)
    form = ReceiptForm(request.POST or None)
    counted = None
    if form.is_valid():
        counted = services.receipt_counted(
            consultation=consultation, receipt=form.cleaned_data["receipt"]
        )
        if counted is None:
            form.add_error("receipt", _("We found no answer with this receipt code."))
    return render(
        request,
        "consultations/public/receipt.html",
        {"consultation": consultation, "form": form, "counted": counted},
    )


@public_page(STABLE)
def results(request: HttpRequest, slug: str) -> HttpResponse:
    consultation = _published_or_404(slug)
    if consultation.status() != Consultation.Status.CLOSED or not consultation.results_published:
        return redirect(consultation.get_absolute_url())
    return render(
        request,
        "consultations/public/results.html",
        {
            "consultation": consultation,
            "results": selectors.results(consultation),
        },
    )
