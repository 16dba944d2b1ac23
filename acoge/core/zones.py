"""Times in a region's own time zone: the one place that knows which zone a region keeps.

Magallanes (America/Punta_Arenas) and Aysén (America/Coyhaique, tzdata 2025b and later) stay on
UTC−3 all year, while the rest of Chile follows Santiago's summer time. Easter Island (Valparaíso
region) keeps its own zone, but the region as a whole, and its regional office, keep
America/Santiago. A record with no region (the national queue) uses the site's TIME_ZONE.

Workshop times, calendar files, contact due dates, "safe now" and the digest hour all take their
zone from here: `zone_of(region)` in Python, the `in_region` filter (`{% load zones %}`) in
templates, `override(region)` around a page about one region.
"""

import datetime
import logging
from contextlib import AbstractContextManager
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from .models import Region

logger = logging.getLogger("acoge.zones")

SANTIAGO = "America/Santiago"
# Regions that do not keep Santiago's time, by CUT code (the reference data sets them).
REGION_ZONES = {"11": "America/Coyhaique", "12": "America/Punta_Arenas"}
# Before tzdata 2025b there was no America/Coyhaique (Aysén followed Santiago until March 2025);
# since then it keeps UTC−3 all year, as Punta Arenas does: the better stand-in for times now.
STAND_INS = {"America/Coyhaique": "America/Punta_Arenas"}


def validate_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("This is not a time zone: %(name)s.") % {"name": name}) from exc


@cache
def zone_named(name: str) -> ZoneInfo:
    """The zone of that name; one missing from this machine's tzdata, its stand-in."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        stand_in = STAND_INS.get(name, settings.TIME_ZONE)
        logger.warning("Time zone %s is missing from tzdata; using %s", name, stand_in)
        return ZoneInfo(stand_in)


def zone_of(region: "Region | None") -> ZoneInfo:
    """The zone of the region, or the site's (TIME_ZONE) when there is no region."""
    name = getattr(region, "time_zone", "") or settings.TIME_ZONE
    return zone_named(name)


def localtime(value: datetime.datetime, region: "Region | None") -> datetime.datetime:
    """An aware datetime as the region's clocks show it."""
    return timezone.localtime(value, zone_of(region))


def localdate(value: datetime.datetime, region: "Region | None") -> datetime.date:
    """The region's calendar day at that instant."""
    return localtime(value, region).date()


def at(day: datetime.date, time: datetime.time, region: "Region | None") -> datetime.datetime:
    """The instant when the region's clocks show that day and time."""
    return datetime.datetime.combine(day, time, zone_of(region))


def override(region: "Region | None") -> AbstractContextManager:
    """Render or parse in the region's zone: `with zones.override(region): ...`."""
    return timezone.override(zone_of(region))
