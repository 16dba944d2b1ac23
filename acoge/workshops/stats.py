"""Workshop indicators for the statistics registry: registrations, attendance, waiting lists,
needs, by region and topic, and the optional statistics answers — never a count under 5, nor
one that the published figures would give away."""

from typing import cast

from django.db.models import Case, Count, Q, Value, When
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.programmes import Programme
from acoge.core.scoping import scopes_disabled
from acoge.stats import demographics
from acoge.stats.measures import shares
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import (
    Breakdown,
    CrossTab,
    Dimension,
    Table,
    TableSpec,
    breakdowns,
    counts_table,
)

from .models import Registration, StatsAnswer, Topic

REGION = demographics.region_dimension("workshop__region", blank="")
STATUS = Dimension(
    field="status",
    title=_("Status"),
    categories=lambda: [
        (Registration.Status.CONFIRMED, Registration.Status.CONFIRMED.label),
        (Registration.Status.WAITLISTED, Registration.Status.WAITLISTED.label),
    ],
    blank="",
)


def _registrations():
    return Registration.objects.with_scopes_disabled()


def registrations() -> list[Table]:
    active = _registrations().filter(status__in=["confirmed", "waitlisted"])
    # The waiting list by region is a row of the status-by-region table: protected with it.
    by_region, by_status = breakdowns(
        active,
        TableSpec(title=_("Registrations by region"), rows=REGION),
        TableSpec(title="", rows=STATUS, cols=REGION),
    )
    waiting = cast(CrossTab, by_status).row_breakdown(1)
    # One registration counts once for each topic of its workshop: the rows overlap.
    by_topic = dict(
        active.order_by()
        .values_list("workshop__sessions__topic")
        .annotate(n=Count("id", distinct=True))
    )
    with_topic = active.filter(workshop__sessions__isnull=False).values("id").distinct().count()
    return [
        by_region,
        Breakdown(
            title=_("On the waiting list, by region"),
            rows=waiting.rows,
            total=waiting.total,
            empty=waiting.empty,
        ),
        counts_table(
            _("Registrations by topic"),
            {str(label): by_topic.get(value, 0) for value, label in Topic.choices},
            total=with_topic,
            total_label=_("Registrations (a workshop can cover several topics)"),
        ),
    ]


ATTENDANCE = Dimension(
    field="came",
    title=_("Attendance"),
    categories=lambda: [
        ("attended", _("Attended, by region")),
        ("missed", _("Did not come, by region")),
        ("walk_in", _("Came without registering, by region")),
    ],
    blank="",
)


def attendance() -> list[Table]:
    """Of the people registered for workshops already closed, who came; walk-ins apart. The
    three counts by region are one table to the suppression, since they add up together."""
    closed = (
        _registrations()
        .filter(workshop__closed_at__isnull=False, status="confirmed")
        .annotate(
            came=Case(
                When(walk_in=True, then=Value("walk_in")),
                When(attended=True, then=Value("attended")),
                default=Value("missed"),
            )
        )
    )
    (table,) = breakdowns(closed, TableSpec(title=_("Attendance"), rows=ATTENDANCE, cols=REGION))
    table = cast(CrossTab, table)
    came, missed, walk_ins = (table.row_breakdown(n) for n in range(3))
    per_region = {
        pk: (came_count, whole)
        for pk, came_count, whole in closed.exclude(came="walk_in")
        .order_by()
        .values_list("workshop__region")
        .annotate(came_count=Count("id", filter=Q(attended=True)), whole=Count("id"))
    }
    overall = str(_("All regions"))
    rates = {
        overall: (
            sum(came for came, _whole in per_region.values()),
            sum(whole for _came, whole in per_region.values()),
        )
    }
    rates.update(
        {name: per_region.get(pk, (0, 0)) for pk, name in Region.objects.values_list("pk", "name")}
    )
    return [
        shares(_("Attendance rate of registered people, by region"), rates, overall=overall),
        came,
        missed,
        walk_ins,
    ]


def needs() -> list[Table]:
    with scopes_disabled():
        confirmed = Registration.objects.filter(status="confirmed")
        childcare = ~Q(children_ages=[])
        interpreter = ~Q(interpreter_language="")
        access = ~Q(accessibility_needs="")
        counts = confirmed.aggregate(
            childcare=Count("id", filter=childcare),
            interpreter=Count("id", filter=interpreter),
            access=Count("id", filter=access),
            anyone=Count("id", filter=childcare | interpreter | access),
        )
    return [
        counts_table(
            _("Support needed (confirmed registrations)"),
            {
                str(_("Childcare")): counts["childcare"],
                str(_("Interpreter")): counts["interpreter"],
                str(_("Accessibility")): counts["access"],
            },
            total=counts["anyone"],
            total_label=_("Registrations needing some support"),
        )
    ]


def participants() -> list[Table]:
    """The optional answers, each question on its own; skipped answers are counted apart."""
    return demographics.participant_tables(StatsAnswer.objects.all())


def register_indicators() -> None:
    for key, title, compute in (
        ("workshops.registrations", _("Workshop registrations"), registrations),
        ("workshops.attendance", _("Workshop attendance"), attendance),
        ("workshops.needs", _("Support needed at workshops"), needs),
        ("workshops.participants", _("Who takes part in workshops"), participants),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.WOMEN)
        )
