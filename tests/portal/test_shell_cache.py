"""The page shell (header and footer) is rendered once per process and kept: the header for each
language, path and display setting, the footer until staff change what it shows. A kept shell
must never show one page's links, language or settings on another, nor a helpline staff changed."""

import pytest
from django.core.cache import caches
from django.test import Client

from acoge.core import page_cache
from acoge.core.models import Helpline

pytestmark = pytest.mark.django_db

SHELL = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "shell-under-test",
}


@pytest.fixture(autouse=True)
def shell_cache_on(settings):
    settings.CACHES = {**settings.CACHES, "shell": SHELL}
    caches["shell"].clear()
    yield
    caches["shell"].clear()


def page(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_the_header_follows_the_language_and_the_path():
    home = page("/es/")
    women = page("/es/mujer-migrante/")
    english = page("/en/mujer-migrante/")
    assert 'href="/en/mujer-migrante/" class="ac-lang__link"' in women
    assert 'href="/en/" class="ac-lang__link"' in home, "not the women's page's links"
    assert 'aria-current="page"' in home and 'aria-current="page"' not in women.split("</nav>")[1]
    assert 'lang="en" class="ac-lang__link ac-lang__link--current"' not in english
    assert "National Migration Service" in english and "Servicio Nacional" in women


def test_the_header_follows_the_display_settings():
    plain = page("/es/")
    large = page("/es/?texto=1")
    again = page("/es/")
    assert 'href="/es/?texto=1" class="ac-toolbar__link ac-toolbar__link--current"' in large
    assert 'href="/es/" class="ac-toolbar__link ac-toolbar__link--current"' in plain
    assert again == plain


def test_a_helpline_staff_change_shows_in_every_footer(django_capture_on_commit_callbacks):
    line = Helpline.objects.create(
        number="1455", display_number="1455", channel="phone", name="Fono Orientación"
    )
    assert "Fono Orientación" in page("/es/")
    line.name = "Fono Violencia contra la Mujer"
    line.save()
    assert "Fono Orientación" in page("/es/"), "kept until staff say the pages changed"
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.public_pages_changed()
    footer = page("/es/")
    assert "Fono Violencia contra la Mujer" in footer and "Fono Orientación" not in footer


def test_what_she_searched_for_is_never_kept_in_the_shell():
    page("/es/buscar/?q=zqxwv+casa")
    kept = caches["shell"]._cache  # type: ignore[attr-defined]
    assert kept, "the footer is still kept"
    assert not any(b"zqxwv" in value for value in kept.values()), "the header is not"
