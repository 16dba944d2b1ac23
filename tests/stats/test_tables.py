from acoge.stats.measures import measures, shares
from acoge.stats.tables import counts_table, suppress


def test_counts_under_five_are_hidden_and_zero_and_larger_counts_shown():
    assert suppress({"a": 0, "b": 3, "c": 5, "d": 12, "e": 4}) == [
        ("a", 0),
        ("b", None),
        ("c", 5),
        ("d", 12),
        ("e", None),
    ]


def test_a_single_hidden_cell_takes_the_next_smallest_with_it_so_the_total_cannot_reveal_it():
    rows = suppress({"Arica": 2, "Antofagasta": 7, "Metropolitana": 40})
    assert rows == [("Arica", None), ("Antofagasta", None), ("Metropolitana", 40)]


def test_a_total_under_five_is_not_published_either():
    assert counts_table("x", {"a": 1, "b": 2}).total is None
    assert counts_table("x", {"a": 10, "b": 2, "c": 9}).total == 21


def test_a_total_of_one_to_four_is_hidden_but_none_at_all_is_zero():
    assert counts_table("x", {"a": 1, "b": 2}).total is None
    assert counts_table("x", {"a": 0, "b": 0}).total == 0


def test_rows_with_no_cases_are_named_apart_from_hidden_ones():
    table = counts_table("x", {"a": 0, "b": 3, "c": 9})
    assert table.empty == {"a"}
    assert dict(table.rows)["b"] is None


def test_a_measure_over_an_overall_row_counts_each_case_once():
    cases = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    table = measures(
        "hours",
        {"All regions": cases, "Ñuble": cases[:5], "Aysén": cases[5:], "Maule": []},
        share=0.5,
        unit="hours",
        overall="All regions",
    )
    assert table.total == 6  # not 12
    assert dict(table.rows) == {"All regions": 3.0, "Ñuble": 3.0, "Aysén": None, "Maule": None}
    assert table.empty == {"Maule"}  # no cases: a dash, not "fewer than 5"


def test_a_share_over_an_overall_row_counts_each_whole_once():
    table = shares("late", {"All": (5, 12), "A": (5, 12), "B": (0, 0)}, overall="All")
    assert table.total == 12
    assert dict(table.rows)["All"] == 41.7
    assert table.empty == {"B"}


def test_a_share_whose_part_or_rest_is_small_is_hidden_since_its_whole_is_published():
    # 3 late of 7, with the 7 published as the cases measured, would say exactly 3.
    table = shares("late", {"All": (3, 7), "A": (6, 8), "B": (5, 10)}, overall="All")
    rows = dict(table.rows)
    assert rows["All"] is None and rows["A"] is None, "3 late; 2 on time"
    assert rows["B"] == 50.0
