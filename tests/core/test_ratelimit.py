from datetime import UTC, datetime
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from acoge.core.forms import PublicForm
from acoge.core.models import RateCounter
from acoge.core.ratelimit import RateLimited, client_key, hit, rate_limit
from tests.concurrency import at_once


@rate_limit("test.form", limit=3, window=3600)
def form_view(request):
    return HttpResponse("ok")


def post(address: str = "198.51.100.7"):
    request = RequestFactory().post("/es/x/", REMOTE_ADDR=address)
    request.LANGUAGE_CODE = "es"
    return form_view(request)


@pytest.mark.django_db
def test_a_client_is_refused_with_429_after_the_limit_and_others_are_not():
    assert [post().status_code for _ in range(4)] == [200, 200, 200, 429]
    assert post("198.51.100.8").status_code == 200


@pytest.mark.django_db
def test_the_counter_lives_in_its_fixed_window_where_pruning_finds_it():
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.9")
    moments = [datetime(2026, 11, 22, 10, 59, 30, tzinfo=UTC)] * 2 + [
        datetime(2026, 11, 22, 11, 0, 1, tzinfo=UTC)
    ]
    for moment in moments:
        with mock.patch("acoge.core.ratelimit.timezone.now", return_value=moment):
            hit(request, "test.window", limit=5, window=3600)
    key = client_key(request, "test.window")
    counts = dict(RateCounter.objects.filter(key=key).values_list("window_start", "count"))
    assert counts == {
        datetime(2026, 11, 22, 10, tzinfo=UTC): 2,
        datetime(2026, 11, 22, 11, tzinfo=UTC): 1,
    }


@pytest.mark.django_db(transaction=True)
def test_simultaneous_requests_are_all_counted():
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.10")

    def send(_n: int) -> bool:
        hit(request, "test.together", limit=10)
        return True

    allowed, errors = at_once(send, 12)
    assert RateCounter.objects.get(key=client_key(request, "test.together")).count == 12
    assert len(allowed) == 10
    assert len(errors) == 2 and all(isinstance(error, RateLimited) for error in errors)


@pytest.mark.django_db
def test_the_429_page_is_translated_and_says_nothing_was_lost():
    for _ in range(3):
        post()
    page = post()
    assert page.status_code == 429
    assert "Demasiados intentos" in page.content.decode()


@pytest.mark.django_db
def test_rate_limits_can_be_switched_off_for_load_tests(settings):
    settings.ACOGE_RATELIMIT_ENABLED = False
    assert {post().status_code for _ in range(10)} == {200}


def test_the_honeypot_rejects_a_filled_trap_field_and_accepts_an_empty_one():
    assert PublicForm(data={"website": ""}).is_valid()
    robot = PublicForm(data={"website": "http://spam.example"})
    assert not robot.is_valid()
    assert robot.non_field_errors()


def test_the_honeypot_is_not_listed_among_visible_fields():
    assert [f.name for f in PublicForm().visible_fields()] == []
