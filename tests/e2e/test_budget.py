"""Every public page, in all three languages, in one crawl: 0 axe-core violations (WCAG 2.2 AA
tags); ≤ 30 KB transferred (HTML+CSS+JS+images, compressed as served), ≤ 6 requests, and no
request to another origin, each page loaded again in a fresh context with an empty cache."""

import pytest

from .conftest import axe_violations
from .pages import LANGUAGES, crawl

pytestmark = pytest.mark.django_db(transaction=True)

MAX_BYTES = 30 * 1024
MAX_REQUESTS = 6


def measure(browser, url: str) -> tuple[int, list[str]]:
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    requests: list = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.on("requestfailed", lambda request: requests.append(request))
    # Everything the page loads by itself is in by `load` and once its fonts are ready; waiting
    # for the network to be idle would add half a second to each page, and find nothing more.
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    urls = [request.url for request in requests]
    context.close()
    return total, urls


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_public_page_passes_axe_stays_within_the_budget_and_on_our_origin(
    browser, page, site, axe_source, lang
):
    problems, over = {}, {}

    def check(path: str) -> None:
        if found := axe_violations(page, axe_source):
            problems[path] = found
        total, urls = measure(browser, site + path)
        foreign = [url for url in urls if not url.startswith(site)]
        if total > MAX_BYTES or len(urls) > MAX_REQUESTS or foreign:
            over[path] = {"bytes": total, "requests": len(urls), "foreign": foreign}

    visited = crawl(page, site, lang, on_page=check)
    assert len(visited) >= 4
    assert not problems, problems
    assert not over, over


def test_static_files_are_served_compressed(browser, site):
    context = browser.new_context()
    page = context.new_page()
    encodings = {}
    page.on(
        "response",
        lambda response: encodings.__setitem__(
            response.url.rsplit("/", 1)[-1].split(".")[0], response.headers.get("content-encoding")
        ),
    )
    page.goto(site + "/es/", wait_until="networkidle")
    context.close()
    assert encodings.get("acoge") in {"br", "gzip"}, encodings
