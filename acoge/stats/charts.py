"""Server-rendered bar charts: SVG drawn from a one-way table, for pages that also show the
table itself (the chart is a picture of it, described by its title; the table is what screen
readers and CSV read). No JavaScript, no library. A hidden count is drawn as an outlined,
labelled "hidden" bar, never as a zero."""

from dataclasses import dataclass

from django.utils.formats import number_format

from .tables import HIDDEN, Breakdown

WIDTH = 640  # the viewBox; the SVG scales to its container
LABEL_WIDTH = 240
VALUE_WIDTH = 72
BAR_HEIGHT = 22
GAP = 10


@dataclass(frozen=True)
class Bar:
    label: str
    value: str  # as shown beside the bar
    y: int
    width: float  # 0 for an empty row; a fixed outline for a hidden one
    hidden: bool
    empty: bool

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2 + 5


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    height: int
    bar_x: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT
    width: int = WIDTH

    @property
    def value_x(self) -> int:
        return WIDTH - VALUE_WIDTH + 8


def bar_chart(table: Breakdown, *, hidden_text: str, empty_text: str = "–") -> Chart | None:
    """The bars of a one-way table, longest for the largest shown value; None for a table with
    nothing to draw (every row hidden or empty)."""
    shown = [value for _label, value in table.rows if value is not HIDDEN]
    largest = max(shown, default=0)
    if not largest:
        return None
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for position, (label, value) in enumerate(table.rows):
        empty = label in table.empty
        hidden = value is HIDDEN and not empty
        if hidden:
            text = hidden_text
        elif empty:
            text = empty_text
        else:
            text = number_format(value)
        bars.append(
            Bar(
                label=label,
                value=text,
                y=position * (BAR_HEIGHT + GAP),
                width=(span / 4 if hidden else 0 if empty else max(1.0, span * value / largest)),
                hidden=hidden,
                empty=empty,
            )
        )
    return Chart(bars=bars, height=len(bars) * (BAR_HEIGHT + GAP) - GAP)
