"""Regional work plans and their execution; the monitoring of measures and of the Regional
Gender Agenda's commitments. Delegates write their own region's; the Unit any region's."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import User
from acoge.core import uploads
from acoge.core.audit import log_action, register_action
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled

from ..errors import GenderUnitError
from ..models import (
    Activity,
    Commitment,
    Evidence,
    Measure,
    MeasureStatus,
    MonitoringStatus,
    WorkPlan,
)

register_action("gender_unit.workplan.created", gettext_lazy("started %(object)s"))
register_action("gender_unit.activity.saved", gettext_lazy("saved activity %(object)s"))
register_action("gender_unit.evidence.added", gettext_lazy("added evidence to %(object)s"))
register_action("gender_unit.measurestatus.updated", gettext_lazy("reported on %(object)s"))
register_action("gender_unit.commitment.updated", gettext_lazy("updated commitment %(object)s"))

COUNTS = ("women", "men", "other_gender", "gender_not_stated")


@transaction.atomic
def plan_create(*, region: Region, year: int, summary: str, actor: User) -> WorkPlan:
    with scopes_disabled():  # whatever regions the caller sees, one plan per region and year
        taken = WorkPlan.objects.filter(region=region, year=year).exists()
    if taken:
        raise GenderUnitError(_("This region already has a plan for %(year)s.") % {"year": year})
    plan = WorkPlan.objects.create(region=region, year=year, summary=summary.strip())
    log_action("gender_unit.workplan.created", actor=actor, obj=plan)
    return plan


def check_activity(activity: Activity, *, today: datetime.date | None = None) -> None:
    """The rules of an activity's record, each a translated error for its field."""
    today = today or timezone.localdate()
    errors: dict[str, str] = {}
    if activity.planned_on is None:
        errors["planned_on"] = _("Give the day it is planned for.")
    elif activity.planned_on.year != activity.plan.year:
        errors["planned_on"] = _("Plan it within %(year)s, the plan's year.") % {
            "year": activity.plan.year
        }
    if activity.status == Activity.Status.DONE:
        if activity.done_on is None:
            errors["done_on"] = _("Give the day it was held.")
        elif activity.done_on > today:
            errors["done_on"] = _("An activity cannot have been held in the future.")
    elif activity.done_on is not None:
        errors["done_on"] = _("Leave the day empty until the activity is held.")
    counted = sum(getattr(activity, name) for name in COUNTS)
    if activity.status != Activity.Status.DONE and (counted or activity.hours):
        errors["women"] = _("Count participants and hours once the activity is held.")
    if activity.hours and activity.kind != Activity.Kind.TRAINING:
        errors["hours"] = _("Training hours are for training activities.")
    if errors:
        raise ActivityInvalid(errors)


class ActivityInvalid(GenderUnitError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(next(iter(errors.values())))
        self.errors = errors


@transaction.atomic
def activity_save(*, activity: Activity, actor: User, today: datetime.date | None = None) -> None:
    check_activity(activity, today=today)
    activity.save()
    log_action("gender_unit.activity.saved", actor=actor, obj=activity, region=activity.plan.region)


@transaction.atomic
def evidence_add(
    *,
    upload: UploadedFile,
    actor: User,
    activity: Activity | None = None,
    commitment: Commitment | None = None,
) -> Evidence:
    try:
        uploads.validate_document(upload)
    except ValidationError as invalid:
        raise GenderUnitError(" ".join(invalid.messages)) from invalid
    evidence = Evidence.objects.create(
        activity=activity,
        commitment=commitment,
        file=upload,
        file_kind=uploads.kind_of(upload).key,
        filename=(upload.name or "evidencia")[:200],
        size=upload.size or 0,
    )
    about = activity or commitment
    region = activity.plan.region if activity else commitment.region if commitment else None
    log_action("gender_unit.evidence.added", actor=actor, obj=about, region=region)
    return evidence


@dataclass(frozen=True)
class Execution:
    """How far a plan has got: activities planned (not cancelled), held, late (planned for a
    day gone by and not held), still to come."""

    plan: WorkPlan
    planned: int
    done: int
    late: int
    cancelled: int
    participants: int
    hours: Decimal

    @property
    def upcoming(self) -> int:
        return self.planned - self.done - self.late

    @property
    def percent_done(self) -> int | None:
        return round(100 * self.done / self.planned) if self.planned else None


def execution(plan: WorkPlan, *, today: datetime.date | None = None) -> Execution:
    today = today or timezone.localdate()
    activities = list(plan.activities.all())
    live = [a for a in activities if a.status != Activity.Status.CANCELLED]
    done = [a for a in live if a.status == Activity.Status.DONE]
    return Execution(
        plan=plan,
        planned=len(live),
        done=len(done),
        late=sum(a.is_late(today) for a in live),
        cancelled=len(activities) - len(live),
        participants=sum(a.participants for a in done),
        hours=sum((a.hours for a in done), Decimal(0)),
    )


def executions(plans: QuerySet[WorkPlan], *, today: datetime.date | None = None) -> list[Execution]:
    return [
        execution(plan, today=today)
        for plan in plans.select_related("region").prefetch_related("activities")
    ]


@transaction.atomic
def measure_status_update(
    *, measure: Measure, region: Region, status: str, note: str, actor: User
) -> MeasureStatus:
    if status not in MonitoringStatus.values:
        raise GenderUnitError(_("Choose a status."))
    record, _created = MeasureStatus.objects.update_or_create(
        measure=measure,
        region=region,
        defaults={"status": status, "note": note.strip(), "updated_at": timezone.now()},
    )
    log_action(
        "gender_unit.measurestatus.updated", actor=actor, obj=record, data={"status": status}
    )
    return record


register_action("gender_unit.commitment.created", gettext_lazy("added commitment %(object)s"))


@transaction.atomic
def commitment_create(
    *,
    region: Region,
    agenda: str,
    commission: str,
    text: str,
    due_on: datetime.date | None,
    actor: User,
) -> Commitment:
    if not text.strip():
        raise GenderUnitError(_("Write the commitment."))
    commitment = Commitment.objects.create(
        region=region,
        agenda=agenda.strip(),
        commission=commission.strip(),
        text=text.strip(),
        due_on=due_on,
    )
    log_action("gender_unit.commitment.created", actor=actor, obj=commitment)
    return commitment


@transaction.atomic
def commitment_update(
    *, commitment: Commitment, status: str, progress: str, actor: User
) -> Commitment:
    if status not in Commitment.Status.values:
        raise GenderUnitError(_("Choose a status."))
    commitment.status = status
    commitment.progress = progress.strip()
    commitment.updated_at = timezone.now()
    commitment.save(update_fields=["status", "progress", "updated_at"])
    log_action(
        "gender_unit.commitment.updated", actor=actor, obj=commitment, data={"status": status}
    )
    return commitment
