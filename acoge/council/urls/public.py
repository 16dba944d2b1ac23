"""Public pages of the registry of organisations and the COSOC, under
/es|en|ht/participacion/. The paths are Spanish in every language: keep them."""

from django.urls import path

from ..views import council, representative
from ..views import public as views

app_name = "council"

urlpatterns = [
    path("participacion/cosoc/", council.council, name="council"),
    path("participacion/cosoc/periodos/<int:pk>/", council.term, name="term"),
    path("participacion/cosoc/sesiones/", council.meetings, name="meetings"),
    path("participacion/cosoc/sesiones.ics", council.calendar, name="calendar"),
    path("participacion/cosoc/sesiones/<int:pk>/", council.meeting, name="meeting"),
    path("participacion/cosoc/sesiones/<int:pk>/acta.pdf", council.minutes_pdf, name="minutes-pdf"),
    path("participacion/cosoc/elecciones/<int:pk>/", council.election, name="election"),
    path("participacion/organizaciones/", views.organisation_list, name="list"),
    path("participacion/organizaciones/postular/", views.apply_start, name="apply"),
    path("participacion/organizaciones/ingresar/", views.sign_in, name="sign-in"),
    path("participacion/organizaciones/codigo/", views.code, name="code"),
    path("participacion/organizaciones/codigo/nuevo/", views.resend, name="resend"),
    path("participacion/organizaciones/salir/", views.sign_out, name="sign-out"),
    path("participacion/organizaciones/mi-organizacion/", views.mine, name="mine"),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/documentos/",
        views.document_add,
        name="document-add",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/documentos/<int:document>/",
        views.document_file,
        name="document-file",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/documentos/<int:document>/quitar/",
        views.document_remove,
        name="document-remove",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/renovar/",
        views.renew,
        name="renew",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/elecciones/<int:election>/candidatura/",
        representative.nominate,
        name="nominate",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/elecciones/<int:election>/retirar/",
        representative.withdraw,
        name="withdraw",
    ),
    path(
        "participacion/organizaciones/mi-organizacion/<int:pk>/elecciones/<int:election>/votar/",
        representative.vote,
        name="vote",
    ),
    path("participacion/organizaciones/postular/<slug:step>/", views.apply_step, name="apply-step"),
]
