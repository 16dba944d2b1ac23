from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "acoge.contact"
    label = "contact"
    verbose_name = _("Contact point")

    def ready(self) -> None:
        from acoge.core import scheduler, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, permissions, personal_data, retention, stats  # noqa: F401
        from .notifications import digest_zones, send_daily_digest_task

        sitemaps.register("contact", sitemaps.Pages("contact:start"))
        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
        for zone in digest_zones():  # each region's morning, on its own clocks
            scheduler.register(
                scheduler.Schedule(
                    name="contact.daily_digest"
                    if zone == settings.TIME_ZONE
                    else f"contact.daily_digest.{zone}",
                    task=send_daily_digest_task,
                    at_hour=settings.ACOGE_CONTACT_DIGEST_HOUR,
                    business_days_only=True,
                    zone=zone,
                    args=(zone,),
                )
            )
        public_sections.register(
            PublicSection(
                key="contact",
                title=_("Write to us"),
                summary=_("Send us a message and we will contact you, safely and in confidence."),
                url_name="contact:start",
                programme=Programme.WOMEN,
                order=20,
                landing="contact/public/_landing.html",
            )
        )
