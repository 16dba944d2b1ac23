"""Indicators of data-subject requests for the statistics registry: requests by right and by
status; hours to answer (median and 90th percentile) by right; the share answered late. Never a
count under 5, nor one that the published figures would give away."""

from collections import defaultdict

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


def time_to_answer() -> list[Table]:
    """Hours from arrival to the answer (or refusal), overall and by right; and, of the requests
    answered or already due, the share answered after the due date (or not yet)."""
    overall = str(ALL)
    labels = {value: str(label) for value, label in Right.choices}
    hours: dict[str, list[float]] = defaultdict(list)
    late: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    today = timezone.localdate()
    for request in RightsRequest.objects.only("right", "received_at", "answered_at", "due_on"):
        label = labels[request.right]
        taken = request.hours_to_answer()
        if taken is not None:
            hours[overall].append(taken)
            hours[label].append(taken)
        if request.answered_at is None and request.due_on >= today:
            continue  # not due yet: neither late nor on time
        was_late = (
            request.answered_at is None or timezone.localdate(request.answered_at) > request.due_on
        )
        for row in (overall, label):
            late[row][0] += was_late
            late[row][1] += 1
    rows = [overall, *labels.values()]
    samples = {row: hours.get(row, []) for row in rows}
    return [
        measures(_("Median hours to answer"), samples, share=0.5, unit="hours", overall=overall),
        measures(
            _("90th percentile of hours to answer"),
            samples,
            share=0.9,
            unit="hours",
            overall=overall,
        ),
        shares(
            _("Share of requests answered after the due date"),
            {row: (late[row][0], late[row][1]) if row in late else (0, 0) for row in rows},
            overall=overall,
        ),
    ]


def register_indicators() -> None:
    for key, title, compute in (
        ("rights.requests", _("Requests about personal data"), requests),
        ("rights.time_to_answer", _("Time to answer requests about personal data"), time_to_answer),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.WOMEN)
        )
