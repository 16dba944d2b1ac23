from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    """Statistics every module uses: the optional questions, tables with small counts hidden,
    charts, and the indicator pages that read the registry."""

    name = "acoge.stats"
    label = "stats"
    verbose_name = _("Statistics")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.accounts.models import Role
        from acoge.core import reviews

        from . import menu, permissions  # noqa: F401  (registrations)
        from .models import PopulationSource

        # The population figures consultations are compared with: kept by the engagement team.
        register_editors(self.label, [Role.ENGAGEMENT])
        reviews.register(
            reviews.ReviewedSource(
                "stats.populationsource", _("Population figures"), PopulationSource.objects.all
            )
        )
