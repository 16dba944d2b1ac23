"""Staff pages of consultations, under /gestion/consultas/."""

from django.urls import path

from ..views import backoffice as views

app_name = "consultations_staff"

urlpatterns = [
    path("consultas/", views.ListView.as_view(), name="list"),
    path("consultas/<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("consultas/<int:pk>/papel/", views.PaperView.as_view(), name="paper"),
    path("consultas/<int:pk>/codigos/", views.CodesView.as_view(), name="codes"),
]
