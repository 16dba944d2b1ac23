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
    if `business_days_only`; with `weekday`, 0 for Monday, only on that day: once a week).
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
        if local.hour < self.at_hour:
            return False
        if self.business_days_only and not is_business_day(local.date()):
            return False
        if self.weekday is not None and local.weekday() != self.weekday:
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
    from .tasks import run_retention_task

    register(Schedule(name="core.retention", task=run_retention_task, every=timedelta(days=1)))
