from django.urls import path

from ..views import backoffice

app_name = "core"

urlpatterns = [
    path("auditoria/", backoffice.AuditLogView.as_view(), name="audit-list"),
]
