"""The bar chart beside each count table: a named SVG picture of the table that follows it,
drawn on the server, with hidden counts shown as hidden and never as zero."""

import re

import pytest
from django.urls import reverse

from acoge.accounts.models import Role
from acoge.stats.charts import bar_chart
from acoge.stats.tables import HIDDEN, Breakdown
from tests.stats.test_indicator_pages import registrations, table_rows  # noqa: F401

pytestmark = pytest.mark.django_db

CAPTION = "Inscripciones por región"


def indicator_page(staff_client) -> str:
    client = staff_client(Role.GENDER_UNIT)
    response = client.get(reverse("stats:indicator", args=["workshops.registrations"]))
    assert response.status_code == 200
    return response.content.decode()


def first_chart(html: str) -> str:
    start = html.index('<figure class="ac-chart">')
    return html[start : html.index("</figure>", start) + len("</figure>")]


def chart_row(chart: str, label: str) -> str:
    """The SVG group drawing one row of the chart."""
    groups = re.findall(r'<g class="ac-chart__row">(.*?)</g>', chart, re.S)
    return next(group for group in groups if f">{label}</text>" in group)


def test_the_chart_is_a_named_image_followed_by_the_table_it_pictures(
    staff_client,
    registrations,  # noqa: F811
):
    html = indicator_page(staff_client)
    chart = first_chart(html)
    svg = re.search(r"<svg [^>]*>", chart).group(0)
    assert 'role="img"' in svg
    labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1)
    title = re.search(rf'<title id="{labelled_by}">(.*?)</title>', chart).group(1)
    assert CAPTION in title
    # The figures themselves are in the table right after the chart.
    after = html[html.index(chart) + len(chart) :]
    assert re.search(r"<caption[^>]*>(.*?)</caption>", after).group(1) == CAPTION
    assert table_rows(html, CAPTION)[registrations["02"]] == "7"


def test_a_hidden_count_is_drawn_as_a_hidden_bar_not_as_zero(
    staff_client,
    registrations,  # noqa: F811
):
    chart = first_chart(indicator_page(staff_client))
    hidden = chart_row(chart, registrations["08"])  # Biobío's 2
    assert "ac-chart__bar--hidden" in hidden
    assert re.search(r'width="(\d+(\.\d+)?)"', hidden).group(1) not in ("0", "0.0")
    assert ">oculto</text>" in hidden
    assert ">0</text>" not in hidden and ">–</text>" not in hidden
    shown = chart_row(chart, registrations["02"])
    assert "ac-chart__bar--hidden" not in shown and ">7</text>" in shown


def test_the_chart_needs_no_javascript(staff_client, registrations):  # noqa: F811
    chart = first_chart(indicator_page(staff_client))
    assert "<script" not in chart
    assert not re.search(r"\son\w+=", chart), "no event handlers"


def table(rows, *, empty=()) -> Breakdown:
    return Breakdown(title="x", rows=rows, total=None, empty=frozenset(empty))


def test_a_hidden_row_has_an_outlined_bar_and_a_row_with_no_cases_has_none():
    chart = bar_chart(
        table([("a", 0), ("b", HIDDEN), ("c", 12), ("d", 6)], empty={"a"}), hidden_text="hidden"
    )
    bars = {bar.label: bar for bar in chart.bars}
    assert (bars["b"].hidden, bars["b"].value) == (True, "hidden")
    assert bars["b"].width > 0
    assert (bars["a"].empty, bars["a"].width, bars["a"].value) == (True, 0, "–")
    assert bars["c"].width == 2 * bars["d"].width


def test_a_table_whose_every_row_is_hidden_or_empty_gets_no_chart():
    assert (
        bar_chart(table([("a", HIDDEN), ("b", HIDDEN), ("c", 0)], empty={"c"}), hidden_text="h")
        is None
    )
