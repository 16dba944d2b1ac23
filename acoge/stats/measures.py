"""Tables of a figure per row: a percentile of each row's values (`measures`), a percentage
(`shares`). A row is published only when it is measured on at least K cases, and a percentage
only when neither its part nor the rest is a small count it would give away."""

import math

from .tables import HIDDEN, Breakdown, Label, min_count


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.5: the median) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * share)) - 1]


def _small(count: int, k: int) -> bool:
    return 0 < count < k


def _published_total(total: int, k: int) -> int | None:
    return HIDDEN if _small(total, k) else total


def _cases(sizes: dict[str, int], overall: str | None, k: int) -> int | None:
    return _published_total(sizes[overall] if overall else sum(sizes.values()), k)


def _none(sizes: dict[str, int]) -> frozenset[str]:
    return frozenset(label for label, size in sizes.items() if not size)


def measures(
    title: Label,
    samples: dict[str, list[float]],
    *,
    share: float,
    unit: str,
    overall: str | None = None,
    k: int | None = None,
) -> Breakdown:
    """A percentile of each row's values; rows measured on fewer than K cases are hidden.

    `overall` names a row that holds every case (such as "All regions"): the total is its size,
    not the sum of rows that count each case twice.
    """
    k = k or min_count()
    rows = [
        (label, round(percentile(values, share), 1) if len(values) >= k else HIDDEN)
        for label, values in samples.items()
    ]
    sizes = {label: len(values) for label, values in samples.items()}
    return Breakdown(
        title=title, rows=rows, total=_cases(sizes, overall, k), unit=unit, empty=_none(sizes)
    )


def shares(
    title: Label,
    parts: dict[str, tuple[int, int]],
    *,
    overall: str | None = None,
    k: int | None = None,
) -> Breakdown:
    """Percentages (part of whole) per row. A row is hidden when its whole is under K, and when
    its part or the rest is from 1 to K-1: with the part or the whole known from another table,
    the percentage would give that small count away."""
    k = k or min_count()
    rows = [
        (
            label,
            round(100 * part / whole, 1)
            if whole >= k and not _small(part, k) and not _small(whole - part, k)
            else HIDDEN,
        )
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
