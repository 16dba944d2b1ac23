"""Staff pages of the COSOC, under /gestion/cosoc/: what needs doing (attendance to take,
minutes to publish, agreements due or late, the election under way), taking attendance,
publishing minutes, following an agreement, and an election's count and results. Terms,
councillors, sessions and calls are written in the admin. Votes are shown once voting closed."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.core.errors import ServiceError
from acoge.core.meetings import AgreementFollowing, AttendanceForm

from .. import services
from ..forms_backoffice import AgreementForm, IneligibleForm
from ..models import Agreement, Election, Meeting
from ..selectors import council as selectors


class DashboardView(StaffViewMixin, View):
    permission_required = "council.cosoc"

    def get(self, request: HttpRequest) -> HttpResponse:
        now = timezone.now()
        today = timezone.localdate()
        term = selectors.current_term(today)
        seated = selectors.seated(term, today) if term else []
        agreements = list(selectors.open_agreements())
        for agreement in agreements:
            agreement.late = agreement.is_late(today)
        return render(
            request,
            "council/backoffice/cosoc.html",
            {
                "term": term,
                "seated": len(seated),
                "vacancies": max(term.seats - len(seated), 0) if term else 0,
                "to_take": Meeting.objects.filter(
                    status=Meeting.Status.SCHEDULED, starts_at__lt=now
                )
                .select_related("term")
                .order_by("starts_at"),
                "to_publish": Meeting.objects.filter(
                    status=Meeting.Status.HELD, minutes_published_at__isnull=True
                ).select_related("term"),
                "upcoming": list(selectors.upcoming_meetings(now)[:5]),
                "agreements": agreements,
                "late": sum(1 for agreement in agreements if agreement.late),
                "elections": Election.objects.select_related("term").order_by("-voting_closes")[:5],
            },
        )


class MeetingMixin(ObjectViewMixin):
    permission_required = "council.cosoc"
    list_permission = "council.cosoc"

    def reachable(self):
        return Meeting.objects.select_related("term")


class AttendanceView(MeetingMixin, View):
    def form(self, data=None) -> AttendanceForm:
        meeting = self.record
        return AttendanceForm(
            data,
            members=[
                (c.pk, f"{c.name} ({c.organisation.name})") for c in services.expected(meeting)
            ],
            initial_statuses=dict(meeting.attendance.values_list("councillor_id", "status")),
        )

    def show(self, form: AttendanceForm) -> HttpResponse:
        return render(
            self.request,
            "council/backoffice/attendance.html",
            {"meeting": self.record, "form": form, "quorum": services.quorum(self.record)},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(self.form())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self.form(request.POST)
        if form.is_valid():
            try:
                counted = services.attendance_record(
                    meeting=self.record, statuses=form.statuses(), actor=request.user
                )
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("Attendance saved: quorum reached.")
                    if counted.reached
                    else _("Attendance saved: no quorum."),
                )
                return redirect("council_staff:cosoc")
        return self.show(form)


class PublishMinutesView(MeetingMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.minutes_publish(meeting=self.record, actor=request.user)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The minutes are published."))
        return redirect("council_staff:cosoc")


class AgreementView(AgreementFollowing, ObjectViewMixin, View):
    permission_required = "council.cosoc"
    list_permission = "council.cosoc"
    form_class = AgreementForm
    back_url_name = "council_staff:cosoc"

    def reachable(self):
        return Agreement.objects.select_related("meeting__term")

    def caption(self) -> str:
        return str(self.record.meeting)

    def follow(self, **change) -> None:
        services.agreement_update(**change)


class ElectionView(ObjectViewMixin, View):
    permission_required = "council.cosoc"
    list_permission = "council.cosoc"

    def reachable(self):
        return Election.objects.select_related("term")

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        election = self.record
        stage = election.stage()
        counting = stage in {"counting", "published"}
        candidates = list(election.candidates.select_related("organisation").order_by("name"))
        if counting:
            candidates.sort(key=lambda c: (not c.elected, -c.votes, c.name))
        return render(
            request,
            "council/backoffice/election.html",
            {
                "election": election,
                "stage": stage,
                "counting": counting,
                "candidates": candidates,
                "ballots": election.ballots.count(),
                "cap": services.gender_cap(election),
            },
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        action = request.POST.get("accion")
        try:
            if action == "contar":
                services.election_count(election=self.record, actor=request.user)
                messages.success(request, _("The votes are counted. Check them, then publish."))
            elif action == "publicar":
                services.election_publish(election=self.record, actor=request.user)
                messages.success(request, _("The results are published and the seats filled."))
        except ServiceError as error:
            messages.error(request, error.message)
        return redirect("council_staff:election", pk=self.record.pk)


class IneligibleView(ObjectViewMixin, View):
    permission_required = "council.cosoc"
    list_permission = "council.cosoc"

    def reachable(self):
        return Election.objects.select_related("term")

    def candidate(self):
        return object_or_404(self.record.candidates.all(), self.kwargs["candidate"])

    def show(self, form: IneligibleForm) -> HttpResponse:
        return render(
            self.request,
            "council/backoffice/ineligible.html",
            {"election": self.record, "candidate": self.candidate(), "form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int, candidate: int) -> HttpResponse:
        return self.show(IneligibleForm())

    def post(self, request: HttpRequest, pk: int, candidate: int) -> HttpResponse:
        form = IneligibleForm(request.POST)
        if form.is_valid():
            try:
                services.candidate_mark_ineligible(
                    candidate=self.candidate(),
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                return redirect("council_staff:election", pk=self.record.pk)
        return self.show(form)
