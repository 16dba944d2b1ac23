"""axe-core beyond the crawl of every public page (tests/e2e/test_budget.py runs it on each): the
display preferences, a negative control, the error pages."""

import pytest

from .conftest import axe_violations
from .pages import LANGUAGES

pytestmark = pytest.mark.django_db(transaction=True)


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
