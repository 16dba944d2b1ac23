"""Primary and secondary cell suppression for published count tables.

Statistical disclosure control for tables of counts (people per region, per nationality, ...)
published together with their margins. Pure Python plus NumPy/SciPy; no Django.

Model
-----
A published ``System`` is a tuple of non-negative integer quantities (every interior cell of one
or more tables and every margin or total) and additive equations ``total = sum of parts`` between
them. ``one_way``, ``two_way`` and ``linked`` build systems and return a layout that maps table
positions to quantity indices.

Attacker
--------
The attacker knows the equations, knows that every quantity is >= 0 and sees every published
value. For a hidden quantity p the attacker solves the linear programmes min x_p and max x_p over
that feasible region (``attacker_interval``). The guarantee of ``protect`` is stated against this
attacker: every primary quantity p gets an interval [lo, hi] that holds [0, margin]: lo is 0 and
hi is at least margin (which is at least k). So the attacker can tell neither that the hidden
count is non-zero nor that it is small: it could be none, or a count that would be published.
The interval is at least `margin` wide.

Algorithm (``protect``)
-----------------------
1. Primary quantities: every cell or total whose value is from 1 to k - 1 (zeros are published).
2. For each primary p, in index order, that the attacker LP shows is not yet protected, solve one
   MILP (``scipy.optimize.milp``, HiGHS) for the cheapest set of extra quantities to hide such
   that two perturbations y_up (y_up[p] = margin - v) and y_down (y_down[p] = -v) exist. Each
   satisfies every equation, is 0 on published quantities and keeps hidden ones non-negative
   (y[i] >= -values[i]); x + y is then a feasible point for the attacker, so it proves the
   required bound. Binary z[i] says "hide i" and links the bounds with a big-M (y[i] <= M z[i],
   y[i] >= -values[i] z[i], M = sum of all values + margin). The objective, sum of w[i] z[i]
   with w[i] = 1 + values[i] / (1 + max value), hides the fewest quantities, then the smallest.
3. The chosen quantities join the hidden set and the loop moves to the next primary.
4. A final pass re-checks every primary with the attacker LP.
5. If a MILP fails or the final pass finds a leak, every quantity of the system is hidden.

Hiding everything is always safe: the equations are homogeneous, so with nothing published both
x = 0 and x = t * values (any t >= 0) are feasible, which gives every primary (v > 0) the
interval [0, inf). ``protect`` therefore never returns an unsafe pattern.

Limits
------
The guarantee is against a *linear* attacker. An attacker who also uses integrality, knows the
suppression rule (for example that a hidden complement is >= k) or has outside knowledge may
learn more. Linked tables that share a margin are only protected if they are passed to
``protect`` as one ``linked`` system.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

# The LP and MILP solvers work in floats; integer data makes 1e-6 a safe slack.
TOLERANCE = 1e-6

Equation = tuple[int, tuple[int, ...]]


@dataclass(frozen=True)
class System:
    """Published non-negative integer quantities and the equations ``total = sum(parts)``."""

    values: tuple[int, ...]
    equations: tuple[Equation, ...]

    def __post_init__(self) -> None:
        # Coerce lists (and NumPy integers) so that a System is hashable and usable as a cache key.
        values = tuple(operator.index(v) for v in self.values)
        equations = tuple(
            (operator.index(total), tuple(operator.index(i) for i in parts))
            for total, parts in self.equations
        )
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "equations", equations)
        if any(v < 0 for v in values):
            raise ValueError("every quantity must be >= 0")
        n = len(values)
        for total, parts in equations:
            if not all(0 <= i < n for i in (total, *parts)):
                raise ValueError(f"equation ({total}, {parts}) refers to a missing quantity")
            if values[total] != sum(values[i] for i in parts):
                raise ValueError(f"equation ({total}, {parts}) does not hold for the values")


@dataclass(frozen=True)
class OneWayLayout:
    """Quantity indices of a one-way table: ``cells[i]`` and the ``total``."""

    cells: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class TableLayout:
    """Quantity indices of a two-way table: ``cells[i][j]``, its margins and grand total."""

    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...]
    col_totals: tuple[int, ...]
    grand_total: int


def one_way(counts: Sequence[int]) -> tuple[System, OneWayLayout]:
    """A one-way table: n cells (indices 0..n-1) and their total (index n)."""
    values = (*counts, sum(counts))
    n = len(counts)
    system = System(values=values, equations=((n, tuple(range(n))),))
    return system, OneWayLayout(cells=tuple(range(n)), total=n)


def two_way(cells: Sequence[Sequence[int]]) -> tuple[System, TableLayout]:
    """An R×C table: cells row by row, then R row totals, C column totals and the grand total.

    The grand total is both the sum of the row totals and the sum of the column totals.
    """
    system, (layout,) = linked([cells])
    return system, layout


def linked(
    tables: Sequence[Sequence[Sequence[int]]], shared: Literal["rows", "cols"] = "cols"
) -> tuple[System, tuple[TableLayout, ...]]:
    """Two-way tables published together that share one margin and the grand total.

    With ``shared="cols"`` (for example gender×region and nationality×region) the column totals
    are one set of quantities that appears in the equations of every table, so every layout
    holds the same ``col_totals`` and ``grand_total`` indices. ``shared="rows"`` shares the row
    totals instead. Raises ValueError if the shared margins disagree.
    """
    if shared not in ("rows", "cols"):
        raise ValueError("shared must be 'rows' or 'cols'")
    if not tables:
        raise ValueError("at least one table is needed")
    matrices = [_matrix(table) for table in tables]
    if shared == "rows":
        # Sharing rows is sharing the columns of the transposed tables.
        matrices = [tuple(zip(*m, strict=True)) if m else () for m in matrices]
    system, layouts = _linked_by_cols(matrices)
    if shared == "rows":
        layouts = tuple(
            TableLayout(
                cells=tuple(zip(*t.cells, strict=True)) if t.cells else (),
                row_totals=t.col_totals,
                col_totals=t.row_totals,
                grand_total=t.grand_total,
            )
            for t in layouts
        )
    return system, layouts


def _matrix(table: Sequence[Sequence[int]]) -> tuple[tuple[int, ...], ...]:
    rows = tuple(tuple(row) for row in table)
    if len({len(row) for row in rows}) > 1:
        raise ValueError("every row of a table must have the same number of cells")
    return rows


def _linked_by_cols(
    matrices: Sequence[tuple[tuple[int, ...], ...]],
) -> tuple[System, tuple[TableLayout, ...]]:
    widths = {len(m[0]) if m else 0 for m in matrices}
    if len(widths) > 1:
        raise ValueError("linked tables must have the same number of shared totals")
    sums = [tuple(sum(col) for col in zip(*m, strict=True)) if m else () for m in matrices]
    if any(s != sums[0] for s in sums):
        raise ValueError(f"the shared margins disagree: {sums}")
    values: list[int] = []

    def add(value: int) -> int:
        values.append(value)
        return len(values) - 1

    own: list[tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]] = []
    for m in matrices:
        cells = tuple(tuple(add(v) for v in row) for row in m)
        row_totals = tuple(add(sum(row)) for row in m)
        own.append((cells, row_totals))
    col_totals = tuple(add(s) for s in sums[0])
    grand = add(sum(sums[0]))

    equations: list[Equation] = []
    for table, (cells, row_totals) in enumerate(own):
        equations.extend(zip(row_totals, cells, strict=True))
        columns = tuple(zip(*cells, strict=True)) if cells else ((),) * len(col_totals)
        equations.extend(zip(col_totals, columns, strict=True))
        equations.append((grand, row_totals))
        if table == 0:
            equations.append((grand, col_totals))
    layouts = tuple(
        TableLayout(cells=cells, row_totals=row_totals, col_totals=col_totals, grand_total=grand)
        for cells, row_totals in own
    )
    return System(values=tuple(values), equations=tuple(equations)), layouts


def primary(system: System, *, k: int) -> frozenset[int]:
    """Indices of the quantities (cells and totals) whose value is from 1 to k - 1."""
    return frozenset(i for i, v in enumerate(system.values) if 1 <= v < k)


def protect(system: System, *, k: int, margin: int | None = None) -> frozenset[int]:
    """Indices to hide: the primary quantities plus complementary ones.

    Guarantee: for every primary quantity p, ``attacker_interval`` over the returned hidden set
    gives [lo, hi] with lo <= 0 and hi >= margin (up to a float tolerance of 1e-6): the hidden
    count could be none at all, or as large as a published one. ``margin`` defaults to k and
    must be >= k. Deterministic and memoised; a system with nothing primary returns frozenset()
    without calling a solver.
    """
    if k < 1:
        raise ValueError("k must be >= 1")
    margin = k if margin is None else margin
    if margin < k:
        raise ValueError(f"margin ({margin}) must be >= k ({k})")
    return _protect_cached(system.values, system.equations, k, margin)


@functools.lru_cache(maxsize=256)
def _protect_cached(
    values: tuple[int, ...], equations: tuple[Equation, ...], k: int, margin: int
) -> frozenset[int]:
    system = System(values=values, equations=equations)
    primaries = sorted(primary(system, k=k))
    if not primaries:
        return frozenset()
    everything = frozenset(range(len(values)))
    hidden = set(primaries)
    for p in primaries:
        if _is_protected(system, frozenset(hidden), p, margin):
            continue
        extra = _complements(system, frozenset(hidden), p, margin)
        if extra is None:
            return everything
        # Hiding more only enlarges the attacker's feasible region (fewer fixed values), so
        # every primary protected by an earlier step stays protected.
        hidden |= extra
    result = frozenset(hidden)
    # The MILP works in floats; never return a pattern that the exact check does not accept.
    if not all(_is_protected(system, result, p, margin) for p in primaries):
        return everything
    return result


def _is_protected(system: System, hidden: frozenset[int], p: int, margin: int) -> bool:
    try:
        lo, hi = attacker_interval(system, hidden, p)
    except RuntimeError:
        return False
    return lo <= TOLERANCE and hi >= margin - TOLERANCE


def _complements(
    system: System, hidden: frozenset[int], p: int, margin: int
) -> frozenset[int] | None:
    """The cheapest extra quantities whose hiding protects p, or None if the MILP fails."""
    values = np.asarray(system.values, dtype=float)
    n = len(values)
    v = system.values[p]
    up = float(margin - v)  # primaries have v < k <= margin
    down = float(v)
    big_m = float(sum(system.values) + margin)
    weights = 1.0 + values / (1.0 + values.max())

    # Variables: y_up[0:n], y_down[n:2n], z[2n:3n].
    def y(direction: int, i: int) -> int:
        return direction * n + i

    def z(i: int) -> int:
        return 2 * n + i

    rows: list[int] = []
    cols: list[int] = []
    data: list[float] = []
    row = 0
    for total, parts in system.equations:
        for direction in (0, 1):
            rows.append(row)
            cols.append(y(direction, total))
            data.append(1.0)
            for part in parts:
                rows.append(row)
                cols.append(y(direction, part))
                data.append(-1.0)
            row += 1
    n_equations = row
    # Linking rows, only for quantities that are still published (z free): y - M z <= 0 and
    # y + values z >= 0, i.e. y is 0 unless the quantity is hidden.
    link_lb: list[float] = []
    link_ub: list[float] = []
    for i in range(n):
        if i in hidden:
            continue
        for direction in (0, 1):
            rows.extend((row, row))
            cols.extend((y(direction, i), z(i)))
            data.extend((1.0, -big_m))
            link_lb.append(-np.inf)
            link_ub.append(0.0)
            row += 1
            rows.extend((row, row))
            cols.extend((y(direction, i), z(i)))
            data.extend((1.0, values[i]))
            link_lb.append(0.0)
            link_ub.append(np.inf)
            row += 1
    matrix = sparse.csr_array((data, (rows, cols)), shape=(row, 3 * n))
    lower = np.concatenate([-values, -values, np.zeros(n)])
    upper = np.concatenate([np.full(n, big_m), np.full(n, big_m), np.ones(n)])
    for i in hidden:
        lower[z(i)] = 1.0
    lower[y(0, p)] = upper[y(0, p)] = up
    lower[y(1, p)] = upper[y(1, p)] = -down
    constraints = [
        LinearConstraint(matrix[:n_equations], np.zeros(n_equations), np.zeros(n_equations))
    ]
    if row > n_equations:
        constraints.append(LinearConstraint(matrix[n_equations:], link_lb, link_ub))
    result = milp(
        np.concatenate([np.zeros(2 * n), weights]),
        integrality=np.concatenate([np.zeros(2 * n), np.ones(n)]),
        bounds=Bounds(lower, upper),
        constraints=constraints,
    )
    if result.status != 0 or result.x is None:
        return None
    x = result.x
    # Hide z = 1 and also the support of both perturbations: a z that is 0 only up to the
    # integrality tolerance could otherwise let y leak through a published quantity.
    return frozenset(
        i
        for i in range(n)
        if i not in hidden
        and (x[z(i)] > 0.5 or abs(x[y(0, i)]) > TOLERANCE or abs(x[y(1, i)]) > TOLERANCE)
    )


def attacker_interval(system: System, hidden: AbstractSet[int], index: int) -> tuple[float, float]:
    """Min and max of quantity ``index`` that an LP attacker can prove.

    The feasible region is {x >= 0, every equation holds, x[i] = values[i] for i not hidden}.
    A published quantity gives (value, value); ``hi`` is math.inf when the maximum is unbounded.
    Raises RuntimeError if the solver fails.
    """
    values = system.values
    if not 0 <= index < len(values):
        raise IndexError(f"no quantity {index}")
    if index not in hidden:
        return float(values[index]), float(values[index])
    order = sorted(i for i in hidden if 0 <= i < len(values))
    position = {i: c for c, i in enumerate(order)}
    a_rows: list[np.ndarray] = []
    b: list[float] = []
    for total, parts in system.equations:
        row = np.zeros(len(order))
        rhs = 0.0
        # total - sum(parts) = 0, with the published values moved to the right-hand side.
        for i, sign in ((total, 1.0), *((part, -1.0) for part in parts)):
            if i in position:
                row[position[i]] += sign
            else:
                rhs -= sign * values[i]
        if np.any(row):
            a_rows.append(row)
            b.append(rhs)
    a_eq = np.array(a_rows) if a_rows else None
    b_eq = np.array(b) if a_rows else None
    objective = np.zeros(len(order))
    objective[position[index]] = 1.0
    low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
    if low.status != 0:
        raise RuntimeError(f"attacker LP (min) failed: {low.message}")
    high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
    if high.status == 3:
        return float(low.fun), math.inf
    if high.status != 0:
        raise RuntimeError(f"attacker LP (max) failed: {high.message}")
    return float(low.fun), float(-high.fun)
