"""What the dashboard and the annual report read: indicators of every module, from the
statistics registry (already suppressed), and the Unit's own figures for a year."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from acoge.core.scoping import scopes_disabled
from acoge.stats.registry import indicators
from acoge.stats.tables import Table

from .models import Commitment, MeasureStatus, MonitoringStatus, Session, WorkPlan
from .services import delegates, plans


@dataclass(frozen=True)
class Section:
    key: str
    title: Promise | str
    indicator_keys: tuple[str, ...]


# What the dashboard shows, in order; each section reads the modules' registered indicators.
SECTIONS = (
    Section(
        "workshops",
        _("Workshops: participation and needs by region"),
        ("workshops.registrations", "workshops.needs"),
    ),
    Section(
        "contact",
        _("Contact point: requests by topic and time to first contact"),
        ("contact.requests", "contact.first_contact"),
    ),
    Section(
        "consultations",
        _("Consultations: participation by gender and channel"),
        ("consultations.participation",),
    ),
    Section("cosoc", _("The COSOC by gender"), ("council.composition",)),
    Section(
        "training",
        _("Gender activities and training by region"),
        ("gender_unit.training", "gender_unit.participation"),
    ),
)


@dataclass(frozen=True)
class DashboardSection:
    key: str
    title: Promise | str
    tables: list[Table]


def dashboard_sections() -> list[DashboardSection]:
    """Each section's tables, worked out now; an indicator not registered is left out."""
    registered = {indicator.key: indicator for indicator in indicators.all()}
    found = []
    for section in SECTIONS:
        tables: list[Table] = []
        for key in section.indicator_keys:
            if key in registered:
                tables.extend(registered[key].compute())
        found.append(DashboardSection(section.key, section.title, tables))
    return found


@dataclass(frozen=True)
class YearFigures:
    year: int
    executions: list[plans.Execution]
    planned: int
    done: int
    late: int
    sessions_held: int
    # (label, count) pairs: a Counter would answer a template's `.items` with a count of 0
    agreements: list[tuple[str, int]]
    monitoring: list[tuple[str, int]]
    commitments: list[tuple[str, int]]
    vacant: list


def year_figures(year: int, *, today: datetime.date | None = None) -> YearFigures:
    """The whole service's gender work in a year: plans and their execution, the Roundtable,
    the measures' monitoring and the agenda's commitments (national: no region scope)."""
    today = today or timezone.localdate()
    with scopes_disabled():
        executions = plans.executions(WorkPlan.objects.filter(year=year), today=today)
        sessions = list(
            Session.objects.filter(
                starts_at__year=year, status=Session.Status.HELD
            ).prefetch_related("agreements")
        )
        agreements = Counter(a.get_status_display() for s in sessions for a in s.agreements.all())
        labels = dict(MonitoringStatus.choices)
        monitoring = Counter(
            str(labels[status])
            for status in MeasureStatus.objects.filter(measure__active=True).values_list(
                "status", flat=True
            )
        )
        commitments = Counter(c.get_status_display() for c in Commitment.objects.all())
    return YearFigures(
        year=year,
        executions=executions,
        planned=sum(e.planned for e in executions),
        done=sum(e.done for e in executions),
        late=sum(e.late for e in executions),
        sessions_held=len(sessions),
        agreements=sorted(agreements.items()),
        monitoring=sorted(monitoring.items()),
        commitments=sorted(commitments.items()),
        vacant=delegates.vacant_regions(today),
    )
