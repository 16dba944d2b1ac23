"""Core staff pages: the audit log (national administrators) and the indicators."""

import csv
import io
from datetime import datetime, time

from django import forms
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import ListView, TemplateView

from acoge.accounts.mixins import StaffViewMixin
from acoge.accounts.policy import can

from ..audit import describe
from ..forms import DatePartsField
from ..models import AuditEntry, Region
from ..stats import PROGRAMMES, Indicator, K, indicators


class AuditFilterForm(forms.Form):
    actor = forms.ModelChoiceField(
        label=_("Staff member"),
        queryset=get_user_model().objects.all(),
        required=False,
        empty_label=_("Anyone"),
    )
    action = forms.CharField(
        label=_("Action contains"), required=False, help_text=_("For example: contact.request")
    )
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), required=False, empty_label=_("All")
    )
    since = DatePartsField(label=_("From"), required=False)
    until = DatePartsField(label=_("To"), required=False)


class AuditLogView(StaffViewMixin, ListView):
    permission_required = "core.view_audit"
    template_name = "core/backoffice/audit_list.html"
    paginate_by = 50

    def get_queryset(self):
        entries = AuditEntry.objects.select_related("actor", "region")
        self.form = AuditFilterForm(self.request.GET or None)
        if self.form.is_valid():
            data = self.form.cleaned_data
            if data["actor"]:
                entries = entries.filter(actor=data["actor"])
            if data["action"]:
                entries = entries.filter(action__icontains=data["action"])
            if data["region"]:
                entries = entries.filter(region=data["region"])
            zone = timezone.get_current_timezone()
            if data["since"]:
                entries = entries.filter(
                    created_at__gte=datetime.combine(data["since"], time.min, zone)
                )
            if data["until"]:
                entries = entries.filter(
                    created_at__lte=datetime.combine(data["until"], time.max, zone)
                )
        return entries

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["rows"] = [(entry, describe(entry)) for entry in context["object_list"]]
        return context


class IndicatorListView(StaffViewMixin, TemplateView):
    """The indicators the user may read, by programme."""

    permission_required = "core.view_indicators"
    template_name = "core/backoffice/indicator_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        readable = sorted(
            (i for i in indicators.all() if can(self.request.user, self.permission_required, i)),
            key=lambda indicator: str(indicator.title).casefold(),
        )
        context["programmes"] = [
            (title, [i for i in readable if i.programme == key])
            for key, title in PROGRAMMES.items()
            if any(i.programme == key for i in readable)
        ]
        context["k"] = K
        return context


class IndicatorMixin(StaffViewMixin):
    permission_required = "core.view_indicators"

    def get_permission_object(self) -> Indicator:
        try:
            self.indicator = indicators.get(self.kwargs["key"])
        except KeyError as exc:
            raise Http404 from exc
        return self.indicator


class IndicatorView(IndicatorMixin, TemplateView):
    """One indicator's tables, worked out now from the live data."""

    template_name = "core/backoffice/indicator.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["indicator"] = self.indicator
        context["programme"] = PROGRAMMES.get(self.indicator.programme, "")
        context["tables"] = self.indicator.compute()
        context["k"] = K
        return context


def _cell(value: float | None, *, empty: bool = False) -> str:
    if empty:
        return gettext("no cases")
    if value is None:
        return gettext("fewer than %(k)s cases") % {"k": K}
    return str(value)


class IndicatorCsvView(IndicatorMixin, View):
    """The same tables as CSV: one line per row, hidden cells spelled out, no personal data."""

    def get(self, request: HttpRequest, key: str) -> HttpResponse:
        indicator = self.indicator  # found, and permitted, in dispatch
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([gettext("Table"), gettext("Row"), gettext("Value"), gettext("Unit")])
        units = {
            "count": gettext("people or requests"),
            "hours": gettext("hours"),
            "percent": gettext("percent"),
        }
        for table in indicator.compute():
            for label, value in table.rows:
                empty = table.unit != "count" and label in table.empty
                writer.writerow(
                    [str(table.title), label, _cell(value, empty=empty), units[table.unit]]
                )
            total = str(table.total_label) or (
                gettext("Total") if table.unit == "count" else gettext("Cases measured")
            )
            writer.writerow([str(table.title), total, _cell(table.total), units["count"]])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"{indicator.key.replace('.', '-')}-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
