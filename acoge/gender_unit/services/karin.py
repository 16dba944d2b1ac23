"""The Ley Karin channel's procedure: a signed report (written by her, or recorded by a
receiver from what she said), protective measures within a deadline, an investigator assigned,
the state she can follow, and the half-yearly report of the channel, counts only.

Nothing here writes what she said anywhere but the encrypted fields: audit entries carry the
reference and the state; notifications say that something needs attention, and where."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import Role, User
from acoge.accounts.policy import has_role
from acoge.core.audit import log_action, register_action
from acoge.core.calendar import add_business_days
from acoge.core.models import Region

from ..errors import GenderUnitError
from ..models.karin import ProtectiveMeasure, Report, ReportEvent
from ..notifications import tell_investigator, tell_receivers, tell_reporter

register_action("karin.report.filed", gettext_lazy("filed report %(object)s"))
register_action("gender_unit.report.read", gettext_lazy("opened report %(object)s"))
register_action("karin.report.assigned", gettext_lazy("assigned an investigator to %(object)s"))
register_action("karin.report.measure", gettext_lazy("ordered a protective measure on %(object)s"))
register_action(
    "karin.report.no_measures", gettext_lazy("decided no measure is needed on %(object)s")
)
register_action("karin.report.state", gettext_lazy("changed the state of %(object)s"))

LIMIT = 10_000  # characters of what she writes


def deadlines(received: datetime.datetime) -> tuple[datetime.date, datetime.date]:
    """When protective measures and the investigation are due, from the day it was received."""
    day = timezone.localdate(received)
    return (
        add_business_days(day, settings.ACOGE_KARIN_MEASURES_BUSINESS_DAYS),
        day + datetime.timedelta(days=settings.ACOGE_KARIN_INVESTIGATION_DAYS),
    )


@transaction.atomic
def report_file(
    *,
    reporter: User,
    kind: str,
    facts: str,
    people: str = "",
    by_third_party: bool = False,
    region: Region | None = None,
    recorded_by: User | None = None,
    now: datetime.datetime | None = None,
) -> Report:
    """File a report: by the person herself (written) or by a receiver from what she said."""
    if kind not in Report.Kind.values:
        raise GenderUnitError(_("Say what kind of conduct it was."))
    if not facts.strip():
        raise GenderUnitError(_("Say what happened."))
    if len(facts) > LIMIT or len(people) > LIMIT:
        raise GenderUnitError(_("Keep it under %(limit)s characters.") % {"limit": LIMIT})
    if recorded_by is not None:
        if not has_role(recorded_by, Role.KARIN_RECEIVER):
            raise GenderUnitError(_("Only a designated receiver records a verbal report."))
        if recorded_by.pk == reporter.pk:
            raise GenderUnitError(_("Write your own report from the channel's form."))
    if not reporter.is_active:
        raise GenderUnitError(_("The person reporting must be a current staff member."))
    received = now or timezone.now()
    measures_due, investigation_due = deadlines(received)
    report = Report.objects.create(
        reporter=reporter,
        channel=Report.Channel.VERBAL if recorded_by else Report.Channel.WRITTEN,
        recorded_by=recorded_by,
        kind=kind,
        by_third_party=by_third_party,
        region=region,
        facts=facts.strip(),
        people=people.strip(),
        received_at=received,
        measures_due_on=measures_due,
        investigation_due_on=investigation_due,
    )
    ReportEvent.objects.create(report=report, at=received, state=report.state)
    log_action("karin.report.filed", actor=recorded_by or reporter, obj=report)
    tell_receivers(report)
    return report


def _check_open(report: Report) -> None:
    if not report.is_open:
        raise GenderUnitError(_("The report is closed."))


@transaction.atomic
def investigator_assign(*, report: Report, investigator: User, actor: User) -> Report:
    _check_open(report)
    if not investigator.is_active or not has_role(investigator, Role.KARIN_INVESTIGATOR):
        raise GenderUnitError(_("Choose one of the designated investigators."))
    if investigator.pk in {report.reporter_id, report.recorded_by_id}:
        raise GenderUnitError(_("The person reporting cannot investigate her own report."))
    report.investigator = investigator
    report.save(update_fields=["investigator"])
    log_action("karin.report.assigned", actor=actor, obj=report)
    tell_investigator(report)
    return report


@transaction.atomic
def measure_order(*, report: Report, kind: str, detail: str, actor: User) -> ProtectiveMeasure:
    _check_open(report)
    if kind not in ProtectiveMeasure.Kind.values:
        raise GenderUnitError(_("Choose the measure."))
    measure = ProtectiveMeasure.objects.create(
        report=report, kind=kind, detail=detail.strip()[:LIMIT], ordered_by=actor
    )
    report.measures_decided = True
    report.save(update_fields=["measures_decided"])
    ReportEvent.objects.create(
        report=report, state=report.state, note=_("Protective measures ordered.")
    )
    log_action("karin.report.measure", actor=actor, obj=report, data={"kind": kind})
    tell_reporter(report)
    return measure


@transaction.atomic
def measures_not_needed(*, report: Report, actor: User) -> Report:
    _check_open(report)
    report.measures_decided = True
    report.save(update_fields=["measures_decided"])
    log_action("karin.report.no_measures", actor=actor, obj=report)
    return report


NEXT_STATES: dict[str, set[str]] = {
    Report.State.RECEIVED: {Report.State.INVESTIGATING, Report.State.CLOSED},
    Report.State.INVESTIGATING: {Report.State.RESOLVED, Report.State.CLOSED},
    Report.State.RESOLVED: {Report.State.CLOSED},
    Report.State.CLOSED: set(),
}


@transaction.atomic
def state_change(
    *,
    report: Report,
    state: str,
    actor: User,
    note: str = "",
    outcome: str = "",
    now: datetime.datetime | None = None,
) -> Report:
    """Move the report on. Investigating needs an investigator; resolving needs the outcome.
    The note is what the person reporting reads with the new state."""
    if state not in NEXT_STATES.get(report.state, set()):
        raise GenderUnitError(_("The report cannot go to that state from where it is."))
    if state == Report.State.INVESTIGATING and report.investigator_id is None:
        raise GenderUnitError(_("Assign an investigator first."))
    if state == Report.State.RESOLVED and not (outcome.strip() or report.outcome):
        raise GenderUnitError(_("Write the outcome of the investigation."))
    now = now or timezone.now()
    report.state = state
    if outcome.strip():
        report.outcome = outcome.strip()[:LIMIT]
    if state == Report.State.RESOLVED:
        report.resolved_at = now
    if state == Report.State.CLOSED:
        report.closed_at = now
    report.save(update_fields=["state", "outcome", "resolved_at", "closed_at"])
    ReportEvent.objects.create(report=report, at=now, state=state, note=note.strip()[:LIMIT])
    log_action("karin.report.state", actor=actor, obj=report, data={"state": state})
    tell_reporter(report)
    return report


def erase_reports(reports, now: datetime.datetime | None = None) -> int:
    """Erase what the reports say and whom they name, and unlink the people in them; the kind,
    region, state and dates stay for the channel's figures."""
    now = now or timezone.now()
    ids = list(reports.filter(erased_at__isnull=True).values_list("pk", flat=True))
    for report in Report.objects.filter(pk__in=ids):
        report.facts = ""
        report.people = ""
        report.outcome = ""
        report.reporter = None
        report.recorded_by = None
        report.erased_at = now
        report.save(
            update_fields=["facts", "people", "outcome", "reporter", "recorded_by", "erased_at"]
        )
    ProtectiveMeasure.objects.filter(report_id__in=ids).update(detail="")
    ReportEvent.objects.filter(report_id__in=ids).update(note="")
    return len(ids)


@dataclass(frozen=True)
class Semester:
    year: int
    half: int  # 1: January to June; 2: July to December

    @classmethod
    def containing(cls, day: datetime.date) -> "Semester":
        return cls(day.year, 1 if day.month <= 6 else 2)

    @classmethod
    def parse(cls, text: str) -> "Semester | None":
        """'2026-1' or '2026-2'; None for anything else."""
        year, _sep, half = text.partition("-")
        if not (year.isdigit() and len(year) == 4 and half in {"1", "2"}):
            return None
        return cls(int(year), int(half))

    @property
    def starts(self) -> datetime.date:
        return datetime.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def ends(self) -> datetime.date:
        return (
            datetime.date(self.year, 6, 30) if self.half == 1 else datetime.date(self.year, 12, 31)
        )

    @property
    def previous(self) -> "Semester":
        return Semester(self.year, 1) if self.half == 2 else Semester(self.year - 1, 2)

    def __str__(self) -> str:
        return f"{self.year}-{self.half}"

    def label(self) -> str:
        if self.half == 1:
            return _("January to June %(year)s") % {"year": self.year}
        return _("July to December %(year)s") % {"year": self.year}


def reports_in(semester: Semester):
    """Reports received in the semester (Chile's calendar days)."""
    return Report.objects.filter(
        received_at__date__gte=semester.starts, received_at__date__lte=semester.ends
    )
