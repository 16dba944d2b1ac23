"""Public pages of the workshops, under /es|en|ht/mujer-migrante/. The paths are Spanish in every
language and appear in messages already sent: keep them."""

from django.urls import path

from ..views import public as views
from ..views import public_manage as manage
from ..views import public_registration as registration

app_name = "workshops"

urlpatterns = [
    path("mujer-migrante/talleres/", views.workshop_list, name="list"),
    path("mujer-migrante/talleres/calendario.ics", views.calendar, name="calendar"),
    path("mujer-migrante/talleres/<int:pk>/", views.detail, name="detail"),
    path("mujer-migrante/talleres/<int:pk>/taller.ics", views.detail_ics, name="detail-ics"),
    path(
        "mujer-migrante/talleres/<int:pk>/inscripcion/<slug:step>/",
        registration.register,
        name="register",
    ),
    # Fixed paths before the ones that take a token or key.
    path("mujer-migrante/inscripcion/confirmada/", registration.registered, name="registered"),
    path("mujer-migrante/inscripcion/", manage.find, name="find"),
    path("mujer-migrante/inscripcion/<str:token>/", manage.manage, name="manage"),
    path(
        "mujer-migrante/inscripcion/<str:token>/cancelar/",
        manage.manage_cancel,
        name="manage-cancel",
    ),
    path("mujer-migrante/inscripcion/<str:token>/cita.ics", manage.manage_ics, name="manage-ics"),
    path("mujer-migrante/opinion/gracias/", views.feedback_thanks, name="feedback-thanks"),
    path("mujer-migrante/opinion/<str:key>/", views.feedback, name="feedback"),
]
