from django.urls import path

from ..views import backoffice

app_name = "core"

urlpatterns = [
    path("auditoria/", backoffice.AuditLogView.as_view(), name="audit-list"),
    path("indicadores/", backoffice.IndicatorListView.as_view(), name="indicators"),
    path("indicadores/<str:key>/", backoffice.IndicatorView.as_view(), name="indicator"),
    path("indicadores/<str:key>/csv/", backoffice.IndicatorCsvView.as_view(), name="indicator-csv"),
]
