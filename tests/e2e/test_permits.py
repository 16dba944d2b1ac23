"""The humanitarian residence guide and its checker in a real browser at 360 px: axe on every
page in three languages, the checker taken with JavaScript off leaves no cookie, and its result
prints on one or two A4 pages."""

import re

import pytest

from acoge.permits import demo

from .conftest import axe_violations
from .pages import LANGUAGES

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE = "/{lang}/residencia-humanitaria/"


@pytest.fixture
def guide(transactional_db):
    demo.load(lambda line: None)


def take_checker(page, site: str, lang: str, *, axe_source: str = "") -> list[str]:
    """Through the checker: violence and the border, then trafficking. axe on each page."""
    problems = []

    def check(where: str) -> None:
        page.wait_for_load_state()
        if axe_source and (found := axe_violations(page, axe_source)):
            problems.append(f"{where}: {found}")

    page.goto(site + GUIDE.format(lang=lang) + "verificar/")
    check("start")
    with page.expect_navigation():
        page.locator(".ac-button--start").click()
    check("situacion")
    boxes = page.locator("input[type=checkbox]")
    boxes.nth(0).check()
    boxes.nth(2).check()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").click()
    check("que-paso")
    page.locator("input[type=radio]").first.check()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").click()
    check("result")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_the_guide_and_the_checker_passes_axe(page, site, axe_source, guide, lang):
    problems = []
    page.goto(site + GUIDE.format(lang=lang))
    links = page.eval_on_selector_all(
        "a.ac-card__heading a, .ac-card__heading a", "els => els.map(e => e.getAttribute('href'))"
    )
    assert len(links) == 5
    for path in [GUIDE.format(lang=lang), *links]:
        page.goto(site + path)
        if found := axe_violations(page, axe_source):
            problems.append(f"{path}: {found}")
    problems += take_checker(page, site, lang, axe_source=axe_source)
    assert not problems, problems


def test_the_checker_works_without_javascript_and_leaves_no_cookie(browser, site, guide):
    context = browser.new_context(
        java_script_enabled=False, locale="es-CL", viewport={"width": 360, "height": 800}
    )
    page = context.new_page()
    take_checker(page, site, "es")
    text = page.locator("main").inner_text()
    assert "Víctimas de trata de personas" in text
    assert "Violencia intrafamiliar o de género" in text
    assert not re.search(r"\d{2,}", page.url.split("/verificar/")[1]), "no answer in the URL"
    assert context.cookies() == []
    # Back posts the answers to the last question, still chosen.
    with page.expect_navigation():
        page.locator("button.ac-back-link").click()
    assert page.locator("input[type=radio]").first.is_checked()
    context.close()


def test_the_result_prints_on_one_or_two_pages(page, site, guide):
    take_checker(page, site, "es")
    pdf = page.pdf(format="A4", print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages
    page.emulate_media(media="print")
    assert not page.locator(".ac-exit").is_visible(), "no quick exit on paper"
    assert not page.locator(".ac-header").is_visible()
