"""The site search finds published pages by a Spanish word written with or without its accents,
and by its plural, on SQLite (FTS5) and PostgreSQL alike (the suite runs on both); it keeps to
her language, never shows what is unpublished, and survives any text typed into it."""

import datetime

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from acoge.core import search
from acoge.information.models import Page, Section

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)


def make_page(slug: str, title: str, body: str, published: bool = True, **other) -> Page:
    return Page.objects.create(
        slug=slug,
        section=Section.INFORMATION,
        title_es=title,
        summary_es=title,
        body_es=body,
        published=published,
        last_reviewed=TODAY,
        review_by=TODAY + datetime.timedelta(days=180),
        **other,
    )


@pytest.fixture
def pages(db):
    make_page("migracion", "Participación ciudadana", "La migración y la información pública.")
    make_page("talleres", "Talleres para mujeres migrantes", "Embarazo, violencia de género.")
    make_page("borrador", "Migración en borrador", "Texto no publicado.", published=False)
    make_page(
        "english",
        "Solo en español",
        "Texto.",
        title_en="Workshops for migrant women",
        body_en="Pregnancy and gender-based violence.",
    )
    search.reindex("information.pages")


def slugs(text: str, language: str = "es") -> set[str]:
    return {
        entry.url.rstrip("/").rsplit("/", 1)[-1] for entry in search.search(text, language=language)
    }


def test_a_word_is_found_with_and_without_its_accents(pages):
    assert "migracion" in slugs("migración")
    assert "migracion" in slugs("migracion")
    assert "migracion" in slugs("MIGRACIÓN")
    assert "talleres" in slugs("genero")


def test_plural_and_singular_find_each_other(pages):
    assert "talleres" in slugs("mujer migrante")
    assert "migracion" in slugs("informaciones")


def test_every_word_must_be_there(pages):
    assert slugs("migración embarazo") == set()
    assert slugs("violencia embarazo") == {"talleres"}


def test_unpublished_pages_are_never_found(pages):
    assert "borrador" not in slugs("borrador")
    assert "borrador" not in slugs("migración")


def test_each_language_finds_its_own_text(pages):
    assert "english" in slugs("pregnancy", "en")
    assert "english" not in slugs("pregnancy", "es")
    assert all(entry.url.startswith("/en/") for entry in search.search("women", language="en"))


def test_a_title_match_ranks_above_a_body_match(pages):
    make_page("cuerpo", "Otra página", "Aquí se habla de talleres al pasar.")
    search.reindex("information.pages")
    found = search.search("talleres", language="es")
    assert found[0].url.endswith("/talleres/")


def test_the_index_follows_a_staff_change_once_it_is_committed(
    pages, django_capture_on_commit_callbacks
):
    page = Page.objects.get(slug="migracion")
    page.title_es = "Consejo de la sociedad civil"
    page.save()
    with django_capture_on_commit_callbacks(execute=True):
        search.source_changed("information.pages")
    assert "migracion" in slugs("consejo")


def test_the_search_page_shows_results_in_her_language(pages):
    page = Client().get("/es/buscar/", {"q": "mujeres"}).content.decode()
    assert "Talleres para mujeres migrantes" in page
    assert 'href="/es/informacion/talleres/"' in page
    empty = Client().get("/es/buscar/", {"q": "zzzzqqq"})
    assert empty.status_code == 200 and "No encontramos nada" in empty.content.decode()
    assert "no-store" in empty["Cache-Control"]  # what she searched for is kept nowhere


def test_a_query_too_long_is_refused_with_a_message_and_kept(pages):
    response = Client().get("/es/buscar/", {"q": "talleres " * 20})
    assert response.status_code == 200
    assert 'class="ac-error-summary' in response.content.decode()
    assert "talleres talleres" in response.content.decode()  # what she typed comes back


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_typed_is_answered_without_an_error(text):
    search.search(text, language="es")  # FTS syntax, quotes, operators: all taken as words


@pytest.mark.parametrize("text", ['"', "*", "NEAR(a b)", "-x", "tall:*", "a & | ! b", "'; --"])
def test_search_syntax_is_taken_as_words(pages, text):
    assert Client().get("/es/buscar/", {"q": text}).status_code == 200


def test_or_is_a_word_not_an_operator(pages):
    assert slugs("violencia OR migración") == set()  # every word, "or" included
    assert slugs("violencia embarazo") == {"talleres"}
