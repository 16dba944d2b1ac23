"""Public pages of the humanitarian residence guide, under /es|en|ht/residencia-humanitaria/.
The paths are Spanish in every language and people share them: keep them."""

from django.urls import path

from .views import public as views

app_name = "permits"

urlpatterns = [
    path("residencia-humanitaria/", views.guide, name="guide"),
    # Fixed paths before a case's address.
    path("residencia-humanitaria/verificar/", views.checker_start, name="checker"),
    path("residencia-humanitaria/verificar/<slug:step>/", views.check, name="check"),
    path("residencia-humanitaria/<slug:slug>/", views.case, name="case"),
]
