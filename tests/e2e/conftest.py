"""Browser tests: Playwright driving Debian's Chromium against a live Django server, axe-core
injected into each page. Nothing is downloaded: the browser comes from apt, axe from npm."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser import CHROMIUM, FLAGS

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = Path(os.environ.get("AXE_JS", ROOT / "node_modules/axe-core/axe.min.js"))
NEUTRAL_PAGE = "<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>"

# Playwright's sync API runs an event loop in this thread; Django allows ORM calls regardless.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    missing = []
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if not AXE_JS.exists():
        missing.append(f"{AXE_JS} (npm ci)")
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            if missing:
                item.add_marker(pytest.mark.skip(reason="browser tests need " + ", ".join(missing)))


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker) -> Iterator[str]:
    """A live server that serves static files through WhiteNoise, compressed as in production."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("127.0.0.1", start=False)
    server.thread.static_handler = lambda app: app  # no Django static handler: WhiteNoise serves
    server.start()
    yield server.url
    server.stop()


@pytest.fixture(autouse=True)
def reference_data(request) -> None:
    """Browser tests commit for real (the server runs in another thread), and each one ends
    by emptying the tables; put the regions, institutions and helplines back first."""
    if "transactional_db" not in request.fixturenames and not request.node.get_closest_marker(
        "django_db"
    ):
        return
    request.getfixturevalue("reference_rows")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="es-CL", viewport={"width": 360, "height": 800})
    # The neutral site of the quick exit is stood in for, so no request leaves this machine.
    context.route(
        "https://neutral.example/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE),
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page, axe_source: str) -> list[str]:
    page.evaluate(axe_source)  # injected over CDP: the page's CSP does not block it
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} @ {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]
