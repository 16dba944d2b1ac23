"""Public pages of data-subject rights, under /es|en|ht/mis-datos/. The paths are Spanish in
every language: keep them."""

from django.urls import path

from ..views import public as views

app_name = "rights"

urlpatterns = [
    path("mis-datos/", views.start, name="start"),
    # Fixed paths before the question pages.
    path("mis-datos/codigo/", views.code, name="code"),
    path("mis-datos/codigo/nuevo/", views.resend, name="resend"),
    path("mis-datos/tus-datos/", views.data, name="data"),
    path("mis-datos/tus-datos.json", views.data_json, name="data-json"),
    path("mis-datos/tus-datos.csv", views.data_csv, name="data-csv"),
    path("mis-datos/listo/", views.done, name="done"),
    path("mis-datos/<slug:step>/", views.step, name="step"),
]
