"""The indicator pages: the list of those the user may read, one indicator's tables (with a
chart of each one-way count table) and the same tables as CSV."""

import csv
import io

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from acoge.accounts.mixins import StaffViewMixin
from acoge.accounts.policy import can
from acoge.core.programmes import Programme

from .charts import bar_chart
from .registry import Indicator, indicators
from .tables import HIDDEN, Breakdown, CrossTab, Table, min_count


class IndicatorListView(StaffViewMixin, TemplateView):
    """The indicators the user may read, by programme."""

    permission_required = "stats.view_indicators"
    template_name = "stats/backoffice/indicator_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        readable = sorted(
            (i for i in indicators.all() if can(self.request.user, self.permission_required, i)),
            key=lambda indicator: str(indicator.title).casefold(),
        )
        context["programmes"] = [
            (programme.label, [i for i in readable if i.programme == programme])
            for programme in Programme
            if any(i.programme == programme for i in readable)
        ]
        context["k"] = min_count()
        return context


class IndicatorMixin(StaffViewMixin):
    permission_required = "stats.view_indicators"

    def get_permission_object(self) -> Indicator:
        try:
            self.indicator = indicators.get(self.kwargs["key"])
        except KeyError as exc:
            raise Http404 from exc
        return self.indicator


def _hidden_text() -> str:
    return gettext("hidden")


class IndicatorView(IndicatorMixin, TemplateView):
    """One indicator's tables, worked out now from the live data."""

    template_name = "stats/backoffice/indicator.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tables = self.indicator.compute()
        context["indicator"] = self.indicator
        context["programme"] = Programme(self.indicator.programme).label
        context["tables"] = [
            (
                table,
                bar_chart(table, hidden_text=_hidden_text())
                if isinstance(table, Breakdown) and table.unit == "count"
                else None,
            )
            for table in tables
        ]
        context["k"] = min_count()
        return context


def _cell(value: float | None, *, empty: bool = False) -> str:
    if empty:
        return gettext("no cases")
    if value is HIDDEN:
        return _hidden_text()
    return str(value)


def _csv_rows(table: Table) -> list[list[str]]:
    units = {
        "count": gettext("people or requests"),
        "hours": gettext("hours"),
        "percent": gettext("percent"),
    }
    title = str(table.title)
    total_label = str(table.total_label) or (
        gettext("Total") if table.unit == "count" else gettext("Cases measured")
    )
    if isinstance(table, CrossTab):
        rows = []
        for label, cells, row_total in table.rows:
            for column, value in zip(table.col_labels, cells, strict=True):
                rows.append([title, f"{label} · {column}", _cell(value), units["count"]])
            rows.append([title, f"{label} · {gettext('Total')}", _cell(row_total), units["count"]])
        for column, value in zip(table.col_labels, table.col_totals, strict=True):
            rows.append([title, f"{gettext('Total')} · {column}", _cell(value), units["count"]])
        rows.append([title, total_label, _cell(table.total), units["count"]])
        return rows
    rows = [
        [
            title,
            label,
            _cell(value, empty=table.unit != "count" and label in table.empty),
            units[table.unit],
        ]
        for label, value in table.rows
    ]
    rows.append([title, total_label, _cell(table.total), units["count"]])
    return rows


class IndicatorCsvView(IndicatorMixin, View):
    """The same tables as CSV: one line per cell, hidden cells spelled out, no personal data."""

    def get(self, request: HttpRequest, key: str) -> HttpResponse:
        indicator = self.indicator  # found, and permitted, in dispatch
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([gettext("Table"), gettext("Row"), gettext("Value"), gettext("Unit")])
        for table in indicator.compute():
            writer.writerows(_csv_rows(table))
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"{indicator.key.replace('.', '-')}-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
