"""Her safe-contact preferences as rules: which of the ways she chose are safe, when her safe
windows are (in local time), whether now is one, when the next begins. Forms, services and the
staff pages all ask these."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .errors import ContactError
from .models import SLOT_HOURS, WRITTEN_METHODS, Method, TimeSlot


def usable_methods(preferences: dict) -> list[str]:
    """The ways she chose that her answers say are safe (calls, or writing to her)."""
    usable = []
    for method in preferences.get("methods", []):
        if (method == Method.CALL and preferences.get("call", "no") != "no") or (
            method in WRITTEN_METHODS and preferences.get("write", "no") == "yes"
        ):
            usable.append(method)
    return usable


def check_preferences(preferences: dict) -> None:
    """Raise ContactError unless there is at least one safe way to contact her."""
    if not preferences.get("methods"):
        raise ContactError(_("Choose at least one way for us to contact you."))
    if not usable_methods(preferences):
        raise ContactError(
            _(
                "With these answers we have no safe way to contact you. Say when it is safe to "
                "call, or that we may write to you, or choose another way to contact you."
            )
        )


def slot_windows(
    preferences: dict, day: datetime.date
) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """Her safe windows on one day, as (start, end) in local time; none given: weekdays 9–18."""
    days = preferences.get("days") or [0, 1, 2, 3, 4]
    times = preferences.get("times") or [TimeSlot.MORNING, TimeSlot.AFTERNOON]
    if day.weekday() not in days:
        return []
    zone = timezone.get_current_timezone()
    windows = []
    for slot in TimeSlot:
        if slot in times:
            start, end = SLOT_HOURS[slot]
            windows.append(
                (
                    datetime.datetime.combine(day, datetime.time(start), zone),
                    datetime.datetime.combine(day, datetime.time(end), zone),
                )
            )
    return windows


def next_safe_time(preferences: dict, *, after: datetime.datetime) -> datetime.datetime:
    """The start of her next safe window after `after` (not the one it falls in)."""
    local = timezone.localtime(after)
    for offset in range(15):
        for start, _end in slot_windows(preferences, local.date() + datetime.timedelta(offset)):
            if start > after:
                return start
    return after + datetime.timedelta(days=1)


def safe_now(preferences: dict, *, now: datetime.datetime | None = None) -> bool:
    """Whether `now` falls in one of her safe windows."""
    now = now or timezone.now()
    return any(
        start <= now < end
        for start, end in slot_windows(preferences, timezone.localtime(now).date())
    )
