"""Chilean business days: weekdays that are not holidays (the `holidays` package keeps the list,
including holidays moved by law), for deadlines staff must meet.

A regional directorate also closes on its region's own holidays (Arica y Parinacota on 7 June,
Ñuble on 20 August): pass the region and they count too.
"""

import datetime
from functools import cache
from typing import TYPE_CHECKING

import holidays

if TYPE_CHECKING:
    from .models import Region


@cache
def _holidays(year: int, subdivision: str | None) -> holidays.HolidayBase:
    return holidays.Chile(years=year, subdiv=subdivision)


def _subdivision(region: "Region | None") -> str | None:
    """The region's ISO 3166-2 subdivision ("CL-AP" → "AP"), when the package knows it."""
    code = (region.iso_code if region is not None else "").removeprefix("CL-")
    return code if code in holidays.Chile.subdivisions else None


def is_business_day(day: datetime.date, region: "Region | None" = None) -> bool:
    """A weekday that is neither a national holiday nor, with `region`, one of its own."""
    return day.weekday() < 5 and day not in _holidays(day.year, _subdivision(region))


def add_business_days(
    start: datetime.date, days: int, region: "Region | None" = None
) -> datetime.date:
    """The date `days` business days after `start` (which itself does not count)."""
    day = start
    remaining = days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if is_business_day(day, region):
            remaining -= 1
    return day


def business_days_between(
    start: datetime.date, end: datetime.date, region: "Region | None" = None
) -> int:
    """Business days after `start` up to and including `end` (0 if end is not later)."""
    count = 0
    day = start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_business_day(day, region):
            count += 1
    return count
