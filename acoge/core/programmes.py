"""The service's two programmes: every public section and every indicator belongs to one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Programme(models.TextChoices):
    WOMEN = "women", _("Apoya Mujer Migrante")
    ENGAGEMENT = "engagement", _("Citizen engagement (Law 20.500)")
