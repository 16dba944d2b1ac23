"""Whose voice is missing: participants' shares next to the population's, from the reference
figures staff keep; a group under ACOGE_UNDER_REPRESENTED_RATIO of its share is named; a hidden
count is never turned into a share; without figures there is nothing to compare."""

import pytest

from acoge.stats.demographics import BY_FIELD, NationalityGroup
from acoge.stats.models import PopulationFigure, PopulationSource
from acoge.stats.representation import compare
from acoge.stats.tables import Breakdown

pytestmark = pytest.mark.django_db
NATIONALITY = BY_FIELD["nationality_group"]


def label(value: str) -> str:
    return str(NationalityGroup(value).label)


def table(counts: dict[str, int | None], not_answered: int = 0) -> Breakdown:
    rows = [(label(value), counts.get(value, 0)) for value in NationalityGroup.values]
    rows.append((str(NATIONALITY.blank), not_answered))
    return Breakdown(title="t", rows=rows, total=None)


def test_the_reference_figures_of_the_estimate_are_loaded_with_their_source():
    source = PopulationSource.objects.get(used_for_comparison=True)
    assert source.year == 2023 and source.url.startswith("https://")
    haiti = PopulationFigure.objects.get(
        source=source, dimension="nationality_group", category="HT"
    )
    assert float(haiti.share) == pytest.approx(9.81, abs=0.01)  # 188,131 of 1,918,583


def test_a_group_well_under_its_share_is_named_and_others_are_not(settings):
    settings.ACOGE_UNDER_REPRESENTED_RATIO = 0.75
    # 100 answered: Venezuela 10 % (38 % of the population), Haiti 20 % (9.8 %).
    counts = {"VE": 10, "HT": 20, "PE": 14, "CO": 11, "BO": 10, "AR": 5, "OT": 30}
    comparison = compare(table(counts, not_answered=40), NATIONALITY, "nationality_group")
    groups = {group.label: group for group in comparison.groups}
    assert comparison.answered == 100, "who did not answer is left out of the shares"
    assert groups[label("VE")].participants == 10.0 and groups[label("VE")].under
    assert not groups[label("HT")].under and not groups[label("PE")].under
    assert comparison.missing == [label("VE")]


def test_a_hidden_count_gives_no_share_and_names_no_one():
    counts = {"VE": None, "HT": 20, "PE": 14}
    comparison = compare(table(counts), NATIONALITY, "nationality_group")
    assert comparison.answered is None
    assert all(group.participants is None and not group.under for group in comparison.groups)


def test_with_a_hidden_count_the_others_are_shares_of_the_published_total(settings):
    settings.ACOGE_UNDER_REPRESENTED_RATIO = 0.75
    counts = {"VE": 10, "HT": None, "PE": 14, "CO": 11, "BO": None, "AR": 6, "OT": 49}
    rows = [(label(value), counts.get(value, 0)) for value in NationalityGroup.values]
    rows.append((str(NATIONALITY.blank), 40))
    comparison = compare(
        Breakdown(title="t", rows=rows, total=140), NATIONALITY, "nationality_group"
    )
    groups = {group.label: group for group in comparison.groups}
    assert comparison.answered == 100, "140 took part, 40 did not say"
    assert groups[label("VE")].participants == 10.0 and groups[label("VE")].under
    assert groups[label("HT")].participants is None and not groups[label("HT")].under


def test_without_reference_figures_there_is_nothing_to_compare():
    PopulationSource.objects.update(used_for_comparison=False)
    assert compare(table({"VE": 10}), NATIONALITY, "nationality_group") is None
