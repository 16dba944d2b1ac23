from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "acoge.portal"
    label = "portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        from acoge.core import sitemaps

        sitemaps.register(
            "portal",
            sitemaps.Pages(
                "portal:home",
                "portal:women",
                "portal:engagement",
                "portal:privacy",
                "portal:accessibility",
                "portal:safe-browsing",
            ),
        )
