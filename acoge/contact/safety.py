"""Her safe-contact preferences as rules: which of the ways she chose are safe, when her safe
windows are (on her region's clocks), whether now is one, when the next begins, when the first
contact is due, and what is amiss with an attempt. Forms, services, selectors, the staff pages
and the messages all ask these.

Times: `zone` is her region's time zone (ContactRequest.zone, acoge/core/zones.py); without it,
the current one.
"""

import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import zones
from acoge.core.calendar import add_business_days
from acoge.core.models import Region

from .errors import ContactError
from .models import SLOT_HOURS, WRITTEN_METHODS, Attempt, Method, TimeSlot

DEFAULT_DAYS = [0, 1, 2, 3, 4]
DEFAULT_TIMES = [TimeSlot.MORNING, TimeSlot.AFTERNOON]


class Window(NamedTuple):
    start: datetime.datetime
    end: datetime.datetime


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
    preferences: dict, day: datetime.date, zone: ZoneInfo | None = None
) -> list[Window]:
    """Her safe time slots on one day, as (start, end); none given: weekdays 9–18."""
    days = preferences.get("days") or DEFAULT_DAYS
    times = preferences.get("times") or DEFAULT_TIMES
    if day.weekday() not in days:
        return []
    zone = zone or timezone.get_current_timezone()
    windows = []
    for slot in TimeSlot:
        if slot in times:
            start, end = SLOT_HOURS[slot]
            windows.append(
                Window(
                    datetime.datetime.combine(day, datetime.time(start), zone),
                    datetime.datetime.combine(day, datetime.time(end), zone),
                )
            )
    return windows


def safe_windows(
    preferences: dict, day: datetime.date, zone: ZoneInfo | None = None
) -> list[Window]:
    """Her safe windows on one day: her slots, those that touch joined (morning and afternoon
    make one window, 9 to 18)."""
    windows: list[Window] = []
    for window in slot_windows(preferences, day, zone):
        if windows and windows[-1].end == window.start:
            windows[-1] = Window(windows[-1].start, window.end)
        else:
            windows.append(window)
    return windows


def next_safe_time(
    preferences: dict, *, after: datetime.datetime, zone: ZoneInfo | None = None
) -> datetime.datetime:
    """The start of her next safe slot after `after` (not the one it falls in)."""
    local = timezone.localtime(after, zone or timezone.get_current_timezone())
    for offset in range(15):
        for start, _end in slot_windows(
            preferences, local.date() + datetime.timedelta(offset), zone
        ):
            if start > after:
                return start
    return after + datetime.timedelta(days=1)


def safe_now(
    preferences: dict,
    *,
    now: datetime.datetime | None = None,
    zone: ZoneInfo | None = None,
) -> bool:
    """Whether `now` falls in one of her safe windows."""
    now = now or timezone.now()
    day = timezone.localtime(now, zone or timezone.get_current_timezone()).date()
    return any(start <= now < end for start, end in slot_windows(preferences, day, zone))


# When the first contact is due --------------------------------------------------------------


def business_deadline(arrived: datetime.datetime, region: Region | None) -> datetime.date:
    """ACOGE_CONTACT_DUE_BUSINESS_DAYS Chilean business days after the day she wrote (on her
    region's calendar), counting her region's own holidays."""
    return add_business_days(
        zones.localdate(arrived, region), settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS, region
    )


def due_window(preferences: dict, *, deadline: datetime.date, zone: ZoneInfo) -> Window:
    """Her first safe window on or after the deadline day."""
    for offset in range(15):
        windows = safe_windows(preferences, deadline + datetime.timedelta(offset), zone)
        if windows:
            return windows[0]
    return safe_windows({}, deadline, zone)[0]  # unreachable: a week holds one of her days


def first_contact_due(
    preferences: dict, *, arrived: datetime.datetime, region: Region | None
) -> Window:
    """The one rule for when the first contact is due: in her first safe window on or after the
    business-day deadline. She is promised its day; the request is due when it opens and overdue
    once it has closed with no attempt. A woman safe only on weekend evenings who writes on a
    Monday is due on Saturday at 18:00, overdue from 21:00."""
    return due_window(
        preferences, deadline=business_deadline(arrived, region), zone=zones.zone_of(region)
    )


# Attempts -------------------------------------------------------------------------------------


class Concerns(NamedTuple):
    way_not_chosen: bool
    outside_safe_times: bool

    def __bool__(self) -> bool:
        return self.way_not_chosen or self.outside_safe_times


def attempt_concerns(
    preferences: dict, *, channel: str, at: datetime.datetime, zone: ZoneInfo
) -> Concerns:
    """What is amiss with trying to reach her this way at this time: a way she did not choose
    (or that her answers say is not safe), a time outside her safe windows. Her own contact
    ("she contacted us") is never amiss."""
    if channel == Attempt.Channel.INBOUND:
        return Concerns(False, False)
    return Concerns(
        way_not_chosen=channel not in usable_methods(preferences),
        outside_safe_times=not safe_now(preferences, now=at, zone=zone),
    )
