"""The first question page for someone with no session yet (core/first_page.py): shown without a
session or a cookie; its POST taken only from this site with the page's signed token; every other
page's POST needs the session's CSRF token as before; the page a process remembers is the same
for everyone and follows staff changes at once."""

import re
from unittest import mock

import pytest
from django.contrib.sessions.models import Session
from django.core import signing
from django.core.cache import caches
from django.test import Client

from acoge.core import first_page, page_cache, questions

pytestmark = pytest.mark.django_db

FIRST = "/es/mujer-migrante/contacto/tema/"
SECOND = "/es/mujer-migrante/contacto/region/"
HERE = "http://testserver"


def _token(client: Client) -> str:
    html = client.get(FIRST).content.decode()
    return re.search(r'name="inicio" value="([^"]+)"', html).group(1)


def _send(client: Client, token: str, **headers):
    return client.post(FIRST, {"topic": "violence", first_page.FIELD: token}, headers=headers)


def test_the_first_page_opens_no_session_and_sets_no_cookie():
    client = Client(enforce_csrf_checks=True)
    response = client.get(FIRST)
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert 'name="inicio"' in html and "csrfmiddlewaretoken" not in html
    assert not Session.objects.exists()


def test_her_first_answer_from_this_site_opens_her_session():
    client = Client(enforce_csrf_checks=True)
    response = _send(client, _token(client), Origin=HERE)
    assert response.status_code == 302 and response.url == SECOND
    assert response.cookies and Session.objects.count() == 1
    assert "csrfmiddlewaretoken" in client.get(SECOND).content.decode(), "then as always"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},  # without Sec-Fetch-Site: same-origin, null is another site
        {"Sec-Fetch-Site": "cross-site"},
        {},  # neither: not a browser on this site
    ],
)
def test_a_first_answer_from_another_site_is_refused(headers):
    client = Client(enforce_csrf_checks=True)
    response = _send(client, _token(client), **headers)
    assert response.status_code == 403 and not Session.objects.exists()


def test_a_null_origin_of_this_site_is_taken():
    client = Client(enforce_csrf_checks=True)
    response = _send(client, _token(client), Origin="null", **{"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 302


def test_a_forged_or_expired_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    forged = signing.dumps("first-page", salt="another purpose")
    assert _send(client, forged, Origin=HERE).status_code == 403
    token = _token(client)
    later = signing.time.time() + first_page.MAX_AGE + 60
    with mock.patch.object(signing.time, "time", return_value=later):
        assert _send(client, token, Origin=HERE).status_code == 403
    assert not Session.objects.exists()


def test_without_the_token_django_csrf_check_applies():
    client = Client(enforce_csrf_checks=True)
    response = client.post(FIRST, {"topic": "violence"}, headers={"Origin": HERE})
    assert response.status_code == 403


def test_a_later_page_needs_the_session_token():
    client = Client(enforce_csrf_checks=True)
    _send(client, _token(client), Origin=HERE)
    refused = client.post(SECOND, {"region": "1"}, headers={"Origin": HERE})
    assert refused.status_code == 403
    # The first page's token is not a way around it once she has a session.
    again = client.post(FIRST, {"topic": "work", first_page.FIELD: _token(Client())})
    assert again.status_code == 403


def test_the_remembered_page_is_the_same_for_everyone_and_follows_staff_changes(
    django_capture_on_commit_callbacks,
):
    with mock.patch.object(questions, "render", wraps=questions.render) as rendered:
        first, second = Client().get(FIRST), Client().get(FIRST)
        assert rendered.call_count == 1, "the second visitor gets the page the first one got"
        assert first.content == second.content and not second.cookies
        assert "no-store" in second["Cache-Control"], "never kept by a browser or proxy either"
        assert not caches[page_cache.ALIAS].get(page_cache._key(second.wsgi_request))
        Client().get("/en" + FIRST[3:])
        assert rendered.call_count == 2, "another language is another page"
        with django_capture_on_commit_callbacks(execute=True):
            page_cache.public_pages_changed()  # a staff change: a new generation
        Client().get(FIRST)
        assert rendered.call_count == 3, "rendered again at once"
        later = first_page.time.monotonic() + first_page.SECONDS + 1
        with mock.patch.object(first_page.time, "monotonic", return_value=later):
            Client().get(FIRST)
        assert rendered.call_count == 4, "and at least every few seconds"


def test_a_connection_past_its_start_limit_is_told_so_even_from_a_remembered_page(settings):
    settings.ACOGE_RATE_LIMITS = {**settings.ACOGE_RATE_LIMITS, "contact.start": 2}
    assert Client().get(FIRST).status_code == 200  # rendered, and now remembered
    for _n in range(2):  # this connection starts twice: its limit is used up
        client = Client()
        client.post(FIRST, {"topic": "violence", first_page.FIELD: _token(client)})
    busy = Client().get(FIRST)
    assert busy.status_code == 429 and "Retry-After" in busy
    other = Client(REMOTE_ADDR="10.9.8.7").get(FIRST)
    assert other.status_code == 200, "another connection still gets the page"
