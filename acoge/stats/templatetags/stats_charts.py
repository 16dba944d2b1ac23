"""`{% chart table %}`: the SVG bar chart of a one-way count table, drawn where the table is
shown (the table follows it). Each chart on a page gets its own id for its title."""

import itertools

from django import template
from django.template.loader import render_to_string
from django.utils.translation import gettext

from ..charts import bar_chart
from ..tables import Breakdown

register = template.Library()
_ids = itertools.count(1)


@register.simple_tag
def chart(table) -> str:
    if not isinstance(table, Breakdown) or table.unit != "count":
        return ""
    drawn = bar_chart(table, hidden_text=gettext("hidden"))
    if drawn is None:
        return ""
    return render_to_string(
        "stats/components/chart.html",
        {"chart": drawn, "table": table, "chart_id": f"c{next(_ids)}"},
    )
