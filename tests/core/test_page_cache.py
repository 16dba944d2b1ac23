"""The anonymous page cache never serves one person's page to another: a page fetched with a
session, by signed-in staff, in another language or with the large-text setting is never what an
anonymous visitor then gets, and the other way round; seats left catch up within the stated
staleness; a staff edit shows at once. On the shared backends production uses (files, the
database), not only in memory."""

from unittest import mock

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from acoge.accounts.models import Role
from acoge.core import page_cache
from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from tests.factories import registration
from tests.workshops.test_registration import make_workshop

pytestmark = pytest.mark.django_db

LIST = "/es/mujer-migrante/talleres/"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.ACOGE_PAGE_CACHE = True
    caches[page_cache.ALIAS].clear()
    yield
    caches[page_cache.ALIAS].clear()


def detail(workshop) -> str:
    return f"/es/mujer-migrante/talleres/{workshop.pk}/"


def served_from_cache(client: Client, path: str, **extra) -> tuple[bool, str]:
    """Whether the page came from the cache (no query at all was made), and its HTML."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    assert response.status_code == 200, path
    return not queries.captured_queries, response.content.decode()


def test_a_second_anonymous_visitor_gets_the_page_from_the_cache():
    make_workshop(title="Taller de prueba")
    first, html = served_from_cache(Client(), LIST)
    second, again = served_from_cache(Client(), LIST)
    assert not first and second
    assert again == html and "Taller de prueba" in again


def test_a_visitor_with_a_session_never_gets_or_leaves_a_stored_page(client):
    workshop = make_workshop()
    client.get(f"/es/mujer-migrante/talleres/{workshop.pk}/inscripcion/nombre/")
    client.post(f"/es/mujer-migrante/talleres/{workshop.pk}/inscripcion/nombre/", {"name": "Ana"})
    assert client.cookies, "she has a session now, with her answers"
    served_from_cache(Client(), LIST)  # an anonymous visitor stores the page
    from_cache, _html = served_from_cache(client, LIST)
    assert not from_cache, "her request, with her session, is answered by the view"
    caches[page_cache.ALIAS].clear()
    served_from_cache(client, LIST)
    stored, _html = served_from_cache(Client(), LIST)
    assert not stored, "her page was not stored for others"


def test_signed_in_staff_pages_are_never_stored_or_served(staff_client):
    staff = staff_client(Role.NATIONAL_ADMIN)
    assert staff.get("/es/").status_code == 200
    anonymous_first, _html = served_from_cache(Client(), "/es/")
    assert not anonymous_first, "nothing the staff member fetched was stored"
    from_cache, _ = served_from_cache(staff, "/es/")
    assert not from_cache


def test_languages_and_display_settings_are_different_pages():
    make_workshop()
    served_from_cache(Client(), LIST)
    cached_en, english = served_from_cache(Client(), "/en/mujer-migrante/talleres/")
    assert not cached_en and '<html lang="en"' in english
    cached_large, large = served_from_cache(Client(), LIST + "?texto=1")
    assert not cached_large and "ac-text-1" in large
    _cached, plain = served_from_cache(Client(), LIST)
    assert "ac-text-1" not in plain and '<html lang="es"' in plain


def test_a_question_page_is_never_stored_in_the_shared_cache():
    workshop = make_workshop()
    first = f"/es/mujer-migrante/talleres/{workshop.pk}/inscripcion/nombre/"
    for _ in range(2):
        response = Client().get(first)
        assert response.status_code == 200 and not response.cookies, "no session until she answers"
        assert 'name="inicio"' in response.content.decode()
    assert not caches[page_cache.ALIAS].get(page_cache._key(Client().get(first).wsgi_request))
    client = Client()
    client.post(first, {"name": "Ana"})  # her answer opens her session
    second = client.get(first.replace("nombre", "contacto"))
    assert second.status_code == 200 and "csrfmiddlewaretoken" in second.content.decode()
    assert not caches[page_cache.ALIAS].get(page_cache._key(second.wsgi_request))


def test_seats_left_catch_up_within_the_stated_staleness():
    workshop = make_workshop(capacity=3)
    _cached, html = served_from_cache(Client(), detail(workshop))
    registration(workshop, 1)
    registration(workshop, 2)
    later = page_cache.time.time() + page_cache.SEATS + 1
    with mock.patch.object(page_cache.time, "time", return_value=later):
        from_cache, fresh = served_from_cache(Client(), detail(workshop))
    assert not from_cache and fresh != html


def test_while_one_request_renders_an_expired_page_the_others_get_the_old_copy():
    workshop = make_workshop(capacity=3)
    _cached, html = served_from_cache(Client(), detail(workshop))
    registration(workshop, 1)
    later = page_cache.time.time() + page_cache.SEATS + 1
    request = Client().get(detail(workshop)).wsgi_request
    renewing = page_cache._key(request) + ":renewing"
    cache = caches[page_cache.ALIAS]
    with mock.patch.object(page_cache.time, "time", return_value=later):
        assert cache.add(renewing, 1, page_cache.RENEWING), "as if a request were rendering it"
        from_cache, old = served_from_cache(Client(), detail(workshop))
        assert from_cache and old == html, "the copy it replaces, not a second render"
        cache.delete(renewing)  # that render failed; the lock's time ran out
        from_cache, fresh = served_from_cache(Client(), detail(workshop))
    assert not from_cache and fresh != html
    assert cache.get(renewing) is None, "released once stored"


def test_a_staff_edit_shows_at_once(django_capture_on_commit_callbacks):
    workshop = make_workshop(title="Antes")
    served_from_cache(Client(), detail(workshop))
    workshop.title = workshop.title_es = "Después"
    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        services.workshop_save(workshop=workshop, actor=None, changed=["title"])
    from_cache, html = served_from_cache(Client(), detail(workshop))
    assert not from_cache and "Después" in html


def test_production_shares_the_cache_between_app_servers():
    from config.settings import base

    assert "locmem" not in base.CACHES["pages"]["BACKEND"]
    assert {"file", "database"} == set(base.PAGE_CACHES)


@pytest.mark.parametrize("backend", ["file", "database"])
def test_both_shared_backends_serve_and_invalidate(settings, tmp_path, backend):
    from config.settings import base

    chosen = dict(base.PAGE_CACHES[backend])
    if backend == "file":
        chosen["LOCATION"] = str(tmp_path)
    settings.CACHES = {**settings.CACHES, "pages": chosen}
    if backend == "database":
        call_command("createcachetable", database="default", verbosity=0)
    caches[page_cache.ALIAS].clear()
    workshop = make_workshop(title="Compartido")
    served_from_cache(Client(), detail(workshop))
    with CaptureQueriesContext(connection) as queries:
        html = Client().get(detail(workshop)).content.decode()
    assert "Compartido" in html
    assert len(queries.captured_queries) == (1 if backend == "database" else 0)


def test_api_lists_are_stored_per_language_of_accept_language():
    make_workshop(title="Taller de prueba")
    first, spanish = served_from_cache(Client(), "/api/talleres", HTTP_ACCEPT_LANGUAGE="es")
    second, again = served_from_cache(Client(), "/api/talleres", HTTP_ACCEPT_LANGUAGE="es")
    assert not first and second and again == spanish
    other, _english = served_from_cache(Client(), "/api/talleres", HTTP_ACCEPT_LANGUAGE="en")
    assert not other, "another language is another page"
    reference, _regions = served_from_cache(Client(), "/api/regiones")
    assert not reference and served_from_cache(Client(), "/api/regiones")[0]


def test_a_partner_with_a_key_is_never_served_a_stored_list():
    make_workshop()
    served_from_cache(Client(), "/api/talleres")
    stored, _html = served_from_cache(Client(), "/api/talleres", HTTP_X_API_KEY="anything")
    assert not stored


@pytest.mark.parametrize("path", ["/es/", "/es/mujer-migrante/contacto/", "/es/mis-datos/"])
def test_start_pages_of_the_question_flows_come_from_the_cache(path):
    first, html = served_from_cache(Client(), path)
    second, again = served_from_cache(Client(), path)
    assert not first and second and again == html
