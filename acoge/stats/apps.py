from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    """Statistics every module uses: the optional questions, tables with small counts hidden,
    charts, and the indicator pages that read the registry."""

    name = "acoge.stats"
    label = "stats"
    verbose_name = _("Statistics")

    def ready(self) -> None:
        from . import menu, permissions  # noqa: F401  (registrations)
