"""Her registration after registering: by the private link, or by reference code and contact;
see it, change her needs and message preferences, cancel it."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from acoge.core.finder import Finder
from acoge.core.forms import display_phone
from acoge.core.ratelimit import rate_limit
from acoge.core.scoping import scopes_disabled

from .. import services
from ..forms import CancelForm, ContactForm, ManageForm
from ..ical import registration_calendar
from ..models import Registration, interpreter_label
from ..selectors import waiting_position
from .public import annotate

FINDER = Finder(
    session_key="workshops.found",
    lookup=services.registration_find,
    not_found=gettext_lazy(
        "We could not find a registration with this code and contact. Check both, "
        "as you wrote them when you registered."
    ),
)


@dataclass(frozen=True)
class ManageUrls:
    page: str  # where she sees the registration
    change: str  # where the change form is sent
    cancel: str  # the page that asks to confirm a cancellation
    cancel_post: str  # where the confirmation is sent
    via_find: bool = False  # reached by code and contact: the forms say what they do
    calendar: str = ""  # her own calendar entry (.ics)


def _manage_form(registration: Registration, data=None) -> ManageForm:
    return ManageForm(
        data=data,
        initial=ManageForm.initial_from(registration),
        how=ContactForm.EMAIL if registration.email else ContactForm.PHONE,
        workshop=registration.workshop,
    )


def _manage(
    request: HttpRequest, registration: Registration, urls: ManageUrls, *, submitted: bool
) -> HttpResponse:
    """The manage page, reached by the private link or by code and contact; the change form."""
    can_change = registration.changeable_by_her()
    form = _manage_form(registration) if can_change else None
    if submitted and can_change:
        form = _manage_form(registration, data=request.POST)
        if form.is_valid():
            services.registration_update(registration=registration, **form.service_values())
            messages.success(request, _("Your changes are saved."))
            return redirect(urls.page)
    workshop = annotate(registration.workshop)
    return render(
        request,
        "workshops/public/manage.html",
        {
            "registration": registration,
            "workshop": workshop,
            "form": form,
            "urls": urls,
            "can_change": can_change,
            "waiting_position": waiting_position(registration),
            "contact": registration.email or display_phone(registration.phone),
            "interpreter": interpreter_label(registration.interpreter_language),
            "show_online_link": registration.status == Registration.Status.CONFIRMED
            and bool(workshop.online_url),
        },
    )


def _cancel(request: HttpRequest, registration: Registration, urls: ManageUrls) -> HttpResponse:
    if not registration.changeable_by_her():
        return redirect(urls.page)
    form = CancelForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        services.registration_cancel(registration=registration, actor=None)
        messages.success(request, _("Your registration is cancelled."))
        return redirect(urls.page)
    return render(
        request,
        "workshops/public/cancel.html",
        {
            "registration": registration,
            "workshop": registration.workshop,
            "form": form,
            "urls": urls,
        },
    )


def _by_token_or_404(token: str) -> Registration:
    registration = services.registration_by_token(token)
    if registration is None:
        raise Http404
    return registration


def _token_urls(token: str) -> ManageUrls:
    page = reverse("workshops:manage", kwargs={"token": token})
    cancel = reverse("workshops:manage-cancel", kwargs={"token": token})
    calendar = reverse("workshops:manage-ics", kwargs={"token": token})
    return ManageUrls(page=page, change=page, cancel=cancel, cancel_post=cancel, calendar=calendar)


@never_cache
def manage(request: HttpRequest, token: str) -> HttpResponse:
    return _manage(
        request,
        _by_token_or_404(token),
        _token_urls(token),
        submitted=request.method == "POST",
    )


@never_cache
def manage_cancel(request: HttpRequest, token: str) -> HttpResponse:
    return _cancel(request, _by_token_or_404(token), _token_urls(token))


def _calendar_file(request: HttpRequest, registration: Registration) -> HttpResponse:
    """Her own calendar entry: discreet if she chose discreet messages (ical.py)."""
    workshop_url = request.build_absolute_uri(
        reverse("workshops:detail", args=[registration.workshop_id])
    )
    body = registration_calendar(registration, detail_url=workshop_url)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = "cita.ics" if registration.discreet else f"taller-{registration.workshop_id}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
def manage_ics(request: HttpRequest, token: str) -> HttpResponse:
    return _calendar_file(request, _by_token_or_404(token))


def _found_registration(request: HttpRequest) -> Registration | None:
    """The registration she found by code and contact in this browser session."""
    pk = FINDER.found_id(request)
    if pk is None:
        return None
    with scopes_disabled():
        return Registration.objects.select_related("workshop").filter(pk=pk).first()


def _find_urls() -> ManageUrls:
    find = reverse("workshops:find")
    return ManageUrls(
        page=f"{find}?accion=ver",
        change=find,
        cancel=f"{find}?accion=cancelar",
        cancel_post=find,
        via_find=True,
        calendar=f"{find}?accion=calendario",
    )


@never_cache
@rate_limit("workshops.find", limit=10, window=3600)
def find(request: HttpRequest) -> HttpResponse:
    """Find her registration by reference code and contact; on success the manage page is
    shown here (the private link's token is stored only hashed, so it cannot be sent)."""
    action = request.POST.get("accion") or request.GET.get("accion")
    actions = {"ver", "cambiar", "cancelar", "calendario"}
    found = _found_registration(request) if action in actions else None
    if found is not None:
        if action == "cancelar":
            return _cancel(request, found, _find_urls())
        if action == "calendario":
            return _calendar_file(request, found)
        return _manage(
            request, found, _find_urls(), submitted=request.method == "POST" and action == "cambiar"
        )
    registration, form = FINDER.find(request)
    if registration is not None:
        return _manage(request, registration, _find_urls(), submitted=False)
    return render(request, "workshops/public/find.html", {"form": form})
