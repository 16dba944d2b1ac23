from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "acoge.workshops"
    label = "workshops"
    verbose_name = _("Apoya Mujer Migrante workshops")
