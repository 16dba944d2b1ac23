from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "acoge.council"
    label = "council"
    verbose_name = _("Civil Society Council (COSOC)")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.core import scheduler, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, permissions, personal_data, retention, stats  # noqa: F401
        from .selectors.council import published_meetings
        from .tasks import lapse_task

        register_editors(self.label, permissions.EDITORS)
        public_sections.register(
            PublicSection(
                key="council.cosoc",
                title=_("Civil Society Council (COSOC)"),
                summary=_(
                    "Who sits on the council, its sessions, minutes and agreements, and its "
                    "elections."
                ),
                url_name="council:council",
                programme=Programme.ENGAGEMENT,
                order=25,
            )
        )
        public_sections.register(
            PublicSection(
                key="council.registry",
                title=_("Registry of organisations"),
                summary=_(
                    "Civil-society organisations that elect the Civil Society Council (COSOC): "
                    "see who is registered, or apply for yours."
                ),
                url_name="council:list",
                programme=Programme.ENGAGEMENT,
                order=30,
            )
        )
        sitemaps.register(
            "council",
            sitemaps.Pages("council:council", "council:meetings", "council:list", "council:apply"),
        )
        sitemaps.register("council.meetings", sitemaps.Records(published_meetings))
        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
        scheduler.register(
            scheduler.Schedule(name="council.lapse", task=lapse_task, every=timedelta(days=1))
        )
