"""Attendance at the door, on a phone: find her by name or code, mark her present, add a
walk-in while places are left, close the workshop and see who came."""

import unicodedata

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View

from .. import services
from ..forms_backoffice import AttendanceSearchForm, WalkInForm
from ..models import Registration, Workshop
from .backoffice import WorkshopMixin, name_interpreters


def _folded(text: str) -> str:
    """Lower case without accents, so 'jose' finds 'José'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _matches(registration: Registration, query: str) -> bool:
    if "".join(query.split()).replace("-", "").upper() == registration.reference:
        return True
    words = _folded(registration.name).replace("-", " ").split()
    return all(any(word.startswith(part) for word in words) for part in _folded(query).split())


def attendance_counts(people: list[Registration]) -> dict[str, int]:
    """The counts workshop_close reports: attended (registered before), walk-ins, no-shows."""
    return {
        "attended": sum(1 for p in people if p.attended and not p.walk_in),
        "walk_in": sum(1 for p in people if p.walk_in),
        "no_show": sum(1 for p in people if p.attended is False),
        "present": sum(1 for p in people if p.attended),
        "total": len(people),
    }


class AttendanceMixin(WorkshopMixin):
    permission_required = "workshops.attendance"

    def attendance_url(self, query: str = "", anchor: str = "") -> str:
        url = reverse("workshops_staff:attendance", kwargs={"pk": self.workshop.pk})
        if query:
            url += "?" + urlencode({"q": query})
        return url + (f"#{anchor}" if anchor else "")

    def refused(self) -> HttpResponse | None:
        """Attendance is taken until the workshop is closed, and never for a cancelled one."""
        if self.workshop.closed_at or self.workshop.status == Workshop.Status.CANCELLED:
            messages.error(self.request, _("Attendance for this workshop is closed."))
            return redirect(self.attendance_url())
        return None


class AttendanceView(AttendanceMixin, View):
    """At the door, on a phone: find her by name or code, mark her present."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        typed = request.GET.get("q", "").strip()
        form = AttendanceSearchForm({"q": typed} if typed else None)
        query = form.cleaned_data["q"] if form.is_valid() else ""
        people = sorted(
            Registration.objects.filter(
                workshop=self.workshop, status=Registration.Status.CONFIRMED
            ),
            key=lambda registration: _folded(registration.name),
        )
        found = [p for p in people if _matches(p, query)] if query else people
        name_interpreters(found)
        return self.show(
            "attendance.html",
            form=form,
            query=query,
            people=found,
            counts=attendance_counts(people),
            open=not self.workshop.closed_at and self.workshop.status != Workshop.Status.CANCELLED,
        )


class AttendanceMarkView(AttendanceMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        registration = get_object_or_404(
            Registration.objects.filter(
                workshop=self.workshop, status=Registration.Status.CONFIRMED
            ),
            pk=registration_pk,
        )
        services.attendance_set(
            registration=registration,
            attended=request.POST.get("attended") == "1",
            actor=request.user,
        )
        query = request.POST.get("q", "")[:100]
        return redirect(self.attendance_url(query, anchor=f"r{registration.pk}"))


class WalkInView(AttendanceMixin, View):
    """Someone arrives without registering: she takes a free seat, or is told it is full."""

    template = "walk_in.html"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.refused() or self.show(self.template, form=WalkInForm())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        form = WalkInForm(request.POST)
        if not form.is_valid():
            return self.show(self.template, form=form)
        try:
            result = services.registration_create(
                workshop=self.workshop,
                walk_in=True,
                actor=request.user,
                **form.registration_fields(),
            )
        except services.WorkshopFull:
            form.add_error(
                None,
                _("The workshop is full: all %(capacity)s places are taken. She cannot be added.")
                % {"capacity": self.workshop.capacity},
            )
            return self.show(self.template, form=form)
        except services.InvalidRegistration as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
            return self.show(self.template, form=form)
        except services.RegistrationError as exc:
            form.add_error(None, exc.message)
            return self.show(self.template, form=form)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
            return self.show(self.template, form=form)
        registration = result.registration
        if not result.created:
            messages.error(
                request,
                _("She is already registered, with code %(reference)s: mark her present.")
                % {"reference": registration.reference},
            )
            return redirect(self.attendance_url(registration.reference, f"r{registration.pk}"))
        messages.success(
            request,
            _("%(name)s was added and marked present (code %(reference)s).")
            % {"name": registration.name, "reference": registration.reference},
        )
        return redirect(self.attendance_url())


class AttendanceCloseView(AttendanceMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        unmarked = Registration.objects.filter(
            workshop=self.workshop, status=Registration.Status.CONFIRMED, attended__isnull=True
        ).count()
        return self.show("attendance_close.html", unmarked=unmarked)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        try:
            counts = services.workshop_close(workshop=self.workshop, actor=request.user)
        except services.RegistrationError as exc:
            messages.error(request, exc.message)
            return redirect(self.attendance_url())
        messages.success(
            request,
            _(
                "Attendance closed: %(attended)s attended, %(walk_in)s came without "
                "registering, %(no_show)s did not come."
            )
            % counts,
        )
        return redirect(self.attendance_url())
