"""Staff pages of the Unidad de Género under /gestion/genero/: what needs attention (vacant
regions, late activities and commitments, agreements to follow), the delegates, and the
Roundtable on Gender's sessions, attendance and agreements. Desks, appointments, sessions and
measures are written in the admin."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin
from acoge.accounts.policy import can
from acoge.core.errors import ServiceError
from acoge.core.meetings import OPEN_AGREEMENT, AgreementFollowing, AttendanceForm

from ..models import Agreement, Commitment, Session, WorkPlan
from ..permissions import READERS
from ..services import delegates, plans, roundtable


class HomeView(StaffViewMixin, View):
    permission_required = "gender_unit.enter"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        user = request.user
        year_plans = READERS.filter(user, WorkPlan.objects.filter(year=today.year))
        executions = plans.executions(year_plans, today=today)
        commitments = [
            c
            for c in READERS.filter(user, Commitment.objects.select_related("region"))
            if c.is_late(today)
        ]
        agreements = [
            a for a in Agreement.objects.filter(status__in=OPEN_AGREEMENT).select_related("session")
        ]
        return render(
            request,
            "gender_unit/staff/home.html",
            {
                "vacant": delegates.vacant_regions(today),
                "executions": executions,
                "late_activities": sum(e.late for e in executions),
                "late_commitments": commitments,
                "agreements": agreements,
                "late_agreements": sum(a.is_late(today) for a in agreements),
                "year": today.year,
                "can_karin_report": can(user, "karin.channel_report"),
            },
        )


class DelegatesView(StaffViewMixin, View):
    permission_required = "gender_unit.enter"

    def get(self, request: HttpRequest) -> HttpResponse:
        roster = delegates.roster()
        return render(
            request,
            "gender_unit/staff/delegates.html",
            {"roster": roster, "vacant": sum(row.vacant for row in roster)},
        )


class RoundtableView(StaffViewMixin, View):
    permission_required = "gender_unit.roundtable"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        sessions = list(Session.objects.prefetch_related("agreements"))
        agreements = [a for s in sessions for a in s.agreements.all() if a.is_open]
        for agreement in agreements:
            agreement.late = agreement.is_late(today)
        return render(
            request,
            "gender_unit/staff/roundtable.html",
            {
                "sessions": sessions,
                "agreements": agreements,
                "can_manage": can(request.user, "gender_unit.roundtable_manage"),
                "now": timezone.now(),
            },
        )


class SessionMixin(ObjectViewMixin):
    permission_required = "gender_unit.roundtable"
    list_permission = "gender_unit.roundtable"

    def reachable(self):
        return Session.objects.all()


class SessionView(SessionMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        session = self.record
        today = timezone.localdate()
        agreements = list(session.agreements.all())
        for agreement in agreements:
            agreement.late = agreement.is_late(today)
        return render(
            request,
            "gender_unit/staff/session.html",
            {
                "session": session,
                "attendance": session.attendance.select_related(
                    "appointment__region", "appointment__person"
                ),
                "agreements": agreements,
                "can_manage": can(request.user, "gender_unit.roundtable_manage"),
            },
        )


class AttendanceView(SessionMixin, View):
    permission_required = "gender_unit.roundtable_manage"

    def form(self, data=None) -> AttendanceForm:
        session = self.record
        return AttendanceForm(
            data,
            members=[
                (a.pk, f"{a.person} ({a.region.short_name})") for a in roundtable.expected(session)
            ],
            initial_statuses=dict(session.attendance.values_list("appointment_id", "status")),
        )

    def show(self, form: AttendanceForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/attendance.html",
            {"session": self.record, "form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(self.form())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self.form(request.POST)
        if form.is_valid():
            try:
                roundtable.attendance_record(
                    session=self.record, statuses=form.statuses(), actor=request.user
                )
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Attendance saved."))
                return redirect("gender_staff:session", pk=self.record.pk)
        return self.show(form)


class AgreementView(AgreementFollowing, ObjectViewMixin, View):
    permission_required = "gender_unit.roundtable_manage"
    list_permission = "gender_unit.roundtable"
    back_url_name = "gender_staff:roundtable"

    def reachable(self):
        return Agreement.objects.select_related("session")

    def caption(self) -> str:
        return str(self.record.session)

    def follow(self, **change) -> None:
        roundtable.agreement_update(**change)
