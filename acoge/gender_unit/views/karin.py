"""The Ley Karin channel's staff pages, under /gestion/genero/karin/.

Any staff member reports, signed in, and follows her own reports. Receivers record verbal
reports and see every report; an investigator sees those assigned to her. Whoever else asks for
a report — a national administrator, a delegate — is told it does not exist (404): its
existence is not revealed. Every opening of a report is audit-logged. Pages that show what was
reported are never stored by a browser or a cache (no-store)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.models import Role
from acoge.accounts.policy import can
from acoge.accounts.scoping import InRegions
from acoge.core.audit import LogReadMixin
from acoge.core.errors import ServiceError
from acoge.stats.demographics import region_dimension
from acoge.stats.tables import TableSpec, breakdowns, choices_dimension, min_count

from ..forms import AssignForm, MeasureForm, ReportForm, SemesterForm, StateForm, VerbalReportForm
from ..models.karin import Report
from ..permissions import KARIN_READERS
from ..services import karin as services

no_store = method_decorator(never_cache, name="dispatch")


@no_store
class ChannelView(StaffViewMixin, View):
    """The channel: what it is for, a link to report, and her own reports with their state."""

    permission_required = "karin.report"

    def get(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        return render(
            request,
            "gender_unit/karin/channel.html",
            {
                "mine": Report.objects.filter(reporter=user).order_by("-received_at"),
                "can_record": can(user, "karin.record_verbal"),
                "can_inbox": can(user, "karin.inbox"),
                "can_report": can(user, "karin.channel_report"),
            },
        )


@no_store
class ReportCreateView(StaffViewMixin, View):
    permission_required = "karin.report"
    verbal = False

    def form(self, data=None):
        if self.verbal:
            reporters = (
                get_user_model()
                .objects.filter(is_active=True, staff_roles__isnull=False)
                .exclude(pk=self.request.user.pk)
                .distinct()
                .order_by("first_name", "last_name", "username")
            )
            return VerbalReportForm(data, reporters=reporters)
        return ReportForm(data)

    def show(self, form) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/karin/report_form.html",
            {"form": form, "verbal": self.verbal},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.show(self.form())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = self.form(request.POST)
        if form.is_valid():
            data = dict(form.cleaned_data)
            reporter = data.pop("reporter", request.user)
            try:
                report = services.report_file(
                    reporter=reporter,
                    recorded_by=request.user if self.verbal else None,
                    **data,
                )
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("The report %(reference)s is received. The receivers have been told.")
                    % {"reference": report.reference},
                )
                if self.verbal:
                    return redirect("gender_staff:karin-report", pk=report.pk)
                return redirect("gender_staff:karin-mine", pk=report.pk)
        return self.show(form)


class VerbalCreateView(ReportCreateView):
    permission_required = "karin.record_verbal"
    verbal = True


@no_store
class MineView(StaffViewMixin, View):
    """Where her own report stands: its state, the steps and the notes written for her."""

    permission_required = "karin.report"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        report = object_or_404(Report.objects.filter(reporter=request.user), pk)
        return render(
            request,
            "gender_unit/karin/mine.html",
            {"report": report, "events": report.events.all(), "measures": report.measures.all()},
        )


@no_store
class InboxView(StaffViewMixin, View):
    permission_required = "karin.inbox"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        reports = list(KARIN_READERS.filter(request.user, Report.objects.select_related("region")))
        for report in reports:
            report.late_measures = report.measures_late(today)
            report.late_investigation = report.investigation_late(today)
        return render(
            request,
            "gender_unit/karin/inbox.html",
            {
                "open": [r for r in reports if r.is_open],
                "done": [r for r in reports if not r.is_open],
            },
        )


class ReportMixin(ObjectViewMixin):
    """A report among those the user may open; for anyone else it does not exist (404)."""

    permission_required = "karin.open"

    def reachable(self):
        return KARIN_READERS.filter(
            self.request.user,
            Report.objects.select_related("region", "reporter", "recorded_by", "investigator"),
        )


def _investigators(report: Report):
    return (
        InRegions(Role.KARIN_INVESTIGATOR)
        .holders_anywhere()
        .exclude(pk__in=[pk for pk in (report.reporter_id, report.recorded_by_id) if pk])
        .order_by("first_name", "last_name", "username")
    )


def _state_choices(report: Report) -> list[tuple[str, str]]:
    following = services.NEXT_STATES.get(report.state, set())
    return [(value, label) for value, label in Report.State.choices if value in following]


@no_store
class ReportView(ReportMixin, LogReadMixin, View):
    def show(self, status: int = 200, **forms) -> HttpResponse:
        report = self.record
        today = timezone.localdate()
        context = {
            "form": next(iter(forms.values()), None),  # the one with errors, for the summary
            "report": report,
            "events": report.events.all(),
            "measures": report.measures.all(),
            "can_assign": can(self.request.user, "karin.assign", report),
            "late_measures": report.measures_late(today),
            "late_investigation": report.investigation_late(today),
            "assign_form": forms.get("assign")
            or AssignForm(
                investigators=_investigators(report),
                initial={"investigator": report.investigator_id},
            ),
            "measure_form": forms.get("measure") or MeasureForm(),
            "state_form": forms.get("state") or StateForm(choices=_state_choices(report)),
        }
        return render(self.request, "gender_unit/karin/report.html", context, status=status)

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show()


ACTIONS = {"asignar", "medida", "sin-medidas", "estado"}


@no_store
class ReportActionView(ReportView):
    """A receiver's or the investigator's step on the report; a form with errors is shown again
    on the report's page, with what was typed."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        report = self.record
        user = request.user
        if action not in ACTIONS:
            return redirect("gender_staff:karin-report", pk=report.pk)
        form = None
        try:
            if action == "asignar":
                if not can(user, "karin.assign", report):
                    return redirect("gender_staff:karin-report", pk=report.pk)
                form = AssignForm(request.POST, investigators=_investigators(report))
                if form.is_valid():
                    services.investigator_assign(
                        report=report, investigator=form.cleaned_data["investigator"], actor=user
                    )
                    messages.success(request, _("The investigator is assigned and told."))
            elif action == "medida":
                form = MeasureForm(request.POST)
                if form.is_valid():
                    services.measure_order(report=report, actor=user, **form.cleaned_data)
                    messages.success(request, _("The protective measure is recorded."))
            elif action == "sin-medidas":
                services.measures_not_needed(report=report, actor=user)
                messages.success(request, _("Recorded: no protective measure is needed."))
            else:
                form = StateForm(request.POST, choices=_state_choices(report))
                if form.is_valid():
                    services.state_change(report=report, actor=user, **form.cleaned_data)
                    messages.success(request, _("The state is changed; she has been told."))
        except ServiceError as error:
            if form is None:
                messages.error(request, error.message)
                return redirect("gender_staff:karin-report", pk=report.pk)
            form.add_error(None, error.message)
        if form is not None and form.errors:
            key = {"asignar": "assign", "medida": "measure", "estado": "state"}[action]
            return self.show(status=400, **{key: form})
        return redirect("gender_staff:karin-report", pk=report.pk)


KIND = choices_dimension("kind", "", Report.Kind, blank="")
STATE = choices_dimension("state", "", Report.State, blank="")


@no_store
class ChannelReportView(StaffViewMixin, View):
    """The half-yearly report of the channel: reports received by kind, region and state,
    counts only, every count under the minimum hidden (and whatever would give one away)."""

    permission_required = "karin.channel_report"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        current = services.Semester.containing(today)
        options = [current]
        while len(options) < 6:
            options.append(options[-1].previous)
        chosen = services.Semester.parse(request.GET.get("semestre", "")) or current.previous
        form = SemesterForm(
            {"semestre": str(chosen)},
            choices=[(str(s), s.label()) for s in options],
        )
        tables = breakdowns(
            services.reports_in(chosen),
            TableSpec(title=_("Reports by kind of conduct"), rows=KIND),
            TableSpec(
                title=_("Reports by region"),
                rows=region_dimension(blank=_("National offices")),
            ),
            TableSpec(title=_("Reports by state"), rows=STATE),
        )
        return render(
            request,
            "gender_unit/karin/channel_report.html",
            {"semester": chosen, "form": form, "tables": tables, "k": min_count()},
        )
