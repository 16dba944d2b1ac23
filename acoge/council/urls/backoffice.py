"""Staff pages of the registry of organisations, under /gestion/organizaciones/."""

from django.urls import path

from ..views import backoffice as views

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
]
