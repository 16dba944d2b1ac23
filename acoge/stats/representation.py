"""Whose voice is missing: the participants of a consultation (a published, suppressed table)
side by side with the population they come from (reference figures), with the groups whose
share among participants is under ACOGE_UNDER_REPRESENTED_RATIO of their share in the
population named."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

from acoge.core.models import Region

from .models import PopulationSource
from .tables import HIDDEN, Breakdown, Dimension


@dataclass(frozen=True)
class Group:
    label: str
    population: float  # percent of the population
    participants: float | None  # percent of those who said; None when hidden
    under: bool


@dataclass(frozen=True)
class Comparison:
    title: str
    source: PopulationSource
    groups: list[Group]
    answered: int | None  # participants who answered this question (None: hidden)

    @property
    def missing(self) -> list[str]:
        return [group.label for group in self.groups if group.under]


def _figures(field: str) -> tuple[PopulationSource | None, dict[str, Decimal]]:
    source = PopulationSource.objects.filter(
        used_for_comparison=True, figures__dimension=field
    ).first()
    if source is None:
        return None, {}
    rows = source.figures.filter(dimension=field).values_list("category", "share")
    return source, dict(rows)


def _answered(table: Breakdown, cells: list, not_answered: int | None) -> int | None:
    """How many answered, from published figures only: the sum of the answers' cells, or,
    with one of them hidden, the total less those who did not answer (both published)."""
    if HIDDEN not in cells:
        return int(sum(cells))
    if table.total is HIDDEN or table.total is None or not_answered is HIDDEN:
        return None
    return table.total - (not_answered or 0)


def compare(table: Breakdown, dimension: Dimension, field: str) -> Comparison | None:
    """The comparison for one dimension's table (None without reference figures)."""
    source, figures = _figures(field)
    if source is None:
        return None
    labels = dict(dimension.labelled())
    if field == "region":
        codes = dict(Region.objects.values_list("pk", "cut_code"))
        labels = {codes.get(value, value): label for value, label in labels.items()}
    shown = dict(table.rows)
    blank = str(dimension.blank) if dimension.blank else None
    answered_cells = [value for label, value in table.rows if label != blank]
    answered = _answered(table, answered_cells, shown.get(blank) if blank else 0)
    ratio = settings.ACOGE_UNDER_REPRESENTED_RATIO
    groups = []
    for category, share in figures.items():
        label = labels.get(category)
        if label is None:
            continue
        count = shown.get(label)
        participants = None if count is HIDDEN or not answered else round(100 * count / answered, 1)
        under = participants is not None and participants < float(share) * ratio
        groups.append(Group(label, float(share), participants, under))
    return Comparison(str(dimension.title), source, groups, answered)
