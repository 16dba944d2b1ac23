"""Public pages of consultations, under /es|en|ht/participacion/consultas/. The paths are
Spanish in every language and people share them: keep them."""

from django.urls import path

from ..views import public as views

app_name = "consultations"

urlpatterns = [
    path("participacion/consultas/", views.consultation_list, name="list"),
    path("participacion/consultas/<slug:slug>/", views.detail, name="detail"),
    path("participacion/consultas/<slug:slug>/verificar/", views.verify, name="verify"),
    path(
        "participacion/consultas/<slug:slug>/verificar/codigo/",
        views.verify_code,
        name="verify-code",
    ),
    path(
        "participacion/consultas/<slug:slug>/verificar/nuevo-codigo/",
        views.verify_resend,
        name="verify-resend",
    ),
    path(
        "participacion/consultas/<slug:slug>/documentos/<int:pk>/",
        views.document,
        name="document",
    ),
    path("participacion/consultas/<slug:slug>/enviada/", views.sent, name="sent"),
    path("participacion/consultas/<slug:slug>/comprobante/", views.receipt, name="receipt"),
    path("participacion/consultas/<slug:slug>/resultados/", views.results, name="results"),
    path("participacion/consultas/<slug:slug>/responder/<slug:step>/", views.answer, name="answer"),
]
