"""Statistics registry and small-cell suppression.

Apps register indicators in `AppConfig.ready()`; the dashboard and reports read only this
registry. Every published count under K (5) is hidden, and when a single cell of a breakdown is
hidden the next smallest is hidden too, so the total cannot give it away.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

K = 5
HIDDEN = None
# The programmes indicators belong to, in the order staff pages list them.
PROGRAMMES: dict[str, Promise] = {
    "women": _("Apoya Mujer Migrante"),
    "engagement": _("Citizen engagement (Law 20.500)"),
}


@dataclass(frozen=True)
class Breakdown:
    """One table of an indicator: a value per row, hidden cells None.

    `empty` names the rows with no cases at all (shown as a dash, not as hidden). `total` is
    the number of cases the table covers, None when it is hidden (1 to K-1).
    """

    title: Promise | str
    rows: list[tuple[str, float | None]]
    total: int | None
    unit: str = "count"  # or "hours", "percent": the rows are measures, not counts
    empty: frozenset[str] = frozenset()
    # What the total counts, when it is not the sum of the rows (one registration can be in
    # several rows: a workshop with several topics, a person needing several kinds of support).
    total_label: Promise | str = ""

    @property
    def hidden_cells(self) -> int:
        return sum(1 for _label, value in self.rows if value is HIDDEN)


def suppress(counts: dict[str, int], *, k: int = K) -> list[tuple[str, int | None]]:
    """Hide counts from 1 to k-1; if only one is hidden, hide the next smallest as well."""
    rows = [(label, value) for label, value in counts.items()]
    hidden = {label for label, value in rows if 0 < value < k}
    if len(hidden) == 1:
        visible = sorted(
            ((value, label) for label, value in rows if label not in hidden and value > 0)
        )
        if visible:
            hidden.add(visible[0][1])
    return [(label, HIDDEN if label in hidden else value) for label, value in rows]


def _published_total(total: int, k: int) -> int | None:
    return None if 0 < total < k else total


def breakdown(
    title: Promise | str,
    counts: dict[str, int],
    *,
    k: int = K,
    total: int | None = None,
    total_label: Promise | str = "",
) -> Breakdown:
    """Counts by one dimension, small ones hidden. When rows overlap, pass the number of
    distinct cases as `total`, and say what it counts in `total_label`."""
    return Breakdown(
        title=title,
        rows=suppress(counts, k=k),
        total=_published_total(sum(counts.values()) if total is None else total, k),
        empty=frozenset(label for label, value in counts.items() if not value),
        total_label=total_label,
    )


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.5: the median) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * share)) - 1]


def measures(
    title: Promise | str,
    samples: dict[str, list[float]],
    *,
    share: float,
    unit: str,
    overall: str | None = None,
    k: int = K,
) -> Breakdown:
    """A percentile of each row's values; rows measured on fewer than k cases are hidden.

    `overall` names a row that holds every case (such as "All regions"): the total is its size,
    not the sum of rows that count each case twice.
    """
    rows = [
        (label, round(percentile(values, share), 1) if len(values) >= k else HIDDEN)
        for label, values in samples.items()
    ]
    sizes = {label: len(values) for label, values in samples.items()}
    return Breakdown(
        title=title, rows=rows, total=_cases(sizes, overall, k), unit=unit, empty=_none(sizes)
    )


def shares(
    title: Promise | str,
    parts: dict[str, tuple[int, int]],
    *,
    overall: str | None = None,
    k: int = K,
) -> Breakdown:
    """Percentages (part of whole) per row; rows with a whole under k are hidden."""
    rows = [
        (label, round(100 * part / whole, 1) if whole >= k else HIDDEN)
        for label, (part, whole) in parts.items()
    ]
    sizes = {label: whole for label, (_part, whole) in parts.items()}
    return Breakdown(
        title=title,
        rows=rows,
        total=_cases(sizes, overall, k),
        unit="percent",
        empty=_none(sizes),
    )


def _cases(sizes: dict[str, int], overall: str | None, k: int) -> int | None:
    return _published_total(sizes[overall] if overall else sum(sizes.values()), k)


def _none(sizes: dict[str, int]) -> frozenset[str]:
    return frozenset(label for label, size in sizes.items() if not size)


@dataclass(frozen=True)
class Indicator:
    key: str
    title: Promise | str
    compute: Callable[[], list[Breakdown]]
    programme: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


class IndicatorRegistry:
    def __init__(self) -> None:
        self._indicators: dict[str, Indicator] = {}

    def register(self, indicator: Indicator) -> None:
        self._indicators[indicator.key] = indicator

    def all(self) -> list[Indicator]:
        return sorted(self._indicators.values(), key=lambda indicator: indicator.key)

    def get(self, key: str) -> Indicator:
        return self._indicators[key]


indicators = IndicatorRegistry()
