"""Staff pages of the workshops, under /gestion/talleres/."""

from django.urls import path

from ..views import attendance
from ..views import backoffice as views

app_name = "workshops_staff"

urlpatterns = [
    path("talleres/", views.WorkshopListView.as_view(), name="list"),
    path("talleres/nuevo/", views.WorkshopCreateView.as_view(), name="create"),
    path("talleres/<int:pk>/", views.WorkshopDetailView.as_view(), name="detail"),
    path("talleres/<int:pk>/editar/", views.WorkshopEditView.as_view(), name="edit"),
    path("talleres/<int:pk>/programa/", views.SessionsView.as_view(), name="sessions"),
    path(
        "talleres/<int:pk>/programa/<int:session_pk>/quitar/",
        views.SessionRemoveView.as_view(),
        name="session-remove",
    ),
    path("talleres/<int:pk>/cancelar/", views.WorkshopCancelView.as_view(), name="cancel"),
    path(
        "talleres/<int:pk>/inscripciones/",
        views.RegistrationListView.as_view(),
        name="registrations",
    ),
    path(
        "talleres/<int:pk>/inscripciones/exportar.csv",
        views.RegistrationExportView.as_view(fmt="csv"),
        name="registrations-csv",
    ),
    path(
        "talleres/<int:pk>/inscripciones/exportar.xlsx",
        views.RegistrationExportView.as_view(fmt="xlsx"),
        name="registrations-xlsx",
    ),
    path(
        "talleres/<int:pk>/inscripciones/<int:registration_pk>/",
        views.RegistrationDetailView.as_view(),
        name="registration",
    ),
    path(
        "talleres/<int:pk>/inscripciones/<int:registration_pk>/cancelar/",
        views.RegistrationCancelView.as_view(),
        name="registration-cancel",
    ),
    path("talleres/<int:pk>/asistencia/", attendance.AttendanceView.as_view(), name="attendance"),
    path(
        "talleres/<int:pk>/asistencia/<int:registration_pk>/",
        attendance.AttendanceMarkView.as_view(),
        name="attendance-mark",
    ),
    path(
        "talleres/<int:pk>/asistencia/sin-inscripcion/",
        attendance.WalkInView.as_view(),
        name="walk-in",
    ),
    path(
        "talleres/<int:pk>/asistencia/cerrar/",
        attendance.AttendanceCloseView.as_view(),
        name="attendance-close",
    ),
    path("talleres/<int:pk>/opiniones/", views.FeedbackView.as_view(), name="feedback"),
]
