"""Public pages for the browser tests: found from the URLconf, then by following links, so a new
page is covered without editing a test."""

from collections import deque
from collections.abc import Callable
from urllib.parse import urldefrag, urlsplit

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

LANGUAGES = ("es", "en", "ht")
MAX_PAGES = 300
NOT_PAGES = (
    ".ics",
    ".csv",
    "/archivo/",
    "/feed/",
    ".pdf",
)  # downloads and feeds, not pages a browser shows


def urlconf_pages(lang: str) -> set[str]:
    """Every public path without URL arguments, in `lang`."""
    found: set[str] = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                if (
                    "<" in route
                    or "(?P" in route
                    or route.startswith(("gestion/", "admin/", "api/", "salida/"))
                    or route.endswith(NOT_PAGES)
                ):
                    continue
                found.add("/" + route.lstrip("^").rstrip("$"))

    with translation.override(lang):
        resolver = get_resolver()
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver) and hasattr(pattern.pattern, "language_prefix"):
                walk(pattern.url_patterns, pattern.pattern.language_prefix)
    return found


def crawl(page, base: str, lang: str, on_page: Callable[[str], None] | None = None) -> list[str]:
    """Public pages of one language: the URLconf's, plus every same-language page they link to.
    `on_page(path)` runs on each page while `page` shows it: a check needs no visit of its own."""
    queue = deque(sorted(urlconf_pages(lang)))
    seen: set[str] = set(queue)
    visited: list[str] = []
    while queue and len(visited) < MAX_PAGES:
        path = queue.popleft()
        response = page.goto(base + path)
        assert response is not None and response.ok, (
            f"{path} answered {response and response.status}"
        )
        visited.append(path)
        if on_page is not None:
            on_page(path)
        for href in page.eval_on_selector_all(
            "a[href]", "els => els.map(e => e.getAttribute('href'))"
        ):
            target = urldefrag(href)[0]
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or not parts.path.startswith(f"/{lang}/"):
                continue
            if parts.path.endswith(NOT_PAGES):
                continue
            if "texto=" in parts.query or "contraste=" in parts.query:
                continue
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return visited
