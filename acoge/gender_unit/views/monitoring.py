"""The monitoring of policies and measures in each region, and the regional directorates'
commitments in the Regional Gender Agenda. A delegate writes her region's; the Unit every
region's; national administrators read. Another region's record is not found (404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.policy import can
from acoge.core.errors import ServiceError
from acoge.core.models import Region

from ..forms import CommitmentForm, EvidenceForm, MonitoringForm, NewCommitmentForm
from ..models import Commitment, Measure, MeasureStatus
from ..permissions import READERS, WRITERS
from ..services import plans as services
from .plans import add_evidence


class MonitoringView(StaffViewMixin, View):
    """Every measure in force, and where each region the user sees stands with it."""

    permission_required = "gender_unit.monitoring"

    def get(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        regions = list(READERS.regions(user))
        statuses = {
            (s.measure_id, s.region_id): s
            for s in READERS.filter(user, MeasureStatus.objects.all())
        }
        measures = list(Measure.objects.filter(active=True))
        rows = [
            (
                measure,
                [(region, statuses.get((measure.pk, region.pk))) for region in regions],
            )
            for measure in measures
        ]
        return render(
            request,
            "gender_unit/staff/monitoring.html",
            {"rows": rows, "regions": regions},
        )


class MonitoringChangeView(StaffViewMixin, View):
    permission_required = "gender_unit.monitoring"

    def setup_records(self):
        self.measure = object_or_404(Measure.objects.filter(active=True), self.kwargs["pk"])
        self.region = object_or_404(Region.objects.all(), self.kwargs["region"])
        if not READERS.covers(self.request.user, self.region):
            raise Http404
        if not can(self.request.user, "gender_unit.monitoring_change", self.region_record()):
            raise PermissionDenied

    def region_record(self) -> MeasureStatus:
        return MeasureStatus.objects.filter(measure=self.measure, region=self.region).first() or (
            MeasureStatus(measure=self.measure, region=self.region)
        )

    def show(self, form: MonitoringForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/monitoring_form.html",
            {"measure": self.measure, "region": self.region, "form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int, region: int) -> HttpResponse:
        self.setup_records()
        record = self.region_record()
        return self.show(MonitoringForm(initial={"status": record.status, "note": record.note}))

    def post(self, request: HttpRequest, pk: int, region: int) -> HttpResponse:
        self.setup_records()
        form = MonitoringForm(request.POST)
        if form.is_valid():
            services.measure_status_update(
                measure=self.measure, region=self.region, actor=request.user, **form.cleaned_data
            )
            messages.success(request, _("Saved."))
            return redirect("gender_staff:monitoring")
        return self.show(form)


class AgendaView(StaffViewMixin, View):
    permission_required = "gender_unit.monitoring"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        commitments = list(
            READERS.filter(request.user, Commitment.objects.select_related("region"))
        )
        for commitment in commitments:
            commitment.late = commitment.is_late(today)
        return render(
            request,
            "gender_unit/staff/agenda.html",
            {
                "commitments": commitments,
                "late": sum(c.late for c in commitments),
                "can_create": can(request.user, "gender_unit.plan_create"),
            },
        )


class CommitmentCreateView(StaffViewMixin, View):
    permission_required = "gender_unit.plan_create"

    def show(self, form: NewCommitmentForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/commitment_form.html",
            {"form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.show(NewCommitmentForm(regions=WRITERS.regions(request.user)))

    def post(self, request: HttpRequest) -> HttpResponse:
        form = NewCommitmentForm(request.POST, regions=WRITERS.regions(request.user))
        if form.is_valid():
            try:
                services.commitment_create(actor=request.user, **form.cleaned_data)
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The commitment is added."))
                return redirect("gender_staff:agenda")
        return self.show(form)


class CommitmentView(ObjectViewMixin, View):
    permission_required = "gender_unit.monitoring_change"
    list_permission = "gender_unit.monitoring"

    def reachable(self):
        return READERS.filter(self.request.user, Commitment.objects.select_related("region"))

    def show(self, form: CommitmentForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/commitment.html",
            {
                "commitment": self.record,
                "form": form,
                "evidence": self.record.evidence.all(),
                "evidence_form": EvidenceForm(),
            },
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        commitment = self.record
        return self.show(
            CommitmentForm(initial={"status": commitment.status, "progress": commitment.progress})
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if "file" in request.FILES or request.POST.get("accion") == "evidencia":
            return self.add_evidence(request)
        form = CommitmentForm(request.POST)
        if form.is_valid():
            services.commitment_update(
                commitment=self.record, actor=request.user, **form.cleaned_data
            )
            messages.success(request, _("The commitment is updated."))
            return redirect("gender_staff:agenda")
        return self.show(form)

    def add_evidence(self, request: HttpRequest) -> HttpResponse:
        add_evidence(request, commitment=self.record)
        return redirect("gender_staff:commitment", pk=self.record.pk)
