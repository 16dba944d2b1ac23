"""Staff pages of the contact point, under /gestion/contacto/."""

from django.urls import path

from ..views import backoffice as views
from ..views import backoffice_actions as actions

app_name = "contact_staff"

urlpatterns = [
    path("contacto/", views.InboxView.as_view(), name="inbox"),
    path("contacto/nueva/", views.CreateView.as_view(), name="create"),
    path("contacto/exportar.csv", views.ExportView.as_view(), name="export"),
    path("contacto/<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("contacto/<int:pk>/tomar/", actions.TakeView.as_view(), name="take"),
    path("contacto/<int:pk>/asignar/", actions.AssignView.as_view(), name="assign"),
    path("contacto/<int:pk>/intento/", actions.AttemptView.as_view(), name="attempt"),
    path("contacto/<int:pk>/derivacion/", actions.ReferralView.as_view(), name="referral"),
    path("contacto/<int:pk>/nota/", actions.NoteView.as_view(), name="note"),
    path("contacto/<int:pk>/cerrar/", actions.CloseView.as_view(), name="close"),
    path("contacto/<int:pk>/spam/", actions.SpamView.as_view(), name="spam"),
]
