from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GenderUnitConfig(AppConfig):
    name = "acoge.gender_unit"
    label = "gender_unit"
    verbose_name = _("Unidad de Género")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.core import sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, permissions, personal_data, retention, stats  # noqa: F401

        register_editors(self.label, permissions.EDITORS)
        public_sections.register(
            PublicSection(
                key="gender_unit",
                title=_("SERMIG's Unidad de Género"),
                summary=_(
                    "How the service works for gender equality, and the gender contact of "
                    "each regional directorate."
                ),
                url_name="gender_unit:home",
                programme=Programme.WOMEN,
                order=60,
            )
        )
        sitemaps.register("gender_unit", sitemaps.Pages("gender_unit:home"))
        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
