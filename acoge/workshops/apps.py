from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "acoge.workshops"
    label = "workshops"
    verbose_name = _("Apoya Mujer Migrante workshops")

    def ready(self) -> None:
        from acoge.core import scheduler

        from . import permissions, retention  # noqa: F401  (registrations)
        from .notifications import send_due_reminders_task

        retention.register_rules()
        scheduler.register(
            scheduler.Schedule(
                name="workshops.reminders", task=send_due_reminders_task, every=timedelta(hours=1)
            )
        )
