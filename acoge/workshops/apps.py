from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "acoge.workshops"
    label = "workshops"
    verbose_name = _("Apoya Mujer Migrante workshops")

    def ready(self) -> None:
        from django.urls import reverse

        from acoge.core import scheduler, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, permissions, personal_data, retention, stats  # noqa: F401
        from .notifications import send_due_reminders_task
        from .selectors import upcoming_workshops
        from .views.public import landing_context

        sitemaps.register("workshops", sitemaps.Pages("workshops:list"))
        sitemaps.register(
            "workshops.upcoming",
            sitemaps.Records(
                upcoming_workshops,
                location=lambda workshop: reverse("workshops:detail", args=[workshop.pk]),
            ),
        )

        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
        scheduler.register(
            scheduler.Schedule(
                name="workshops.reminders", task=send_due_reminders_task, every=timedelta(hours=1)
            )
        )
        public_sections.register(
            PublicSection(
                key="workshops",
                title=_("Workshops"),
                summary=_("Free workshops for migrant women: find one near you and register."),
                url_name="workshops:list",
                programme=Programme.WOMEN,
                order=10,
                landing="workshops/public/_landing.html",
                landing_context=landing_context,
            )
        )
