from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    name = "acoge.rights"
    label = "rights"
    verbose_name = _("Data-protection requests")

    def ready(self) -> None:
        from acoge.core import sitemaps

        from . import menu, permissions, personal_data, retention, stats  # noqa: F401

        sitemaps.register("rights", sitemaps.Pages("rights:start"))

        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
