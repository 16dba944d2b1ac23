from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PermitsConfig(AppConfig):
    name = "acoge.permits"
    label = "permits"
    verbose_name = _("Humanitarian residence guide")

    def ready(self) -> None:
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo  # noqa: F401

        public_sections.register(
            PublicSection(
                key="humanitarian-residence",
                title=_("Humanitarian residence"),
                summary=_(
                    "The temporary residence permit for humanitarian reasons: who it is for, "
                    "what you need, and a checker of what may apply to you."
                ),
                url_name="permits:guide",
                programme=Programme.WOMEN,
                order=30,
                landing="permits/public/_landing.html",
            )
        )
