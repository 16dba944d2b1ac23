"""Reads of the public account that encode policy: published cycles, the public questions and
answers by theme (hidden ones left out, merged ones under the one that answers them), the
staff tabs and what is due or late."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Cycle, Observation, Theme

Status = Observation.Status
TABS = {
    "pendientes": _("To answer"),
    "atrasadas": _("Late"),
    "respondidas": _("Answered"),
    "unidas": _("Merged"),
    "ocultas": _("Hidden"),
    "todas": _("All"),
}
DEFAULT_TAB = "pendientes"


def published() -> QuerySet[Cycle]:
    return Cycle.objects.filter(published=True)


def current() -> Cycle | None:
    return published().first()


@dataclass(frozen=True)
class ThemeGroup:
    theme: Theme | None
    observations: list[Observation]


def questions_and_answers(cycle: Cycle) -> list[ThemeGroup]:
    """Shown observations by theme (in the themes' order, unclassified last), each with the
    duplicates merged into it."""
    shown = list(
        cycle.observations.filter(status__in=[Status.RECEIVED, Status.ANSWERED])
        .select_related("theme", "region")
        .prefetch_related("merged")
        .order_by("received_at", "id")
    )
    today = timezone.localdate()
    grouped: dict[int | None, list[Observation]] = defaultdict(list)
    for observation in shown:
        observation.late = observation.is_late(today)
        grouped[observation.theme_id].append(observation)
    themes = [theme for theme in Theme.objects.all() if theme.pk in grouped]
    groups = [ThemeGroup(theme, grouped[theme.pk]) for theme in themes]
    if None in grouped:
        groups.append(ThemeGroup(None, grouped[None]))
    return groups


def for_staff(cycle: Cycle, tab: str = DEFAULT_TAB, theme: str = "") -> QuerySet[Observation]:
    today = timezone.localdate()
    observations = cycle.observations.select_related("theme", "region", "event")
    observations = {
        "pendientes": observations.filter(status=Status.RECEIVED),
        "atrasadas": observations.filter(status=Status.RECEIVED, due_on__lt=today),
        "respondidas": observations.filter(status=Status.ANSWERED),
        "unidas": observations.filter(status=Status.MERGED),
        "ocultas": observations.filter(status=Status.HIDDEN),
    }.get(tab, observations)
    if theme:
        observations = observations.filter(theme__slug=theme)
    return observations.order_by("due_on", "received_at", "id")


def counts(cycle: Cycle, today: datetime.date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    return cycle.observations.aggregate(
        total=Count("pk"),
        waiting=Count("pk", filter=Q(status=Status.RECEIVED)),
        late=Count("pk", filter=Q(status=Status.RECEIVED, due_on__lt=today)),
        answered=Count("pk", filter=Q(status=Status.ANSWERED)),
    )
