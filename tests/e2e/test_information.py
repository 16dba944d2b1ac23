"""Relevant information in a real browser: axe on every page of it in three languages (with the
demo content), the search page with results, and the staff review dashboard."""

import pytest

from acoge.core import search
from acoge.information import demo
from acoge.information.models import Document, Initiative, News, Page

from .conftest import axe_violations
from .pages import LANGUAGES

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def content(transactional_db):
    demo.load(lambda line: None)
    search.reindex()


def paths(lang: str) -> list[str]:
    fixed = [
        "/informacion/",
        "/informacion/presupuestos/",
        "/informacion/noticias/",
        "/informacion/documentos/",
        "/participacion/",
        "/buscar/?q=mujeres",
        "/buscar/?q=" + "x" * 120,  # the error summary
    ]
    records = [
        *(page.get_absolute_url() for page in Page.objects.filter(published=True)),
        *(item.get_absolute_url() for item in Initiative.objects.filter(published=True)),
        *(item.get_absolute_url() for item in News.objects.filter(published=True)),
        *(item.get_absolute_url() for item in Document.objects.filter(published=True)),
    ]
    return [f"/{lang}{path}" for path in fixed] + [
        f"/{lang}/{path.split('/', 2)[2]}" for path in records
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_information_page_passes_axe(page, site, axe_source, content, lang):
    problems = {}
    for path in paths(lang):
        response = page.goto(site + path)
        assert response is not None and response.ok, path
        if found := axe_violations(page, axe_source):
            problems[path] = found
    assert not problems, problems


def test_pages_work_without_javascript(browser, site, content):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(site + "/es/informacion/")
    page.fill("#q", "violencia")
    with page.expect_navigation():
        page.locator("form.ac-search button").click()
    assert "/es/buscar/?q=violencia" in page.url
    assert page.locator("ol.ac-list li").count() >= 1
    context.close()
