import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from acoge.core.forms import PublicForm
from acoge.core.ratelimit import rate_limit


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
