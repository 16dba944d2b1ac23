from django.urls import path

from . import views

app_name = "stats"

urlpatterns = [
    path("indicadores/", views.IndicatorListView.as_view(), name="indicators"),
    path("indicadores/<str:key>/", views.IndicatorView.as_view(), name="indicator"),
    path("indicadores/<str:key>/csv/", views.IndicatorCsvView.as_view(), name="indicator-csv"),
]
