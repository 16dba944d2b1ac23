"""Periodic tasks: apps register a task and an interval; the worker enqueues what is due.

Several workers may tick at once: a row lock on ScheduledRun makes each run enqueue once.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.db import transaction
from django.tasks import Task
from django.utils import timezone

from .zones import zone_named


@dataclass(frozen=True)
class Schedule:
    """Every `every`; or, with `at_hour`, once a day from that local hour (business days only
    if `business_days_only`; with `weekday`, 0 for Monday, once a week from that day's hour,
    or as soon as the worker runs after it).
    Local is the site's TIME_ZONE, or `zone` (a tz name: a region's zone,
    acoge/core/zones.py). The task is enqueued with `args`."""

    name: str
    task: Task
    every: timedelta = timedelta(days=1)
    at_hour: int | None = None
    business_days_only: bool = False
    zone: str | None = None
    args: tuple = ()
    weekday: int | None = None

    def due(self, last: datetime | None, now: datetime) -> bool:
        if self.at_hour is None:
            return last is None or now - last >= self.every
        from .calendar import is_business_day

        zone = zone_named(self.zone) if self.zone else timezone.get_current_timezone()
        local = timezone.localtime(now, zone)
        if self.weekday is not None:
            # Once a week: due from the latest slot (that weekday, from that hour) until it
            # runs, so a worker that was down that day sends it the next day it is up.
            days_back = (local.weekday() - self.weekday) % 7
            if days_back == 0 and local.hour < self.at_hour:
                days_back = 7
            slot = local.replace(hour=self.at_hour, minute=0, second=0, microsecond=0)
            return last is None or last < slot - timedelta(days=days_back)
        if local.hour < self.at_hour:
            return False
        if self.business_days_only and not is_business_day(local.date()):
            return False
        return last is None or timezone.localtime(last, zone).date() < local.date()


_SCHEDULES: dict[str, Schedule] = {}


def register(schedule: Schedule) -> None:
    _SCHEDULES[schedule.name] = schedule


def schedules() -> list[Schedule]:
    return sorted(_SCHEDULES.values(), key=lambda schedule: schedule.name)


def tick(*, now: datetime | None = None) -> list[str]:
    """Enqueue every schedule whose interval has passed; return the names enqueued."""
    from .models import ScheduledRun

    now = now or timezone.now()
    enqueued = []
    for schedule in schedules():
        with transaction.atomic():
            run, _ = ScheduledRun.objects.select_for_update().get_or_create(name=schedule.name)
            if not schedule.due(run.last_enqueued_at, now):
                continue
            run.last_enqueued_at = now
            run.save(update_fields=["last_enqueued_at"])
            transaction.on_commit(partial(schedule.task.enqueue, *schedule.args))
            enqueued.append(schedule.name)
    return enqueued


def register_core_schedules() -> None:
    from django.conf import settings

    from .reviews import send_review_digest_task
    from .tasks import reindex_search_task, run_retention_task

    register(Schedule(name="core.retention", task=run_retention_task, every=timedelta(days=1)))
    register(Schedule(name="core.search", task=reindex_search_task, at_hour=3))
    register(
        Schedule(
            name="core.review_digest",
            task=send_review_digest_task,
            at_hour=settings.ACOGE_REVIEW_DIGEST_HOUR,
            weekday=settings.ACOGE_REVIEW_DIGEST_WEEKDAY,
        )
    )
