"""Staff pages of data-subject requests, under /gestion/derechos/."""

from django.urls import path

from ..views import backoffice as views

app_name = "rights_staff"

urlpatterns = [
    path("derechos/", views.ListView.as_view(), name="list"),
    path("derechos/<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("derechos/<int:pk>/iniciar/", views.StartView.as_view(), name="start"),
    path("derechos/<int:pk>/responder/", views.AnswerView.as_view(), name="answer"),
    path("derechos/<int:pk>/rechazar/", views.RefuseView.as_view(), name="refuse"),
]
