"""Consultations in a real browser at 360 px: axe on the list, a consultation, every question
page of answering it, the check-answers page, the receipt and the results, in three languages;
answered with JavaScript off."""

import pytest

from acoge.consultations import demo

from .conftest import axe_violations
from .pages import LANGUAGES

pytestmark = pytest.mark.django_db(transaction=True)

OPEN = "prioridades-informacion-2026"
CLOSED = "prioridades-informacion-2025"


@pytest.fixture
def consultations(transactional_db):
    demo.load(lambda line: None)


def answer_it(page, site: str, lang: str, axe_source: str) -> dict:
    problems = {}

    def check() -> None:
        page.wait_for_load_state()
        if axe_source and (found := axe_violations(page, axe_source)):
            problems[page.url] = found

    page.goto(f"{site}/{lang}/participacion/consultas/{OPEN}/")
    check()
    with page.expect_navigation():
        page.locator(".ac-button--start").click()
    check()
    page.locator("input[type=radio]").nth(0).check()
    while "/revisar/" not in page.url:
        with page.expect_navigation():
            page.locator("form#questions button.ac-button").first.click()
        check()
        if page.locator(".ac-error-summary").count():  # a required question: answer it
            page.locator("input[type=radio]").nth(2).check()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check()
    assert "/enviada/" in page.url
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_a_consultation_passes_axe(page, site, axe_source, consultations, lang):
    problems = answer_it(page, site, lang, axe_source)
    for path in ("", f"{CLOSED}/resultados/", f"{CLOSED}/comprobante/", f"{CLOSED}/"):
        page.goto(f"{site}/{lang}/participacion/consultas/{path}")
        if found := axe_violations(page, axe_source):
            problems[path] = found
    assert not problems, problems


def test_answering_works_without_javascript(browser, site, consultations):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    answer_it(page, site, "es", axe_source="")  # axe runs in JavaScript: not here
    assert page.locator(".ac-panel__reference").inner_text().strip()
    context.close()
