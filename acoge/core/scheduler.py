"""Periodic tasks: apps register a task and an interval; the worker enqueues what is due.

Several workers may tick at once: a row lock on ScheduledRun makes each run enqueue once.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.tasks import Task
from django.utils import timezone


@dataclass(frozen=True)
class Schedule:
    name: str
    task: Task
    every: timedelta


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
            if run.last_enqueued_at and now - run.last_enqueued_at < schedule.every:
                continue
            run.last_enqueued_at = now
            run.save(update_fields=["last_enqueued_at"])
            transaction.on_commit(schedule.task.enqueue)
            enqueued.append(schedule.name)
    return enqueued


def register_core_schedules() -> None:
    from .tasks import run_retention_task

    register(Schedule(name="core.retention", task=run_retention_task, every=timedelta(days=1)))
