"""Indicators of data-subject requests for the statistics registry: requests by right and by
status; hours to answer (median and 90th percentile) by right; the share answered late. Never a
count under 5, nor one that the published figures would give away."""

from collections import defaultdict

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.programmes import Programme
from acoge.stats.measures import measures, shares
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import Table, TableSpec, breakdowns, choices_dimension

from .models import Right, RightsRequest

RIGHT = choices_dimension("right", _("Right"), Right, blank="")
STATUS = choices_dimension("status", _("Status"), RightsRequest.Status, blank="")
ALL = _("All rights")


def requests() -> list[Table]:
    """Requests by right and by status: two margins of one population, protected together."""
    return breakdowns(
        RightsRequest.objects.all(),
        TableSpec(title=_("Requests about personal data by right"), rows=RIGHT),
        TableSpec(title=_("Requests about personal data by status"), rows=STATUS),
    )


def _hours_by_right() -> dict[str, list[float]]:
    """The hours each answered request took, by right label and overall. The time taken comes
    from the database, each value apart: a percentile needs every value, and no portable SQL
    aggregate gives the nearest rank."""
    overall = str(ALL)
    labels = {value: str(label) for value, label in Right.choices}
    hours: dict[str, list[float]] = defaultdict(list)
    taken = ExpressionWrapper(F("answered_at") - F("received_at"), output_field=DurationField())
    for right, duration in (
        RightsRequest.objects.filter(answered_at__isnull=False)
        .order_by()
        .annotate(taken=taken)
        .values_list("right", "taken")
    ):
        value = duration.total_seconds() / 3600
        hours[overall].append(value)
        hours[labels[right]].append(value)
    return hours


def _late_by_right() -> dict[str, tuple[int, int]]:
    """Of the requests answered or already due, those answered after the due date (or not yet),
    by right, counted in the database; dates are the site's, as `timezone.localdate` gives."""
    due = Q(answered_at__isnull=False) | Q(due_on__lt=timezone.localdate())
    late = Q(answered_at__isnull=True) | Q(answered_at__date__gt=F("due_on"))
    counted = (
        RightsRequest.objects.filter(due)
        .order_by()
        .values_list("right")
        .annotate(late=Count("pk", filter=late), due=Count("pk"))
    )
    return {right: (part, whole) for right, part, whole in counted}


def time_to_answer() -> list[Table]:
    """Hours from arrival to the answer (or refusal), overall and by right; and, of the requests
    answered or already due, the share answered after the due date (or not yet)."""
    overall = str(ALL)
    labels = {value: str(label) for value, label in Right.choices}
    hours = _hours_by_right()
    late = _late_by_right()
    rows = [overall, *labels.values()]
    samples = {row: hours.get(row, []) for row in rows}
    parts = {
        overall: (
            sum(part for part, _whole in late.values()),
            sum(whole for _part, whole in late.values()),
        ),
        **{label: late.get(value, (0, 0)) for value, label in labels.items()},
    }
    return [
        measures(_("Median hours to answer"), samples, share=0.5, unit="hours", overall=overall),
        measures(
            _("90th percentile of hours to answer"),
            samples,
            share=0.9,
            unit="hours",
            overall=overall,
        ),
        shares(_("Share of requests answered after the due date"), parts, overall=overall),
    ]


def register_indicators() -> None:
    for key, title, compute in (
        ("rights.requests", _("Requests about personal data"), requests),
        ("rights.time_to_answer", _("Time to answer requests about personal data"), time_to_answer),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.WOMEN)
        )
