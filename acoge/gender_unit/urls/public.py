"""Public page of the Unidad de Género, under /es|en|ht/genero/. Keep the path: people share it."""

from django.urls import path

from ..views import public as views

app_name = "gender_unit"

urlpatterns = [
    path("genero/", views.home, name="home"),
]
