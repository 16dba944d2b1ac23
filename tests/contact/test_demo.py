"""Demo data: requests in several queues and every state, loaded once."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from acoge.accounts import demo as accounts_demo
from acoge.contact import demo
from acoge.contact.models import ContactRequest
from acoge.core.scoping import scopes_disabled


@pytest.mark.django_db
def test_demo_requests_cover_regions_states_an_overdue_and_a_paused_one_and_load_once():
    said: list[str] = []
    accounts_demo.load(said.append)
    demo.load(said.append)
    demo.load(said.append)
    assert said[-1] == "Demo contact requests: already loaded."
    with scopes_disabled():
        requests = list(ContactRequest.objects.select_related("region"))
    assert len(requests) == len(demo.REQUESTS)
    assert len({request.region_id for request in requests if request.region_id}) >= 4
    assert any(request.national_queue for request in requests)
    assert {request.status for request in requests} == set(ContactRequest.Status.values)
    assert any(request.is_overdue() for request in requests)
    paused = [request for request in requests if request.is_paused()]
    assert len(paused) == 1 and paused[0].attempts.filter(result="not_safe").exists()
    assert any(request.referrals.exists() for request in requests)
    assert {request.language for request in requests} >= {"es", "ht", "en"}


@pytest.mark.django_db
@pytest.mark.parametrize("hour_minute", [(9, 10), (15, 0)], ids=["9:10", "15:00"])
def test_the_demo_has_a_paused_request_whatever_the_time_it_is_loaded(hour_minute):
    """Her safe window starts at 9:00 on weekdays: loaded at 9:10, the "not safe" attempt must
    still pause her until the next window, not until a 9:00 already gone."""
    loaded_at = datetime.datetime(2026, 11, 24, *hour_minute, tzinfo=ZoneInfo("America/Santiago"))
    with mock.patch("django.utils.timezone.now", return_value=loaded_at):
        accounts_demo.load(lambda line: None)
        demo.load(lambda line: None)
        with scopes_disabled():
            paused = [r for r in ContactRequest.objects.all() if r.is_paused(now=loaded_at)]
    assert len(paused) == 1
