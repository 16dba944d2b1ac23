"""Public pages of the Participatory Public Account, under
/es|en|ht/participacion/cuenta-publica/. The paths are Spanish in every language: keep them."""

from django.urls import path

from ..views import public as views

app_name = "public_account"

urlpatterns = [
    path("participacion/cuenta-publica/", views.index, name="index"),
    path("participacion/cuenta-publica/<int:year>/", views.cycle, name="cycle"),
    path("participacion/cuenta-publica/<int:year>/informe/", views.report, name="report"),
    path("participacion/cuenta-publica/<int:year>/preguntas/", views.questions, name="questions"),
    path(
        "participacion/cuenta-publica/<int:year>/respuestas/",
        views.answers_document,
        name="answers",
    ),
    path(
        "participacion/cuenta-publica/<int:year>/respuestas.pdf",
        views.answers_pdf,
        name="answers-pdf",
    ),
    path("participacion/cuenta-publica/<int:year>/enviada/", views.sent, name="sent"),
    path("participacion/cuenta-publica/<int:year>/preguntar/<slug:step>/", views.step, name="step"),
]
