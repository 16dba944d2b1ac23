"""axe-core on every public page, in all three languages, with 0 violations (WCAG 2.2 AA tags)."""

import pytest

from .conftest import axe_violations
from .pages import LANGUAGES, crawl

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_public_page_has_no_axe_violations(page, site, axe_source, lang):
    problems = {}
    visited = crawl(page, site, lang)
    for path in visited:
        page.goto(site + path)
        found = axe_violations(page, axe_source)
        if found:
            problems[path] = found
    assert len(visited) >= 4
    assert not problems, problems


@pytest.mark.parametrize("query", ["?contraste=alto", "?texto=2", "?texto=2&contraste=alto"])
def test_display_preferences_keep_the_home_page_accessible(page, site, axe_source, query):
    page.goto(f"{site}/es/{query}")
    assert axe_violations(page, axe_source) == []


def test_axe_catches_a_broken_page(page, axe_source):
    """Negative control: the checker really runs and really fails pages."""
    page.set_content(
        '<!doctype html><html lang="es"><title>x</title><main><input name="x"></main></html>'
    )
    violations = axe_violations(page, axe_source)
    assert any(v.startswith("label ") for v in violations), violations


def test_error_pages_are_accessible(page, site, axe_source):
    for lang in LANGUAGES:
        response = page.goto(f"{site}/{lang}/no-existe/")
        assert response.status == 404
        assert axe_violations(page, axe_source) == []
