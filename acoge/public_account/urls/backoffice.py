"""Staff pages of the Participatory Public Account, under /gestion/cuenta-publica/."""

from django.urls import path

from ..views import backoffice as views

app_name = "public_account_staff"

urlpatterns = [
    path("cuenta-publica/", views.CyclesView.as_view(), name="cycles"),
    path("cuenta-publica/<int:pk>/", views.ObservationsView.as_view(), name="observations"),
    path("cuenta-publica/<int:pk>/ingresar/", views.EnterView.as_view(), name="enter"),
    path("cuenta-publica/<int:pk>/publicar/", views.PublishView.as_view(), name="publish"),
    path(
        "cuenta-publica/observaciones/<int:pk>/",
        views.ObservationView.as_view(),
        name="observation",
    ),
    path(
        "cuenta-publica/observaciones/<int:pk>/<slug:action>/",
        views.ActionView.as_view(),
        name="action",
    ),
]
