"""Staff pages of the contact point: the inbox, opening a request on her behalf, the request
(safe-contact preferences first) and the CSV export; the actions on a request are in
backoffice_actions.py. Each view checks a `contact.*` permission, calls one service and
redirects. Every page that shows her personal data writes the opening to the audit log."""

import csv
import io

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin
from acoge.accounts.policy import can
from acoge.core import zones
from acoge.core.audit import LogReadMixin, log_action
from acoge.core.forms import display_phone

from .. import safety, selectors, services
from ..errors import ContactError
from ..forms_backoffice import (
    AssignForm,
    InboxFilterForm,
    NoteForm,
    StaffRequestForm,
)
from ..models import ContactRequest, Language, Method, TimeSlot, Weekday

INBOX_PAGE_SIZE = 50


class InboxView(StaffViewMixin, View):
    permission_required = "contact.list"

    def get(self, request: HttpRequest) -> HttpResponse:
        tab = request.GET.get("ver", selectors.DEFAULT_TAB)
        if tab not in selectors.TABS:
            tab = selectors.DEFAULT_TAB
        form = InboxFilterForm(request.GET or None, regions=selectors.handled_regions(request.user))
        requests = form.filter(selectors.inbox(request.user, tab))
        page = Paginator(requests, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
        counts = selectors.tab_counts(request.user)
        tabs = [(key, label, counts.get(key)) for key, label in selectors.TABS.items()]
        return render(
            request,
            "contact/backoffice/inbox.html",
            {
                "tab": tab,
                "tabs": tabs,
                "form": form,
                "requests": page.object_list,
                "page_obj": page,
                "today": timezone.localdate(),
                "can_create": can(request.user, "contact.create"),
                "can_export": can(request.user, "contact.export"),
            },
        )


class CreateView(StaffViewMixin, View):
    permission_required = "contact.create"
    template_name = "contact/backoffice/create.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": StaffRequestForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = StaffRequestForm(request.POST)
        if form.is_valid():
            arguments = form.arguments()
            region = arguments["region"]
            if not can(request.user, "contact.create_in_region", region):
                form.add_error(
                    "region",
                    _("You can only open requests for your own regions.")
                    if region
                    else _("Choose her region: it must be one of yours."),
                )
            else:
                try:
                    created = services.request_create(**arguments, created_by=request.user)
                except ContactError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(
                        request,
                        _("Request %(reference)s opened. Give her this reference code.")
                        % {"reference": created.request.reference},
                    )
                    return redirect("contact_staff:detail", pk=created.request.pk)
        return render(request, self.template_name, {"form": form})


class RequestMixin(ObjectViewMixin):
    """One request, among those the user handles: another region's request is not found (404);
    staff with no part in the contact point are refused (403)."""

    permission_required = "contact.handle"
    list_permission = "contact.list"

    def reachable(self):
        return selectors.requests_visible_to(self.request.user)

    @property
    def contact_request(self) -> ContactRequest:
        return self.record

    def show(self, template: str, **extra) -> HttpResponse:
        """The page, its times on her region's clocks (her safe windows are on them)."""
        contact_request = self.contact_request
        context = {
            "contact_request": contact_request,
            "preferences": describe_preferences(contact_request),
            "paused": contact_request.is_paused(),
            "overdue": contact_request.is_overdue(),
            **extra,
        }
        with zones.override(contact_request.region):
            return render(self.request, f"contact/backoffice/{template}", context)

    def back_to_detail(self) -> HttpResponse:
        return redirect("contact_staff:detail", pk=self.contact_request.pk)


def describe_preferences(contact_request: ContactRequest) -> dict:
    """Her safe-contact preferences as staff read them, before any contact detail."""
    preferences = contact_request.preferences
    methods = preferences.get("methods", [])
    usable = safety.usable_methods(preferences)
    days = [str(Weekday(day).label) for day in preferences.get("days", [])]
    times = [str(TimeSlot(slot).label) for slot in preferences.get("times", [])]
    language = (
        contact_request.language_other
        if contact_request.language == Language.OTHER
        else contact_request.get_language_display()
    )
    return {
        "erased": contact_request.personal_data_erased_at is not None,
        "usable": [Method(method).label for method in usable],
        "not_usable": [Method(method).label for method in methods if method not in usable],
        "call": preferences.get("call") == "yes" if Method.CALL in methods else None,
        "voicemail": preferences.get("voicemail") == "yes",
        "write": preferences.get("write") == "yes",
        "days": days,
        "times": times,
        "say": preferences.get("say", ""),
        "avoid": preferences.get("avoid", ""),
        "safe_now": safety.safe_now(preferences, zone=contact_request.zone)
        if preferences
        else False,
        "next_safe": safety.next_safe_time(
            preferences, after=timezone.now(), zone=contact_request.zone
        )
        if preferences
        else None,
        "language": language,
        "phone": display_phone(contact_request.phone) if contact_request.phone else "",
    }


class DetailView(RequestMixin, LogReadMixin, View):
    permission_required = "contact.view"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        contact_request = self.contact_request
        user = request.user
        assign_form = None
        if contact_request.is_open:
            assign_form = AssignForm(staff=selectors.assignable_staff(contact_request))
        return self.show(
            "detail.html",
            attempts=contact_request.attempts.select_related("staff"),
            referrals=contact_request.referrals.select_related("institution", "staff"),
            notes=contact_request.notes.select_related("author"),
            note_form=NoteForm(),
            assign_form=assign_form,
            can_handle=can(user, "contact.handle", contact_request),
        )


EXPORT_HEADER = [
    "reference",
    "topic",
    "region",
    "arrived_by",
    "language",
    "status",
    "outcome",
    "arrived",
    "first_contact_due",
    "first_attempt",
    "first_reached",
    "closed",
    "overdue",
    "referred_to",
]


class ExportView(StaffViewMixin, View):
    """The requests the user handles as CSV, without personal data: no name, contact, message,
    preferences or notes."""

    permission_required = "contact.export"

    def get(self, request: HttpRequest) -> HttpResponse:
        now = timezone.now()
        requests = selectors.requests_visible_to(request.user).prefetch_related(
            "referrals__institution"
        )
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_HEADER)

        def when(value) -> str:
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""

        count = 0
        for item in requests.order_by("created_at", "id"):
            writer.writerow(
                [
                    item.reference,
                    item.topic,
                    item.region.cut_code if item.region else "",
                    item.intake,
                    item.language,
                    item.status,
                    item.outcome,
                    when(item.created_at),
                    item.due_on.isoformat(),  # the day of her due window, her region's
                    when(item.first_attempt_at),
                    when(item.first_reached_at),
                    when(item.closed_at),
                    "yes" if item.is_overdue(now=now) else "no",
                    ";".join(referral.institution.short_name for referral in item.referrals.all()),
                ]
            )
            count += 1
        log_action("contact.requests.exported", request=request, data={"rows": count})
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="solicitudes-contacto.csv"'
        return response
