from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "acoge.consultations"
    label = "consultations"
    verbose_name = _("Citizen consultations")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.core import search, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, stats  # noqa: F401
        from .permissions import EDITORS
        from .search import consultations
        from .selectors import published

        register_editors(self.label, EDITORS)
        stats.register_indicators()
        public_sections.register(
            PublicSection(
                key="consultations",
                title=_("Citizen consultations"),
                summary=_(
                    "Give your opinion on the service's policies, online or at a dialogue "
                    "near you, and see what was said."
                ),
                url_name="consultations:list",
                programme=Programme.ENGAGEMENT,
                order=15,
            )
        )
        search.register(search.SearchSource("consultations", _("Consultation"), consultations))
        sitemaps.register("consultations", sitemaps.Pages("consultations:list"))
        sitemaps.register("consultations.published", sitemaps.Records(published))
