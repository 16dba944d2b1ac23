"""Published tables of counts, with every small count hidden and nothing recoverable.

One place publishes counts: `breakdowns()` (and `breakdown()`, for one table) count a queryset in
the database (GROUP BY) by one dimension or two, and `counts_table()` takes counts already made.
Both hand every table of the same population to `suppression.protect()` at once, as one system
of quantities: the cells, every margin, the grand total, and the equations between them. Tables
that share a margin (requests by region, and by topic and region) are protected together, since
someone reading both reads one system.

- Primary suppression: every count from 1 to K-1 (K is ACOGE_STATS_MIN_COUNT, 5) is hidden, in
  cells and totals alike. Zeros are shown ("none").
- Secondary suppression: more cells (or totals) are hidden, the fewest and smallest the solver
  finds, until an attacker who solves the linear programme of everything published still finds
  every hidden small count anywhere from 0 to at least K: not whether it is zero, not whether
  it is small.

`measures()` and `shares()` (measures.py) publish a figure per row (a percentile, a percentage)
only for rows of at least K cases.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from django.conf import settings
from django.db.models import Count, Manager, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .suppression import System, protect

HIDDEN = None
Label = Promise | str


def min_count() -> int:
    """K: the smallest count published (ACOGE_STATS_MIN_COUNT)."""
    return settings.ACOGE_STATS_MIN_COUNT


NOT_ANSWERED = _("Not answered")

# Dimensions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dimension:
    """What a table is broken down by: a field of the counted model and its categories in order.
    Records with no value (blank or null) are counted under `blank`, or left out when it is
    empty."""

    field: str
    title: Label
    categories: Callable[[], Sequence[tuple[Any, Label]]]
    blank: Label = NOT_ANSWERED

    def labelled(self) -> list[tuple[Any, str]]:
        rows = [(value, str(label)) for value, label in self.categories()]
        if self.blank:
            rows.append((None, str(self.blank)))
        return rows


def choices_dimension(field: str, title: Label, choices, **kwargs) -> Dimension:
    """A dimension over a TextChoices field."""
    return Dimension(field=field, title=title, categories=lambda: choices.choices, **kwargs)


# Tables ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """A table by one dimension: a value per row, hidden cells None.

    `empty` names the rows with no cases at all (shown as a dash, not as hidden). `total` is
    the number of cases the table covers, None when it is hidden.
    """

    title: Label
    rows: list[tuple[str, float | None]]
    total: int | None
    unit: str = "count"  # or "hours", "days" (business days), "percent": the rows are measures
    empty: frozenset[str] = frozenset()
    # What the total counts, when it is not the sum of the rows (one registration can be in
    # several rows: a workshop with several topics, a person needing several kinds of support).
    total_label: Label = ""
    kind = "one_way"

    @property
    def hidden_cells(self) -> int:
        return sum(1 for _label, value in self.rows if value is HIDDEN)

    @property
    def lines(self) -> list[tuple[str, float | None, bool]]:
        """(label, value, whether the row has no cases at all) for each row."""
        return [(label, value, label in self.empty) for label, value in self.rows]


@dataclass(frozen=True)
class CrossTab:
    """A table by two dimensions, with row and column totals; hidden cells None."""

    title: Label
    row_title: Label
    col_title: Label
    row_labels: list[str]
    col_labels: list[str]
    cells: list[list[int | None]]
    row_totals: list[int | None]
    col_totals: list[int | None]
    total: int | None
    unit = "count"
    kind = "two_way"
    total_label: Label = ""

    @property
    def rows(self) -> list[tuple[str, list[int | None], int | None]]:
        return list(zip(self.row_labels, self.cells, self.row_totals, strict=True))

    @property
    def hidden_cells(self) -> int:
        return sum(value is HIDDEN for row in self.cells for value in row)

    def row_breakdown(self, index: int) -> Breakdown:
        """One row as a table by the columns, titled by the row's label, with its total."""
        cells = self.cells[index]
        return Breakdown(
            title=self.row_labels[index],
            rows=list(zip(self.col_labels, cells, strict=True)),
            total=self.row_totals[index],
            empty=frozenset(
                label for label, value in zip(self.col_labels, cells, strict=True) if value == 0
            ),
        )


Table = Breakdown | CrossTab


@dataclass(frozen=True)
class TableSpec:
    """One table to count: by `rows`, and by `cols` too for a two-way table."""

    title: Label
    rows: Dimension
    cols: Dimension | None = None


# The system of quantities -----------------------------------------------------------------------

# A quantity is keyed by the dimensions it is broken down by and their values: ((), ()) is the
# grand total, (("region",), (13,)) the count of one region, (("topic", "region"), ("x", 13))
# one cell of a cross-tab.
Key = tuple[tuple[str, ...], tuple[Any, ...]]


class _Lattice:
    """Every quantity published about one population, and the sums that tie them together."""

    def __init__(self) -> None:
        self.values: dict[Key, int] = {}
        self.categories: dict[str, list[Any]] = {}

    def add(self, counts: dict[tuple[Any, ...], int], dims: tuple[str, ...]) -> None:
        """Add a table's cells and, by summing them, every margin down to the grand total."""
        for values in product(*(self.categories[dim] for dim in dims)):
            self.values[(dims, values)] = counts.get(values, 0)
        for drop in range(len(dims)):
            kept = dims[:drop] + dims[drop + 1 :]
            margin: dict[tuple[Any, ...], int] = {}
            for values in product(*(self.categories[dim] for dim in dims)):
                sub = values[:drop] + values[drop + 1 :]
                margin[sub] = margin.get(sub, 0) + counts.get(values, 0)
            if kept:
                self.add(margin, kept)
            else:
                self.values[((), ())] = margin.get((), 0)

    def system(self) -> tuple[System, dict[Key, int]]:
        keys = list(self.values)
        index = {key: position for position, key in enumerate(keys)}
        equations = []
        for dims, values in keys:
            for drop in range(len(dims)):
                total = (dims[:drop] + dims[drop + 1 :], values[:drop] + values[drop + 1 :])
                if total not in index:
                    continue
                parts = tuple(
                    index[(dims, (*values[:drop], category, *values[drop + 1 :]))]
                    for category in self.categories[dims[drop]]
                )
                if index[(dims, values)] == parts[0]:  # each sum once, from its first part
                    equations.append((index[total], parts))
        system = System(values=tuple(self.values[key] for key in keys), equations=tuple(equations))
        return system, index


def _normalise(value: Any) -> Any:
    return None if value in ("", None) else value


def _count(queryset: QuerySet, dims: Sequence[Dimension]) -> dict[tuple[Any, ...], int]:
    rows = queryset.order_by().values_list(*(dim.field for dim in dims)).annotate(n=Count("pk"))
    counts: dict[tuple[Any, ...], int] = {}
    for *values, n in rows:
        key = tuple(_normalise(value) for value in values)
        counts[key] = counts.get(key, 0) + n
    return counts


# Counts by the values of some dimensions, made elsewhere (a table of counts kept as records
# come in): called with the dimensions of one table, it returns its cells as `_count` does.
Counter = Callable[[Sequence[Dimension]], dict[tuple[Any, ...], int]]


def breakdowns(source: QuerySet | Manager | Counter, *specs: TableSpec) -> list[Table]:
    """Count the queryset in the database by each spec's dimensions (or ask `source`, a
    Counter, for the counts) and publish the tables, protected together (they are margins of
    one population)."""
    if isinstance(source, QuerySet | Manager):
        queryset = source.all()

        def count(dims: Sequence[Dimension]) -> dict[tuple[Any, ...], int]:
            return _count(queryset, dims)
    else:
        count = source
    lattice = _Lattice()
    labels: dict[str, dict[Any, str]] = {}
    for spec in specs:
        for dim in (spec.rows, spec.cols):
            if dim is not None and dim.field not in lattice.categories:
                labelled = dim.labelled()
                lattice.categories[dim.field] = [value for value, _label in labelled]
                labels[dim.field] = dict(labelled)
    for spec in specs:
        dims = [spec.rows] + ([spec.cols] if spec.cols else [])
        counts = count(dims)
        known = {
            key: n
            for key, n in counts.items()
            if all(v in lattice.categories[d.field] for v, d in zip(key, dims, strict=True))
        }
        lattice.add(known, tuple(dim.field for dim in dims))
    system, index = lattice.system()
    hidden = protect(system, k=min_count())

    def shown(key: Key) -> int | None:
        return HIDDEN if index[key] in hidden else lattice.values[key]

    tables: list[Table] = []
    for spec in specs:
        row_field = spec.rows.field
        row_values = lattice.categories[row_field]
        grand = shown(((), ()))
        if spec.cols is None:
            rows = [(labels[row_field][v], shown(((row_field,), (v,)))) for v in row_values]
            # Only shown zeros: a zero hidden to protect another cell stays hidden.
            empty = frozenset(label for label, value in rows if value == 0)
            tables.append(Breakdown(title=spec.title, rows=rows, total=grand, empty=empty))
            continue
        col_field = spec.cols.field
        col_values = lattice.categories[col_field]
        dims = (row_field, col_field)
        tables.append(
            CrossTab(
                title=spec.title,
                row_title=spec.rows.title,
                col_title=spec.cols.title,
                row_labels=[labels[row_field][v] for v in row_values],
                col_labels=[labels[col_field][v] for v in col_values],
                cells=[[shown((dims, (r, c))) for c in col_values] for r in row_values],
                row_totals=[shown(((row_field,), (r,))) for r in row_values],
                col_totals=[shown(((col_field,), (c,))) for c in col_values],
                total=grand,
            )
        )
    return tables


def breakdown(
    queryset: QuerySet, *, title: Label, rows: Dimension, cols: Dimension | None = None
) -> Table:
    """One table of the queryset by `rows` (and `cols`), counted in the database, suppressed."""
    return breakdowns(queryset, TableSpec(title=title, rows=rows, cols=cols))[0]


def counts_table(
    title: Label,
    counts: dict[str, int],
    *,
    total: int | None = None,
    total_label: Label = "",
) -> Breakdown:
    """A one-way table from counts already made. When rows overlap (one case in several rows),
    pass the number of distinct cases as `total` and say what it counts in `total_label`: the
    rows then add up to nothing published, and each row is protected on its own."""
    labels = list(counts)
    values = [counts[label] for label in labels]
    if total is None:
        system = System(
            values=(*values, sum(values)), equations=((len(values), tuple(range(len(values)))),)
        )
    else:
        system = System(values=(*values, total), equations=())
    hidden = protect(system, k=min_count())
    return Breakdown(
        title=title,
        rows=[
            (label, HIDDEN if position in hidden else value)
            for position, (label, value) in enumerate(zip(labels, values, strict=True))
        ],
        total=HIDDEN if len(values) in hidden else system.values[-1],
        empty=frozenset(
            label
            for position, (label, value) in enumerate(counts.items())
            if not value and position not in hidden
        ),
        total_label=total_label,
    )


def suppress(counts: dict[str, int], *, k: int | None = None) -> list[tuple[str, int | None]]:
    """The rows of `counts_table` for these counts (their total published alongside)."""
    labels = list(counts)
    values = tuple(counts[label] for label in labels)
    system = System(
        values=(*values, sum(values)), equations=((len(values), tuple(range(len(values)))),)
    )
    hidden = protect(system, k=k or min_count())
    return [
        (label, HIDDEN if position in hidden else value)
        for position, (label, value) in enumerate(zip(labels, values, strict=True))
    ]
