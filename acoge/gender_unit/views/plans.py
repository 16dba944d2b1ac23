"""Regional work plans, their activities and evidence (of activities and of agenda commitments).
A delegate sees and writes her region's; the Unit every region's; national administrators read.
Another region's record is not found (404). Measures and the agenda: views/monitoring.py."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.policy import can
from acoge.core import uploads
from acoge.core.errors import ServiceError

from ..forms import (
    ActivityForm,
    EvidenceForm,
    PlanForm,
)
from ..models import Activity, Commitment, Evidence, WorkPlan
from ..permissions import READERS, WRITERS
from ..services import plans as services


def _year(request: HttpRequest) -> int:
    text = request.GET.get("anio", "")
    this_year = timezone.localdate().year
    return int(text) if text.isdigit() and 2020 <= int(text) <= this_year + 1 else this_year


class PlansView(StaffViewMixin, View):
    permission_required = "gender_unit.plans"

    def get(self, request: HttpRequest) -> HttpResponse:
        year = _year(request)
        user = request.user
        found = READERS.filter(user, WorkPlan.objects.filter(year=year))
        executions = services.executions(found)
        with_plan = {e.plan.region_id for e in executions}
        missing = [region for region in READERS.regions(user) if region.pk not in with_plan]
        years = sorted(
            set(READERS.filter(user, WorkPlan.objects.all()).values_list("year", flat=True))
            | {timezone.localdate().year},
            reverse=True,
        )
        return render(
            request,
            "gender_unit/staff/plans.html",
            {
                "year": year,
                "years": years,
                "executions": executions,
                "missing": missing,
                "can_create": can(user, "gender_unit.plan_create"),
            },
        )


class PlanCreateView(StaffViewMixin, View):
    permission_required = "gender_unit.plan_create"

    def regions(self):
        return WRITERS.regions(self.request.user)

    def show(self, form: PlanForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/plan_form.html",
            {"form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.show(PlanForm(regions=self.regions()))

    def post(self, request: HttpRequest) -> HttpResponse:
        form = PlanForm(request.POST, regions=self.regions())
        if form.is_valid():
            try:
                plan = services.plan_create(actor=request.user, **form.cleaned_data)
            except ServiceError as error:
                form.add_error("year", error.message)
            else:
                messages.success(request, _("The plan is started: add its activities."))
                return redirect("gender_staff:plan", pk=plan.pk)
        return self.show(form)


class PlanMixin(ObjectViewMixin):
    permission_required = "gender_unit.plan"
    list_permission = "gender_unit.plans"

    def reachable(self):
        return READERS.filter(self.request.user, WorkPlan.objects.select_related("region"))


class PlanView(PlanMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        plan = self.record
        today = timezone.localdate()
        activities = list(plan.activities.prefetch_related("evidence"))
        for activity in activities:
            activity.late = activity.is_late(today)
        return render(
            request,
            "gender_unit/staff/plan.html",
            {
                "plan": plan,
                "activities": activities,
                "execution": services.execution(plan, today=today),
                "can_change": can(request.user, "gender_unit.plan_change", plan),
            },
        )


def _map_errors(form, error: ServiceError) -> None:
    for field, message in getattr(error, "errors", {None: error.message}).items():
        form.add_error(field if field in form.fields else None, message)


class ActivityCreateView(PlanMixin, View):
    permission_required = "gender_unit.plan_change"

    def show(self, form: ActivityForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/activity_form.html",
            {"plan": self.record, "form": form, "activity": None},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(ActivityForm())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = ActivityForm(request.POST, instance=Activity(plan=self.record))
        if form.is_valid():
            try:
                services.activity_save(activity=form.instance, actor=request.user)
            except ServiceError as error:
                _map_errors(form, error)
            else:
                messages.success(request, _("The activity is saved."))
                return redirect("gender_staff:plan", pk=self.record.pk)
        return self.show(form)


class ActivityMixin(ObjectViewMixin):
    permission_required = "gender_unit.plan_change"
    list_permission = "gender_unit.plans"

    def reachable(self):
        plans_seen = READERS.filter(self.request.user, WorkPlan.objects.all())
        return Activity.objects.filter(plan__in=plans_seen).select_related("plan__region")

    def get_permission_object(self):
        return self.record.plan


class ActivityView(ActivityMixin, View):
    def show(self, form: ActivityForm) -> HttpResponse:
        return render(
            self.request,
            "gender_unit/staff/activity_form.html",
            {
                "plan": self.record.plan,
                "form": form,
                "activity": self.record,
                "evidence": self.record.evidence.all(),
                "evidence_form": EvidenceForm(),
            },
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(ActivityForm(instance=self.record))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = ActivityForm(request.POST, instance=self.record)
        if form.is_valid():
            try:
                services.activity_save(activity=form.instance, actor=request.user)
            except ServiceError as error:
                _map_errors(form, error)
            else:
                messages.success(request, _("The activity is saved."))
                return redirect("gender_staff:plan", pk=self.record.plan_id)
        return self.show(form)


class ActivityEvidenceView(ActivityMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        add_evidence(request, activity=self.record)
        return redirect("gender_staff:activity", pk=self.record.pk)


def add_evidence(request: HttpRequest, **about) -> None:
    """The file posted as evidence of an activity or a commitment (`about`), or why not, as a
    message on the page she goes back to."""
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["file"]))
        return
    try:
        services.evidence_add(upload=form.cleaned_data["file"], actor=request.user, **about)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The evidence is added."))


class EvidenceView(StaffViewMixin, View):
    """A file of evidence, for those who read the plan or commitment it belongs to."""

    permission_required = "gender_unit.plans"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        user = request.user
        plans_seen = READERS.filter(user, WorkPlan.objects.all())
        commitments_seen = READERS.filter(user, Commitment.objects.all())
        found = object_or_404(
            Evidence.objects.filter(activity__plan__in=plans_seen)
            | Evidence.objects.filter(commitment__in=commitments_seen),
            pk,
        )
        return uploads.attachment(found.file, kind=found.file_kind, filename=found.filename)
