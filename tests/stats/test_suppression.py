"""Cell suppression: a linear-programming attacker cannot narrow any hidden small count."""

import math
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from acoge.stats import suppression
from acoge.stats.suppression import (
    System,
    TableLayout,
    attacker_interval,
    linked,
    one_way,
    primary,
    protect,
    two_way,
)

K = 5
TOLERANCE = 1e-6
EXAMPLES = settings(derandomize=True, deadline=None, max_examples=40, database=None)

# Many counts from 0..4 so that tables hold several small cells and small totals.
counts = st.one_of(st.integers(0, 4), st.integers(0, 40))

# A 3×3 table whose only small count is the 2 in the corner.
CORNER = ((2, 10, 15), (12, 9, 20), (8, 30, 11))

Constraint = tuple[int, tuple[int, ...]]


def table_constraints(layout: TableLayout) -> list[Constraint]:
    """What the attacker knows of a table, written from its meaning, not from System.equations."""
    rows = len(layout.row_totals)
    cols = len(layout.col_totals)
    known = [(layout.row_totals[i], layout.cells[i]) for i in range(rows)]
    known += [(layout.col_totals[j], tuple(row[j] for row in layout.cells)) for j in range(cols)]
    known.append((layout.grand_total, layout.row_totals))
    known.append((layout.grand_total, layout.col_totals))
    return known


def attack(
    values: Sequence[int], known: Sequence[Constraint], hidden: frozenset[int], index: int
) -> tuple[float, float]:
    """An independent LP attacker: every quantity is a variable, published ones are pinned."""
    n = len(values)
    a_eq = np.zeros((len(known), n))
    for row, (total, parts) in enumerate(known):
        a_eq[row, total] += 1
        for part in parts:
            a_eq[row, part] -= 1
    bounds = [(0, None) if i in hidden else (values[i], values[i]) for i in range(n)]
    objective = np.zeros(n)
    objective[index] = 1
    low = linprog(objective, A_eq=a_eq, b_eq=np.zeros(len(known)), bounds=bounds, method="highs")
    high = linprog(-objective, A_eq=a_eq, b_eq=np.zeros(len(known)), bounds=bounds, method="highs")
    assert low.status == 0
    assert high.status in (0, 3)
    return low.fun, math.inf if high.status == 3 else -high.fun


def assert_protected(
    values: Sequence[int], known: Sequence[Constraint], hidden: frozenset[int], margin: int
) -> None:
    small = {i for i, v in enumerate(values) if 1 <= v < K}
    assert small <= hidden
    for p in small:
        lo, hi = attack(values, known, hidden, p)
        assert lo <= TOLERANCE, (p, lo)
        assert hi >= margin - TOLERANCE, (p, hi)


@st.composite
def tables(draw: st.DrawFn, cols: int | None = None) -> list[list[int]]:
    rows = draw(st.integers(1, 6))
    width = draw(st.integers(1, 6)) if cols is None else cols
    return [[draw(counts) for _ in range(width)] for _ in range(rows)]


@st.composite
def table_pairs(draw: st.DrawFn) -> tuple[list[list[int]], list[list[int]]]:
    """Two tables with equal column totals: the last row of the lighter column is topped up."""
    cols = draw(st.integers(1, 6))
    first, second = draw(tables(cols)), draw(tables(cols))
    for j in range(cols):
        gap = sum(row[j] for row in first) - sum(row[j] for row in second)
        (second if gap > 0 else first)[-1][j] += abs(gap)
    return first, second


@EXAMPLES
@given(cells=tables())
def test_every_small_count_of_a_two_way_table_is_hidden_and_cannot_be_narrowed(cells):
    system, layout = two_way(cells)
    hidden = protect(system, k=K)
    assert_protected(system.values, table_constraints(layout), hidden, margin=K)


@settings(EXAMPLES, max_examples=20)
@given(pair=table_pairs())
def test_two_tables_sharing_their_column_totals_are_protected_as_one_system(pair):
    system, layouts = linked(pair, shared="cols")
    assert layouts[0].col_totals == layouts[1].col_totals
    known = [c for layout in layouts for c in table_constraints(layout)]
    hidden = protect(system, k=K)
    assert_protected(system.values, known, hidden, margin=K)


def test_the_layout_of_a_two_way_table_maps_every_cell_and_margin_to_its_value():
    system, layout = two_way([[1, 2, 3], [4, 5, 6]])
    assert [[system.values[i] for i in row] for row in layout.cells] == [[1, 2, 3], [4, 5, 6]]
    assert [system.values[i] for i in layout.row_totals] == [6, 15]
    assert [system.values[i] for i in layout.col_totals] == [5, 7, 9]
    assert system.values[layout.grand_total] == 21


def test_linked_tables_share_one_set_of_margin_quantities_and_one_grand_total():
    system, (gender, nationality) = linked([[[1, 2], [3, 4]], [[4, 6]]], shared="cols")
    assert gender.col_totals == nationality.col_totals
    assert gender.grand_total == nationality.grand_total
    assert [system.values[i] for i in gender.col_totals] == [4, 6]
    assert system.values[nationality.cells[0][1]] == 6
    assert len(system.values) == 4 + 2 + 2 + 1 + 2 + 1


def test_linked_tables_can_share_their_row_totals_instead():
    system, (first, second) = linked([[[1, 2], [3, 4]], [[3], [7]]], shared="rows")
    assert first.row_totals == second.row_totals
    assert [system.values[i] for i in first.row_totals] == [3, 7]
    assert [[system.values[i] for i in row] for row in first.cells] == [[1, 2], [3, 4]]


def test_linked_tables_whose_shared_margins_disagree_are_rejected():
    with pytest.raises(ValueError, match="disagree"):
        linked([[[1, 2]], [[2, 2]]], shared="cols")


def test_a_small_count_in_a_one_way_table_with_its_total_forces_a_complementary_cell():
    counts_by_name = {"a": 3, "b": 10, "c": 12}
    system, layout = one_way(list(counts_by_name.values()))
    name = dict(zip(layout.cells, counts_by_name, strict=True))
    hidden = protect(system, k=K)
    known = [(layout.total, layout.cells)]
    # Hiding a alone leaks it through the published total.
    assert attack(system.values, known, frozenset({layout.cells[0]}), layout.cells[0]) == (3, 3)
    # b is the cheapest complement: a + b = 13 lets a range over [0, 13], which covers [0, 5].
    assert {name[i] for i in hidden} == {"a", "b"}
    assert layout.total not in hidden
    assert_protected(system.values, known, hidden, margin=K)


def test_two_small_counts_shield_each_other_only_when_their_sum_reaches_k():
    system, layout = one_way([3, 4, 30])
    hidden = protect(system, k=K)
    # 3 + 4 = 7: each could be anything from 0 to 7, which covers [0, 5].
    assert hidden == {layout.cells[0], layout.cells[1]}
    assert_protected(system.values, [(layout.total, layout.cells)], hidden, margin=K)
    system, layout = one_way([1, 2, 30])
    hidden = protect(system, k=K)
    # 1 + 2 = 3 caps each at 3 < 5, so the 30 must be hidden too.
    assert len(hidden) == 3
    assert_protected(system.values, [(layout.total, layout.cells)], hidden, margin=K)


def test_nothing_is_hidden_when_no_count_is_from_one_to_k_minus_one(monkeypatch):
    def no_solver(*args, **kwargs):
        raise AssertionError("no solver should be needed")

    monkeypatch.setattr(suppression, "milp", no_solver)
    monkeypatch.setattr(suppression, "linprog", no_solver)
    system, _ = two_way([[0, 7, 12], [5, 0, 9]])
    assert primary(system, k=K) == frozenset()
    assert protect(system, k=K) == frozenset()
    assert protect(System(values=(), equations=()), k=K) == frozenset()


def test_zeros_are_published_next_to_a_hidden_small_count():
    system, layout = two_way([[0, 3, 20], [0, 25, 30], [0, 40, 35]])
    hidden = protect(system, k=K)
    zeros = {row[0] for row in layout.cells} | {layout.col_totals[0]}
    assert primary(system, k=K) == {layout.cells[0][1]}
    assert not zeros & hidden
    assert_protected(system.values, table_constraints(layout), hidden, margin=K)


def test_hiding_one_more_cell_per_row_leaks_through_the_column_totals_but_protect_does_not():
    system, layout = two_way(CORNER)
    corner = layout.cells[0][0]
    known = table_constraints(layout)
    # The naive rule hides the smallest other cell of the row: 10. Column 0 then still has only
    # one hidden cell, so 22 - 12 - 8 gives the 2 away exactly.
    naive = frozenset({corner, layout.cells[0][1]})
    assert attack(system.values, known, naive, corner) == (2, 2)
    hidden = protect(system, k=K)
    # Cheapest rectangle: 10 + 12 + 9. With x = corner, the others are 12 - x, 14 - x and
    # 7 + x, so x ranges over [0, 12].
    (a, b, _), (c, d, _), _ = layout.cells
    assert hidden == {a, b, c, d}
    assert attack(system.values, known, hidden, corner) == pytest.approx((0, 12))
    assert attacker_interval(system, hidden, corner) == pytest.approx((0, 12))


def test_a_margin_below_k_is_rejected():
    system, _ = two_way(CORNER)
    with pytest.raises(ValueError, match="margin"):
        protect(system, k=K, margin=K - 1)


def test_a_wider_margin_widens_the_interval_of_every_small_count():
    system, layout = two_way(CORNER)
    corner = layout.cells[0][0]
    known = table_constraints(layout)
    narrow = protect(system, k=K)
    wide = protect(system, k=K, margin=15)
    assert protect(system, k=K, margin=K) == narrow
    narrow_lo, narrow_hi = attack(system.values, known, narrow, corner)
    wide_lo, wide_hi = attack(system.values, known, wide, corner)
    assert narrow_hi < 15
    assert wide_lo <= 0 + TOLERANCE
    assert wide_hi >= 15 - TOLERANCE
    assert wide_hi - wide_lo >= narrow_hi - narrow_lo
    assert_protected(system.values, known, wide, margin=15)


def test_one_small_cell_in_a_big_table_costs_only_the_cheapest_rectangle():
    cells = [[20 + (7 * i + 11 * j) % 31 for j in range(5)] for i in range(5)]
    cells[2][3] = 2
    system, layout = two_way(cells)
    hidden = protect(system, k=K)
    position = {layout.cells[i][j]: (i, j) for i in range(5) for j in range(5)}
    assert hidden <= position.keys()
    assert len(hidden) == 4
    rows = {position[i][0] for i in hidden}
    cols = {position[i][1] for i in hidden}
    assert len(rows) == len(cols) == 2 and (2, 3) in {position[i] for i in hidden}
    # Every cell but the 2 is >= 20, so every rectangle protects; the MILP picks the smallest.
    others = [(i, j) for i in range(5) for j in range(5) if i != 2 and j != 3]
    cheapest = min(cells[2][j] + cells[i][3] + cells[i][j] for i, j in others)
    assert sum(system.values[i] for i in hidden) - 2 == cheapest
    assert_protected(system.values, table_constraints(layout), hidden, margin=K)
