"""Public pages of consultations, under /es|en|ht/participacion/consultas/: the list and each
consultation (from the page cache), answering on the shared question flow (her answers in
her session until she sends them; every page no-store), her receipt, checking a receipt, and
the results once published."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from acoge.core import one_time_codes, ratelimit, uploads
from acoge.core.errors import ServiceError
from acoge.core.forms import OneTimeCodeForm, ResendForm
from acoge.core.journeys import Journey
from acoge.core.one_time_codes import ContactKind
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import QuestionFlow, StartLimit, SummaryRow

from .. import selectors, services
from ..errors import ContactUsed
from ..flow import CODE_STEP, REGION_STEP, STATS_STEP, journey
from ..forms import AnswerForm, ReceiptForm, SendForm, VerifyContactForm
from ..models import Consultation, ContactCheck, Participation

SESSION_DONE = "consultations.done"
SESSION_CHECK = "consultations.check"  # {slug: the pending ContactCheck's id}
SESSION_VERIFIED = "consultations.verified"  # {slug: her contact's blind index}


@public_page(STABLE)
def consultation_list(request: HttpRequest) -> HttpResponse:
    return render(request, "consultations/public/list.html", {"groups": selectors.by_status()})


def _published_or_404(slug: str, *, regions: bool = True) -> Consultation:
    found = selectors.published_one(slug, regions=regions)
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
            "dialogues": selectors.dialogues_ahead(consultation),
            "documents": list(consultation.documents.all()),
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
        self.consultation = _published_or_404(self.kwargs["slug"], regions=False)
        return journey(self.consultation)

    def setup(self) -> HttpResponse | None:
        if not (self.consultation.is_open() and self.consultation.online):
            return redirect(self.consultation.get_absolute_url())
        if self.consultation.participation == Participation.VERIFIED and not self.verified():
            return redirect("consultations:verify", slug=self.consultation.slug)
        return None

    def verified(self) -> str:
        return self.request.session.get(SESSION_VERIFIED, {}).get(self.consultation.slug, "")

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
            contact_index=self.verified(),
        )
        _forget(self.request, SESSION_VERIFIED, self.consultation.slug)
        self.request.session[SESSION_DONE] = {"slug": self.consultation.slug, "receipt": receipt}
        return redirect("consultations:sent", slug=self.consultation.slug)


answer = AnswerFlow.as_view()


def _forget(request: HttpRequest, key: str, slug: str) -> None:
    kept = request.session.get(key, {})
    if slug in kept:
        kept.pop(slug)
        request.session[key] = kept


def _keep(request: HttpRequest, key: str, slug: str, value) -> None:
    request.session[key] = {**request.session.get(key, {}), slug: value}


def _verifiable_or_redirect(slug: str) -> tuple[Consultation, HttpResponse | None]:
    consultation = _published_or_404(slug)
    if consultation.participation != Participation.VERIFIED or not (
        consultation.is_open() and consultation.online
    ):
        return consultation, redirect(consultation.get_absolute_url())
    return consultation, None


@never_cache
@ratelimit.rate_limit("consultations.verify", limit=30)
def verify(request: HttpRequest, slug: str) -> HttpResponse:
    """The e-mail or phone she answers with: a code is sent to it."""
    consultation, away = _verifiable_or_redirect(slug)
    if away:
        return away
    form = VerifyContactForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            check = services.contact_start(
                consultation=consultation,
                contact_kind=form.kind(),
                contact=form.cleaned_data["contact"],
                language=get_language() or "es",
            )
        except ServiceError as error:
            form.add_error("contact", error.message)
        else:
            _keep(request, SESSION_CHECK, slug, check.pk)
            return redirect("consultations:verify-code", slug=slug)
    return render(
        request,
        "consultations/public/verify.html",
        {"consultation": consultation, "form": form},
        status=400 if form.errors else 200,
    )


def _pending(request: HttpRequest, consultation: Consultation) -> ContactCheck | None:
    pk = request.session.get(SESSION_CHECK, {}).get(consultation.slug)
    return ContactCheck.objects.filter(pk=pk, consultation=consultation).first() if pk else None


def _code_page(request, consultation, check, form, **extra) -> HttpResponse:
    slug = consultation.slug
    return render(
        request,
        "portal/questions/one_time_code.html",
        {
            "caption": consultation.title,
            "action_url": reverse("consultations:verify-code", kwargs={"slug": slug}),
            "resend_url": reverse("consultations:verify-resend", kwargs={"slug": slug}),
            "start_url": reverse("consultations:verify", kwargs={"slug": slug}),
            "form": form,
            "by_email": check.contact_kind == ContactKind.EMAIL,
            "minutes": one_time_codes.CODE_MINUTES,
            "resend_form": ResendForm(),
            **extra,
        },
        status=400 if form.errors else 200,
    )


@never_cache
@ratelimit.rate_limit("consultations.verify-code", limit=60)
def verify_code(request: HttpRequest, slug: str) -> HttpResponse:
    consultation, away = _verifiable_or_redirect(slug)
    if away:
        return away
    check = _pending(request, consultation)
    if check is None:
        return redirect("consultations:verify", slug=slug)
    form = OneTimeCodeForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            index = services.contact_confirm(check=check, code=form.cleaned_data["code"])
        except ContactUsed as used:
            _forget(request, SESSION_CHECK, slug)
            messages.info(request, used.message)
            return redirect(consultation.get_absolute_url())
        except one_time_codes.WrongCode as error:
            form.add_error("code", error.message)
        except one_time_codes.CodeUnusable as error:
            form.add_error("code", error.message)
            return _code_page(request, consultation, check, form, unusable=True)
        else:
            _forget(request, SESSION_CHECK, slug)
            _keep(request, SESSION_VERIFIED, slug, index)
            return redirect("consultations:answer", slug=slug, step=journey(consultation).steps[0])
    return _code_page(request, consultation, check, form)


@never_cache
def verify_resend(request: HttpRequest, slug: str) -> HttpResponse:
    consultation, away = _verifiable_or_redirect(slug)
    if away:
        return away
    check = _pending(request, consultation)
    if check is None:
        return redirect("consultations:verify", slug=slug)
    if request.method == "POST" and ResendForm(request.POST).is_valid():
        try:
            services.contact_resend(check=check)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("We sent you a new code. The earlier one no longer works."))
    return redirect("consultations:verify-code", slug=slug)


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
            "conclusions": selectors.conclusions(consultation),
        },
    )


def document(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A background document of a published consultation, as a download."""
    consultation = _published_or_404(slug)
    found = consultation.documents.filter(pk=pk).first()
    if found is None:
        raise Http404
    return uploads.attachment(
        found.file, kind=found.kind, filename=f"{consultation.slug}-{found.pk}{found.extension}"
    )
