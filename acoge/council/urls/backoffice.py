"""Staff pages of the registry of organisations (/gestion/organizaciones/) and of the COSOC
(/gestion/cosoc/)."""

from django.urls import path

from ..views import backoffice as views
from ..views import cosoc

app_name = "council_staff"

urlpatterns = [
    path("organizaciones/", views.ListView.as_view(), name="organisations"),
    path("organizaciones/<int:pk>/", views.DetailView.as_view(), name="organisation"),
    path(
        "organizaciones/<int:pk>/documentos/<int:document>/",
        views.DocumentView.as_view(),
        name="document",
    ),
    path("organizaciones/<int:pk>/aceptar/", views.AcceptView.as_view(), name="accept"),
    path("organizaciones/<int:pk>/rechazar/", views.RejectView.as_view(), name="reject"),
    path("cosoc/", cosoc.DashboardView.as_view(), name="cosoc"),
    path("cosoc/sesiones/<int:pk>/asistencia/", cosoc.AttendanceView.as_view(), name="attendance"),
    path("cosoc/sesiones/<int:pk>/publicar/", cosoc.PublishMinutesView.as_view(), name="publish"),
    path("cosoc/acuerdos/<int:pk>/", cosoc.AgreementView.as_view(), name="agreement"),
    path("cosoc/elecciones/<int:pk>/", cosoc.ElectionView.as_view(), name="election"),
    path(
        "cosoc/elecciones/<int:pk>/candidatos/<int:candidate>/no-elegible/",
        cosoc.IneligibleView.as_view(),
        name="ineligible",
    ),
]
