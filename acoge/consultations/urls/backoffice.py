"""Staff pages of consultations, under /gestion/consultas/."""

from django.urls import path, re_path

from ..views import backoffice as views
from ..views import dialogues

app_name = "consultations_staff"

urlpatterns = [
    path("consultas/", views.ListView.as_view(), name="list"),
    path("consultas/<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("consultas/<int:pk>/vista-previa/", views.PreviewView.as_view(), name="preview"),
    path("consultas/<int:pk>/papel/", views.PaperView.as_view(), name="paper"),
    path("consultas/<int:pk>/codigos/", views.CodesView.as_view(), name="codes"),
    path("consultas/<int:pk>/textos/<int:question>/", views.TextsView.as_view(), name="texts"),
    re_path(
        r"^consultas/(?P<pk>[0-9]+)/resultados\.(?P<fmt>csv|xlsx)$",
        views.ExportView.as_view(what="results"),
        name="export-results",
    ),
    re_path(
        r"^consultas/(?P<pk>[0-9]+)/respuestas\.(?P<fmt>csv|xlsx)$",
        views.ExportView.as_view(
            what="answers", permission_required="consultations.export_answers"
        ),
        name="export-answers",
    ),
    path("consultas/<int:pk>/dialogos/", dialogues.DialoguesView.as_view(), name="dialogues"),
    path("consultas/dialogos/<int:pk>/", dialogues.DialogueView.as_view(), name="dialogue"),
    path(
        "consultas/dialogos/<int:pk>/asistencia/",
        dialogues.AttendanceView.as_view(),
        name="attendance",
    ),
    path(
        "consultas/dialogos/<int:pk>/conclusiones/",
        dialogues.ConclusionsView.as_view(),
        name="conclusions",
    ),
    path(
        "consultas/dialogos/<int:pk>/papel/",
        dialogues.DialoguePaperView.as_view(),
        name="dialogue-paper",
    ),
    path(
        "consultas/dialogos/<int:pk>/segunda-digitacion/",
        dialogues.DialoguePaperView.as_view(second=True),
        name="second-entry",
    ),
    path("consultas/dialogos/<int:pk>/corregir/", dialogues.CorrectView.as_view(), name="correct"),
]
