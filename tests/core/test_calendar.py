"""Business days: weekends, national holidays, and a region's own holidays for its directorate."""

import datetime

import holidays
import pytest

from acoge.core.calendar import add_business_days, business_days_between, is_business_day
from acoge.core.models import Region

pytestmark = pytest.mark.django_db


def test_the_assault_on_the_morro_is_a_holiday_in_arica_only():
    monday = datetime.date(2027, 6, 7)
    arica = Region.objects.get(cut_code="15")
    santiago = Region.objects.get(cut_code="13")
    assert monday.weekday() == 0
    assert not is_business_day(monday, arica)
    assert is_business_day(monday, santiago) and is_business_day(monday)
    friday = datetime.date(2027, 6, 4)
    assert add_business_days(friday, 1, arica) == datetime.date(2027, 6, 8)
    assert add_business_days(friday, 1) == monday
    assert business_days_between(friday, datetime.date(2027, 6, 8), arica) == 1


def test_every_region_has_a_code_the_holiday_calendar_knows():
    codes = {region.iso_code.removeprefix("CL-") for region in Region.objects.all()}
    assert codes == set(holidays.Chile.subdivisions)
