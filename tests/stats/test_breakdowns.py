"""Tables counted in the database (GROUP BY) and published together are protected together: an
attacker who solves the linear programme of every published figure of two cross-tables that
share their region totals, and of the one-way tables beside them, still finds every hidden
small count anywhere from 0 to at least K. Runs on SQLite and PostgreSQL alike."""

import datetime
import random

import numpy as np
import pytest
from scipy.optimize import linprog

from acoge.contact.models import StatsAnswer
from acoge.contact.stats import REGION
from acoge.core.models import Region
from acoge.stats import demographics
from acoge.stats.demographics import AgeBand, NationalityGroup
from acoge.stats.tables import HIDDEN, Breakdown, CrossTab, min_count

pytestmark = pytest.mark.django_db

CUTS = ("02", "05", "13", "15")


def answers(seed: int) -> dict[tuple[str, str, int], int]:
    """Random counts by (age band, nationality group, region), many of them small."""
    rng = random.Random(seed)
    regions = list(Region.objects.filter(cut_code__in=CUTS))
    counts = {}
    for age in list(AgeBand)[:3]:
        for nationality in list(NationalityGroup)[:3]:
            for region in regions:
                counts[(age, nationality, region.pk)] = rng.choice([0, 0, 0, 0, 0, 1, 2, 3, 6, 12])
    rows = [
        StatsAnswer(
            topic="work",
            region_id=region,
            month=datetime.date(2026, 11, 1),
            age_band=age,
            nationality_group=nationality,
        )
        for (age, nationality, region), n in counts.items()
        for _ in range(n)
    ]
    StatsAnswer.objects.bulk_create(rows)
    return counts


def attack(tables: list, truth: dict, k: int) -> list[tuple[str, float, float]]:
    """Every hidden small cell of the cross-tables whose interval is narrower than [0, k]."""
    crosses = [t for t in tables if isinstance(t, CrossTab)]
    # Unknowns: the true cells of both cross-tables (the attacker knows their layout).
    shape = [(len(t.row_labels), len(t.col_labels)) for t in crosses]
    offsets = np.cumsum([0] + [r * c for r, c in shape])
    size = int(offsets[-1])
    equations, values = [], []

    def fix(coefficients: dict[int, float], value: float) -> None:
        row = np.zeros(size)
        for index, coefficient in coefficients.items():
            row[index] = coefficient
        equations.append(row)
        values.append(value)

    for t, table in enumerate(crosses):
        rows, cols = shape[t]

        def cell(i, j, t=t, cols=cols):
            return int(offsets[t]) + i * cols + j

        for i in range(rows):
            for j in range(cols):
                if table.cells[i][j] is not HIDDEN:
                    fix({cell(i, j): 1}, table.cells[i][j])
            if table.row_totals[i] is not HIDDEN:
                fix({cell(i, j): 1 for j in range(cols)}, table.row_totals[i])
        for j in range(cols):
            if table.col_totals[j] is not HIDDEN:
                fix({cell(i, j): 1 for i in range(rows)}, table.col_totals[j])
        if table.total is not HIDDEN:
            fix({cell(i, j): 1 for i in range(rows) for j in range(cols)}, table.total)
    # The one-way tables beside them: by age band and by nationality, the same people.
    for one_way in (t for t in tables if isinstance(t, Breakdown)):
        for t, table in enumerate(crosses):
            if table.row_labels != [label for label, _value in one_way.rows]:
                continue
            rows, cols = shape[t]
            for i, (_label, value) in enumerate(one_way.rows):
                if value is not HIDDEN:
                    fix({int(offsets[t]) + i * cols + j: 1 for j in range(cols)}, value)
    leaks = []
    for t, table in enumerate(crosses):
        rows, cols = shape[t]
        for i in range(rows):
            for j in range(cols):
                true = truth[(t, i, j)]
                if table.cells[i][j] is not HIDDEN or not 0 < true < k:
                    continue
                index = int(offsets[t]) + i * cols + j
                objective = np.zeros(size)
                objective[index] = 1
                bounds = [(0, None)] * size
                low = linprog(objective, A_eq=equations, b_eq=values, bounds=bounds)
                high = linprog(-objective, A_eq=equations, b_eq=values, bounds=bounds)
                lo = low.fun
                hi = np.inf if high.status == 3 else -high.fun
                if lo > 1e-6 or hi < k - 1e-6:
                    leaks.append((f"{table.title}[{i}][{j}]={true}", lo, hi))
    return leaks


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_two_cross_tables_sharing_the_region_totals_leak_no_small_count(seed):
    counts = answers(seed)
    tables = demographics.participant_tables(
        StatsAnswer.objects.all(),
        crossed=(("age_band", REGION), ("nationality_group", REGION)),
    )
    age_by_region, nationality_by_region = (t for t in tables if isinstance(t, CrossTab))
    regions = [*(pk for pk, _name in REGION.categories()), None]
    truth = {}
    for t, (field, categories) in enumerate(
        (("age", [*AgeBand, None]), ("nationality", [*NationalityGroup, None]))
    ):
        for i, category in enumerate(categories):
            for j, region in enumerate(regions):
                truth[(t, i, j)] = sum(
                    n
                    for (age, nationality, where), n in counts.items()
                    if where == region and (age if field == "age" else nationality) == category
                )
    k = min_count()
    assert any(
        value is HIDDEN
        for table in (age_by_region, nationality_by_region)
        for row in table.cells
        for value in row
    ), "the random table has small counts to hide"
    for table in (age_by_region, nationality_by_region):
        for row in table.cells:
            for value in row:
                assert value is HIDDEN or value == 0 or value >= k, "no small count shown"
    assert attack(tables, truth, k) == []
