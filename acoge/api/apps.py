from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "acoge.api"
    label = "api"
    verbose_name = _("Open data API")

    def ready(self) -> None:
        from . import menu, permissions, services  # noqa: F401  (registrations)
