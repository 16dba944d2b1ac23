"""The dashboard across the service (/gestion/genero/panel/) and the annual gender report
(/gestion/genero/informe/<year>/, and as a PDF made on the server). Every table comes from the
statistics registry, with its small counts hidden; the charts are SVG drawn on the server."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from acoge.accounts.mixins import StaffViewMixin
from acoge.core import pdf
from acoge.stats.tables import min_count

from .. import selectors


class DashboardView(StaffViewMixin, View):
    permission_required = "gender_unit.dashboard"

    def get(self, request: HttpRequest) -> HttpResponse:
        year = timezone.localdate().year
        return render(
            request,
            "gender_unit/staff/dashboard.html",
            {
                "sections": selectors.dashboard_sections(),
                "figures": selectors.year_figures(year),
                "k": min_count(),
                "year": year,
            },
        )


def _report_context(year: int) -> dict:
    this_year = timezone.localdate().year
    if not 2020 <= year <= this_year:
        raise Http404
    return {
        "year": year,
        "figures": selectors.year_figures(year),
        "sections": selectors.dashboard_sections(),
        "k": min_count(),
        "made": timezone.localdate(),
    }


class ReportView(StaffViewMixin, View):
    permission_required = "gender_unit.dashboard"

    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        return render(request, "gender_unit/staff/report.html", _report_context(year))


class ReportPdfView(StaffViewMixin, View):
    permission_required = "gender_unit.dashboard"

    def get(self, request: HttpRequest, year: int) -> HttpResponse:
        return pdf.response(
            "gender_unit/pdf/report.html",
            _report_context(year),
            filename=f"informe-genero-{year}.pdf",
        )
