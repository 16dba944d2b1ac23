"""Public pages of the contact point, under /es|en|ht/mujer-migrante/contacto/. The paths are
Spanish in every language and appear in messages already sent: keep them."""

from django.urls import path

from ..views import public as views

app_name = "contact"

urlpatterns = [
    path("mujer-migrante/contacto/", views.start, name="start"),
    # Fixed paths before the question pages and the ones that take a token.
    path("mujer-migrante/contacto/enviada/", views.sent, name="sent"),
    path("mujer-migrante/contacto/estado/", views.find, name="find"),
    path("mujer-migrante/contacto/estado/retirar/", views.withdraw_found, name="withdraw-found"),
    path("mujer-migrante/contacto/estado/<str:token>/", views.status, name="status"),
    path("mujer-migrante/contacto/estado/<str:token>/retirar/", views.withdraw, name="withdraw"),
    path("mujer-migrante/contacto/retirada/", views.withdrawn, name="withdrawn"),
    path("mujer-migrante/contacto/<slug:step>/", views.step, name="step"),
    # The same status page under a path that names nothing: the one her e-mail carries.
    path("s/<str:token>/", views.status, name="status-discreet"),
]
