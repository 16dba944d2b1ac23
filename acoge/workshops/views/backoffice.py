"""Staff pages of the workshops: the list, the workshop and its programme, registrations and
their exports, feedback (attendance at the door is in attendance.py). Each view checks a
`workshops.*` permission, calls one service, redirects."""

from functools import cached_property

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import ListView

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.policy import can
from acoge.core import zones
from acoge.core.audit import LogReadMixin

from .. import exports, selectors, services
from ..forms_backoffice import (
    RegistrationFilterForm,
    SessionForm,
    WorkshopFilterForm,
    WorkshopForm,
)
from ..models import Registration, Session, Workshop, interpreter_label


class WorkshopListView(StaffViewMixin, ListView):
    permission_required = "workshops.list"
    template_name = "workshops/backoffice/workshop_list.html"
    paginate_by = 50

    def get_queryset(self):
        self.form = WorkshopFilterForm(self.request.GET or None, user=self.request.user)
        return self.form.filter(selectors.workshops_visible_to(self.request.user))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, can_create=can(self.request.user, "workshops.create"), **kwargs
        )


def _save_workshop(form: WorkshopForm, actor) -> Workshop | None:
    """Save through the service; a rule it enforces becomes a form error."""
    try:
        with transaction.atomic():
            workshop = services.workshop_save(
                workshop=form.save(commit=False), actor=actor, changed=form.changed_data
            )
            form.save_m2m()
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return None
    return workshop


class WorkshopCreateView(StaffViewMixin, View):
    permission_required = "workshops.create"
    template_name = "workshops/backoffice/workshop_form.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": WorkshopForm(user=request.user)})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = WorkshopForm(request.POST, user=request.user)
        if form.is_valid() and (workshop := _save_workshop(form, request.user)):
            messages.success(request, _("Workshop created. Now add its programme."))
            return redirect("workshops_staff:sessions", pk=workshop.pk)
        return render(request, self.template_name, {"form": form})


class WorkshopMixin(ObjectViewMixin):
    """A view of one workshop, among those the user may reach: another region's workshop, or
    one a facilitator does not facilitate, is not found (404). Staff with no part in the
    workshops at all are refused (403)."""

    permission_required = "workshops.view"
    list_permission = "workshops.list"

    def reachable(self):
        return selectors.workshops_visible_to(self.request.user)

    @property
    def workshop(self) -> Workshop:
        return self.record

    def context(self, **extra) -> dict:
        user, workshop = self.request.user, self.workshop
        return {
            "workshop": workshop,
            "can_change": can(user, "workshops.change", workshop),
            "can_export": can(user, "workshops.export", workshop),
            "can_attendance": can(user, "workshops.attendance", workshop),
            **extra,
        }

    def show(self, template: str, **extra) -> HttpResponse:
        """The page, its times on the clocks of the workshop's region."""
        with zones.override(self.workshop.region):
            return render(self.request, f"workshops/backoffice/{template}", self.context(**extra))


class WorkshopDetailView(WorkshopMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(
            "workshop_detail.html",
            sessions=self.workshop.sessions.select_related("institution"),
            facilitators=self.workshop.facilitators.all(),
            logistics=selectors.logistics(self.workshop),
        )


class WorkshopEditView(WorkshopMixin, View):
    permission_required = "workshops.change"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = WorkshopForm(instance=self.workshop, user=request.user)
        return self.show("workshop_form.html", form=form)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = WorkshopForm(request.POST, instance=self.workshop, user=request.user)
        if form.is_valid() and not form.has_changed():
            messages.success(request, _("Nothing was changed."))
            return redirect("workshops_staff:detail", pk=pk)
        if form.is_valid() and _save_workshop(form, request.user):
            if (
                self.workshop.status == Workshop.Status.PUBLISHED
                and services.PUBLIC_CHANGE_FIELDS & set(form.changed_data)
            ):
                messages.success(
                    request,
                    _("Workshop saved. The people registered are told of the change."),
                )
            else:
                messages.success(request, _("Workshop saved."))
            return redirect("workshops_staff:detail", pk=pk)
        return self.show("workshop_form.html", form=form)


class SessionsView(WorkshopMixin, View):
    """The programme: the sessions listed, one added at a time."""

    permission_required = "workshops.change"

    def initial_session(self) -> dict:
        last = self.workshop.sessions.order_by("-ends_at").first()
        return {"starts_at": last.ends_at if last else self.workshop.starts_at}

    def show_sessions(self, form: SessionForm) -> HttpResponse:
        sessions = self.workshop.sessions.select_related("institution")
        return self.show("sessions.html", form=form, sessions=sessions)

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show_sessions(
            SessionForm(workshop=self.workshop, initial=self.initial_session())
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = SessionForm(request.POST, workshop=self.workshop)
        if not form.is_valid():
            return self.show_sessions(form)
        try:
            services.session_add(
                workshop=self.workshop, actor=request.user, **form.session_fields()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.show_sessions(form)
        messages.success(request, _("Session added to the programme."))
        return redirect("workshops_staff:sessions", pk=pk)


class SessionRemoveView(WorkshopMixin, View):
    permission_required = "workshops.change"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, session_pk: int) -> HttpResponse:
        session = object_or_404(Session.objects.filter(workshop=self.workshop), session_pk)
        services.session_remove(session=session, actor=request.user)
        messages.success(request, _("Session removed from the programme."))
        return redirect("workshops_staff:sessions", pk=pk)


class WorkshopCancelView(WorkshopMixin, View):
    permission_required = "workshops.change"

    def refused(self) -> HttpResponse | None:
        if self.workshop.status in {Workshop.Status.CANCELLED, Workshop.Status.COMPLETED}:
            messages.error(self.request, _("This workshop is already cancelled or completed."))
            return redirect("workshops_staff:detail", pk=self.workshop.pk)
        return None

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        logistics = selectors.logistics(self.workshop)
        return self.refused() or self.show("workshop_cancel.html", logistics=logistics)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        told = services.workshop_cancel(workshop=self.workshop, actor=request.user)
        messages.success(
            request,
            ngettext(
                "Workshop cancelled. %(count)s person registered will be told, if she said "
                "messages are safe.",
                "Workshop cancelled. %(count)s people registered will be told, where they "
                "said messages are safe.",
                told,
            )
            % {"count": told},
        )
        return redirect("workshops_staff:detail", pk=pk)


class RegistrationListView(WorkshopMixin, ListView):
    template_name = "workshops/backoffice/registration_list.html"
    paginate_by = 100

    def get_queryset(self):
        self.form = RegistrationFilterForm(self.request.GET or None)
        return self.form.filter(Registration.objects.filter(workshop=self.workshop))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        logistics = selectors.logistics(self.workshop)
        logistics["interpreters"] = [
            (interpreter_label(code), count) for code, count in logistics["interpreters"]
        ]
        name_interpreters(context["object_list"])
        return {**context, **self.context(form=self.form, logistics=logistics)}


def name_interpreters(registrations) -> None:
    """Give each registration the readable name of the interpreter language she asked for."""
    for registration in registrations:
        registration.interpreter_name = interpreter_label(registration.interpreter_language)


class RegistrationMixin(WorkshopMixin):
    """One registration of the workshop: its name and contact are for managers only."""

    permission_required = "workshops.change"

    @cached_property
    def registration(self) -> Registration:
        return object_or_404(
            Registration.objects.filter(workshop=self.workshop), self.kwargs["registration_pk"]
        )


class RegistrationDetailView(RegistrationMixin, LogReadMixin, View):
    def get_audited_object(self) -> Registration:
        return self.registration

    def get(self, request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
        return self.show(
            "registration_detail.html",
            registration=self.registration,
            interpreter=interpreter_label(self.registration.interpreter_language),
            language=dict(settings.LANGUAGES).get(
                self.registration.language, self.registration.language
            ),
        )


class RegistrationCancelView(RegistrationMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
        registration = self.registration
        if registration.status == Registration.Status.CANCELLED:
            messages.error(request, _("This registration was already cancelled."))
            return redirect("workshops_staff:registration", pk=pk, registration_pk=registration_pk)
        promoted = services.registration_cancel(registration=registration, actor=request.user)
        text = _("Registration %(reference)s cancelled.") % {"reference": registration.reference}
        if promoted is not None:
            text += " " + _("%(reference)s moved up from the waiting list.") % {
                "reference": promoted.reference
            }
        messages.success(request, text)
        return redirect("workshops_staff:registrations", pk=pk)


class RegistrationExportView(WorkshopMixin, View):
    permission_required = "workshops.export"
    fmt = "csv"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        content = exports.registrations_export(
            workshop=self.workshop, fmt=self.fmt, actor=request.user, request=request
        )
        response = HttpResponse(content, content_type=exports.FORMATS[self.fmt])
        response["Content-Disposition"] = (
            f'attachment; filename="inscripciones-taller-{self.workshop.pk}.{self.fmt}"'
        )
        return response


class FeedbackView(WorkshopMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show("feedback.html", summary=selectors.feedback_summary(self.workshop))
