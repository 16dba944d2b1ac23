"""The staff shell: /gestion/ (dashboard, component gallery). Apps mount theirs in config/urls."""

from django.urls import path

from . import views

app_name = "backoffice"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("componentes/", views.ComponentsView.as_view(), name="components"),
]
