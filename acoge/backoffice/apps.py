from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    name = "acoge.backoffice"
    label = "backoffice"
    verbose_name = _("Back office")

    def ready(self) -> None:
        from . import menu  # noqa: F401  (registrations)


class AcogeAdminConfig(AdminConfig):
    """Django admin, served by our site class (national admins with a second factor only)."""

    default_site = "acoge.backoffice.admin_site.AcogeAdminSite"
