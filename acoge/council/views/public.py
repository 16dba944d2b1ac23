"""Public pages of the registry of organisations, under /es|en|ht/participacion/organizaciones/:
the list of accepted organisations (from the page cache), applying on the shared question flow,
the one-time code that confirms the representative's e-mail (or signs her in later), and her
organisations' page: status, supporting documents, renewal. Every page that shows what she
typed is no-store; signing in keeps only her address's blind index in her session."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from acoge.accounts.mixins import object_or_404
from acoge.core import uploads
from acoge.core.errors import ServiceError
from acoge.core.forms import OneTimeCodeForm, ResendForm, display_phone
from acoge.core.models import Region
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import REVIEW, Journey, QuestionFlow, StartLimit, Step, SummaryRow
from acoge.core.ratelimit import Limit, rate_limit

from .. import selectors, services
from ..errors import CodeUnusable, WrongCode
from ..forms import (
    DocumentForm,
    OrganisationForm,
    PlaceForm,
    RepresentativeForm,
    SendForm,
    SignInForm,
)
from ..models import Ballot, Category, Document, LegalForm, Organisation, SignInCode
from ..selectors import council as council_selectors

SESSION_PENDING = "council.pending"  # the id of the code sent, while she types it
SESSION_SIGNED_IN = "council.representative"  # {"index": her address's blind index, "at": …}
QUESTIONS = "council/public/steps.html"
PAGE_SIZE = 50

JOURNEY = Journey.of(
    "council.application",
    [
        Step(
            "organizacion",
            OrganisationForm,
            gettext_lazy("About the organisation"),
            f"{QUESTIONS}#organizacion",
        ),
        Step(
            "lugar",
            PlaceForm,
            gettext_lazy("Where it works and what it does"),
            f"{QUESTIONS}#lugar",
        ),
        Step(
            "representante",
            RepresentativeForm,
            gettext_lazy("Who represents it"),
            f"{QUESTIONS}#representante",
        ),
    ],
)


@public_page(STABLE)
def organisation_list(request: HttpRequest) -> HttpResponse:
    regions = list(Region.objects.order_by("order"))
    categories = list(Category.objects.all())
    region = request.GET.get("region", "")
    category = request.GET.get("categoria", "")
    region = region if region in {r.cut_code for r in regions} else ""
    category = category if category in {c.slug for c in categories} else ""
    page = Paginator(selectors.public_list(region=region, category=category), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "council/public/list.html",
        {
            "organisations": page.object_list,
            "page_obj": page,
            "regions": regions,
            "categories": categories,
            "region": region,
            "category": category,
            "filtered": bool(region or category),
        },
    )


@public_page(STABLE)
def apply_start(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "council/public/apply.html",
        {
            "categories": Category.objects.filter(active=True),
            "kinds": Document.Kind.choices,
            "years": settings.ACOGE_COUNCIL_REGISTRY_YEARS,
        },
    )


class ApplicationFlow(QuestionFlow):
    """An organisation's application: about it, where it works, who represents it, check
    answers, then `services.organisation_apply`, which sends the code."""

    journey = JOURNEY
    url_name = "council:apply-step"
    review_template = f"{QUESTIONS}#revisar"
    start_limits = (StartLimit(Limit("council.apply", 20)),)

    def start_url(self) -> str:
        return reverse("council:apply")

    def caption(self, step: str) -> str:
        if step == REVIEW:
            return _("Registry of organisations")
        return _("Registry of organisations · question %(number)s of %(count)s") % {
            "number": self.journey.index(step) + 1,
            "count": len(self.journey.steps) - 1,
        }

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def review_button(self) -> str:
        return _("Apply and send me the code")

    def summary(self, checked: dict) -> list[SummaryRow]:
        def row(key, value, step, hidden) -> SummaryRow:
            return SummaryRow(key, value, self.step_url(step, returning=True), hidden)

        about = checked["organizacion"].values()
        place = checked["lugar"].values()
        who = checked["representante"].values()
        rows = [
            row(_("Name"), about["name"], "organizacion", _("the name")),
            row(_("Kind"), LegalForm(about["legal_form"]).label, "organizacion", _("the kind")),
            row(_("RUT"), services.display_rut(about["rut"]), "organizacion", _("the RUT")),
            row(_("Region"), place["region"].name, "lugar", _("the region")),
            row(_("Group"), place["category"].name, "lugar", _("the group")),
            row(_("What it does"), place["description"] or "—", "lugar", _("what it does")),
            row(_("Representative"), who["representative_name"], "representante", _("the name")),
            row(
                _("Position"),
                who["representative_position"] or "—",
                "representante",
                _("the position"),
            ),
            row(_("E-mail address"), who["email"], "representante", _("the e-mail address")),
            row(_("Phone"), display_phone(who["phone"]) or "—", "representante", _("the phone")),
        ]
        return rows

    def submit(self, checked: dict) -> HttpResponse:
        _organisation, pending = services.organisation_apply(
            **checked["organizacion"].values(),
            **checked["lugar"].values(),
            **checked["representante"].values(),
            language=get_language() or "es",
        )
        self.request.session[SESSION_PENDING] = pending.pk
        return redirect("council:code")


apply_step = ApplicationFlow.as_view()


# The code and signing in ------------------------------------------------------------------------


def _pending(request: HttpRequest) -> SignInCode | None:
    pk = request.session.get(SESSION_PENDING)
    return SignInCode.objects.filter(pk=pk).first() if pk else None


def signed_in_index(request: HttpRequest) -> str | None:
    """Her address's blind index while she is signed in, else None."""
    signed = request.session.get(SESSION_SIGNED_IN) if hasattr(request, "session") else None
    if not signed:
        return None
    at = datetime.datetime.fromisoformat(signed["at"])
    if timezone.now() - at > datetime.timedelta(minutes=settings.ACOGE_COUNCIL_SIGN_IN_MINUTES):
        request.session.pop(SESSION_SIGNED_IN, None)
        return None
    return signed["index"]


@never_cache
@rate_limit("council.sign_in", limit=30)
def sign_in(request: HttpRequest) -> HttpResponse:
    if signed_in_index(request):
        return redirect("council:mine")
    form = SignInForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            pending = services.code_send(
                email=form.cleaned_data["email"], language=get_language() or "es"
            )
        except ServiceError as error:
            form.add_error("email", error.message)
        else:
            request.session[SESSION_PENDING] = pending.pk
            return redirect("council:code")
    return render(request, "council/public/sign_in.html", {"form": form})


def _code_page(request: HttpRequest, form: OneTimeCodeForm, **extra) -> HttpResponse:
    return render(
        request,
        "portal/questions/one_time_code.html",
        {
            "caption": _("Registry of organisations"),
            "action_url": reverse("council:code"),
            "resend_url": reverse("council:resend"),
            "start_url": reverse("council:sign-in"),
            "form": form,
            "by_email": True,
            "minutes": services.CODE_MINUTES,
            "resend_form": ResendForm(),
            **extra,
        },
    )


@never_cache
@rate_limit("council.code", limit=60)
def code(request: HttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None:
        return redirect("council:sign-in")
    form = OneTimeCodeForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            index = services.code_confirm(pending=pending, code=form.cleaned_data["code"])
        except WrongCode as error:
            form.add_error("code", error.message)
        except CodeUnusable as error:
            form.add_error("code", error.message)
            return _code_page(request, form, unusable=True)
        else:
            request.session.cycle_key()  # signing in: a new session id
            request.session.pop(SESSION_PENDING, None)
            request.session[SESSION_SIGNED_IN] = {"index": index, "at": timezone.now().isoformat()}
            return redirect("council:mine")
    return _code_page(request, form)


@never_cache
def resend(request: HttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None:
        return redirect("council:sign-in")
    if request.method != "POST" or not ResendForm(request.POST).is_valid():
        return redirect("council:code")
    try:
        services.code_resend(pending=pending)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("We sent you a new code. The earlier one no longer works."))
    return redirect("council:code")


def sign_out(request: HttpRequest) -> HttpResponse:
    """A POST signs her out; a GET (a link followed, a reload) changes nothing."""
    if request.method == "POST":
        request.session.pop(SESSION_SIGNED_IN, None)
    return redirect("council:list")


# Her organisations -----------------------------------------------------------------------------


def _mine(request: HttpRequest) -> tuple[str | None, HttpResponse | None]:
    index = signed_in_index(request)
    if index is None:
        return None, redirect("council:sign-in")
    return index, None


def _her_organisation(index: str, pk) -> Organisation:
    return object_or_404(services.represented(index), pk)


def _entries(index: str, forms: dict | None = None) -> list[dict]:
    """Her organisations, each with what its part of the page shows and allows."""
    today = timezone.localdate()
    election = council_selectors.live_election()
    stage = election.stage() if election else ""
    entries = []
    for organisation in services.represented(index).prefetch_related("documents"):
        editable = organisation.status == Organisation.Status.APPLIED or bool(
            organisation.renewal_requested_at
        )
        entries.append(
            {
                "organisation": organisation,
                "documents": list(organisation.documents.all()),
                "editable": editable,
                "can_renew": organisation.can_renew(today),
                "form": (forms or {}).get(organisation.pk)
                or DocumentForm(prefix=f"o{organisation.pk}"),
                **_in_election(organisation, election, stage),
            }
        )
    return entries


def _in_election(organisation: Organisation, election, stage: str) -> dict:
    """What her organisation can do in the election under way, if it is accepted."""
    if election is None or not organisation.is_accepted:
        return {"election": None}
    return {
        "election": election,
        "stage": stage,
        "candidate": election.candidates.filter(
            organisation=organisation, withdrawn_at__isnull=True
        ).first(),
        "voted": Ballot.objects.filter(election=election, organisation=organisation).first(),
    }


def _mine_page(request: HttpRequest, entries: list[dict], *, status: int = 200) -> HttpResponse:
    invalid = next((entry["form"] for entry in entries if entry["form"].errors), None)
    return render(
        request, "council/public/mine.html", {"entries": entries, "form": invalid}, status=status
    )


@never_cache
def mine(request: HttpRequest) -> HttpResponse:
    index, elsewhere = _mine(request)
    if elsewhere:
        return elsewhere
    return _mine_page(request, _entries(index))


@never_cache
@require_POST
def document_add(request: HttpRequest, pk: int) -> HttpResponse:
    index, elsewhere = _mine(request)
    if elsewhere:
        return elsewhere
    organisation = _her_organisation(index, pk)
    form = DocumentForm(request.POST, request.FILES, prefix=f"o{organisation.pk}")
    if form.is_valid():
        try:
            services.document_add(
                organisation=organisation,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
            )
        except ServiceError as error:
            form.add_error("file", error.message)
        else:
            messages.success(request, _("The document was added."))
            return redirect("council:mine")
    return _mine_page(request, _entries(index, {organisation.pk: form}), status=400)


@never_cache
@require_POST
def document_remove(request: HttpRequest, pk: int, document: int) -> HttpResponse:
    index, elsewhere = _mine(request)
    if elsewhere:
        return elsewhere
    organisation = _her_organisation(index, pk)
    found = object_or_404(organisation.documents.all(), document)
    try:
        services.document_remove(document=found)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The document was removed."))
    return redirect("council:mine")


@never_cache
def document_file(request: HttpRequest, pk: int, document: int) -> HttpResponse:
    index, elsewhere = _mine(request)
    if elsewhere:
        return elsewhere
    found = object_or_404(_her_organisation(index, pk).documents.all(), document)
    return uploads.attachment(found.file, kind=found.file_kind, filename=found.filename)


@never_cache
@require_POST
def renew(request: HttpRequest, pk: int) -> HttpResponse:
    index, elsewhere = _mine(request)
    if elsewhere:
        return elsewhere
    try:
        services.renewal_request(organisation=_her_organisation(index, pk))
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Renewal asked for. Add up-to-date documents: staff review them.")
        )
    return redirect("council:mine")
