"""The staff shell: /gestion/ (dashboard, component gallery, audit log). Apps mount theirs in
config/urls."""

from django.urls import path

from .views import audit, pages, reviews

app_name = "backoffice"

urlpatterns = [
    path("", pages.DashboardView.as_view(), name="dashboard"),
    path("componentes/", pages.ComponentsView.as_view(), name="components"),
    path("auditoria/", audit.AuditLogView.as_view(), name="audit-list"),
    path("contenidos/", reviews.ReviewsView.as_view(), name="content-reviews"),
]
