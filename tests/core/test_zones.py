"""Each region keeps its own clocks: Magallanes and Aysén stay on UTC−3 all year while the rest
of Chile follows Santiago's summer time; pages, files and schedules read times in the region's
zone."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from django.core.exceptions import ValidationError
from django.tasks import task
from django.template import Context, Template

from acoge.core import scheduler, zones
from acoge.core.models import Region

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def region(cut: str) -> Region:
    return Region.objects.get(cut_code=cut)


def test_magallanes_and_aysen_keep_their_own_zone_and_the_other_regions_santiagos():
    zones_by_cut = dict(Region.objects.values_list("cut_code", "time_zone"))
    assert zones_by_cut.pop("12") == "America/Punta_Arenas"
    assert zones_by_cut.pop("11") == "America/Coyhaique"
    # Valparaíso includes Easter Island, which has its own zone; the region keeps Santiago's.
    assert set(zones_by_cut.values()) == {"America/Santiago"}
    for name in Region.objects.values_list("time_zone", flat=True):
        ZoneInfo(name)  # every zone is in this machine's tzdata (or the tzdata package)


@pytest.mark.parametrize(
    ("month", "magallanes_utc", "santiago_utc"),
    [
        (1, 21, 21),  # January: Santiago is on summer time (UTC−3), like Magallanes
        (7, 21, 22),  # July: Santiago is on UTC−4, Magallanes still on UTC−3
    ],
)
def test_six_in_the_evening_is_a_different_instant_in_magallanes_in_winter(
    month, magallanes_utc, santiago_utc
):
    day = datetime.date(2026, month, 15)
    six = datetime.time(18)
    assert zones.at(day, six, region("12")).astimezone(UTC).hour == magallanes_utc
    assert zones.at(day, six, region("11")).astimezone(UTC).hour == magallanes_utc
    assert zones.at(day, six, region("13")).astimezone(UTC).hour == santiago_utc
    assert zones.at(day, six, None).astimezone(UTC).hour == santiago_utc, "no region: the site's"


def test_the_in_region_filter_shows_the_regions_clock_and_date_does_not_convert_it_back():
    instant = datetime.datetime(2026, 7, 15, 21, 0, tzinfo=UTC)  # 18:00 in Punta Arenas
    template = Template('{% load zones %}{{ t|in_region:r|date:"j/n H:i" }}')
    assert template.render(Context({"t": instant, "r": region("12")})) == "15/7 18:00"
    assert template.render(Context({"t": instant, "r": region("13")})) == "15/7 17:00"
    date_only = Template("{% load zones %}{{ d|in_region:r }}")
    assert date_only.render(Context({"d": datetime.date(2026, 7, 15), "r": region("12")}))


def test_localdate_is_the_regions_calendar_day():
    # 23:30 in Santiago in July is already 00:30 the next day in Punta Arenas.
    instant = datetime.datetime(2026, 7, 15, 23, 30, tzinfo=ZoneInfo("America/Santiago"))
    assert zones.localdate(instant, region("13")) == datetime.date(2026, 7, 15)
    assert zones.localdate(instant, region("12")) == datetime.date(2026, 7, 16)


def test_a_region_refuses_a_zone_that_does_not_exist():
    magallanes = region("12")
    magallanes.time_zone = "America/Nowhere"
    with pytest.raises(ValidationError):
        magallanes.full_clean()


def test_a_zone_missing_from_old_tzdata_falls_back_to_its_stand_in():
    """Before tzdata 2025b there was no America/Coyhaique: Punta Arenas keeps the same time."""
    real = ZoneInfo

    def old_tzdata(name):
        if name == "America/Coyhaique":
            raise ZoneInfoNotFoundError(name)
        return real(name)

    zones.zone_named.cache_clear()
    try:
        with mock.patch("acoge.core.zones.ZoneInfo", side_effect=old_tzdata):
            assert zones.zone_named("America/Coyhaique") == real("America/Punta_Arenas")
            assert zones.zone_named("Mars/Olympus") == real("America/Santiago")
    finally:
        zones.zone_named.cache_clear()


@task
def noop_task(zone: str) -> str:
    return zone


def test_a_schedule_in_a_regions_zone_is_due_from_that_hour_on_its_clocks():
    magallanes = scheduler.Schedule(
        name="test.magallanes", task=noop_task, at_hour=8, zone="America/Punta_Arenas"
    )
    santiago = scheduler.Schedule(name="test.santiago", task=noop_task, at_hour=8)
    # Monday 13 July 2026, 07:00 in Santiago = 08:00 in Punta Arenas.
    now = datetime.datetime(2026, 7, 13, 11, 0, tzinfo=UTC)
    assert magallanes.due(None, now)
    assert not santiago.due(None, now)
    assert santiago.due(None, now + datetime.timedelta(hours=1))
