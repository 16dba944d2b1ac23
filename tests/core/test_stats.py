from acoge.core.stats import breakdown, suppress


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
    assert breakdown("x", {"a": 1, "b": 2}).total == 0
    assert breakdown("x", {"a": 10, "b": 2, "c": 9}).total == 21
