"""Anonymous public pages from a shared cache, so a crowd arriving at once costs almost nothing.

A view opts in with `@public_page(seconds)`: its page may be that many seconds old (the staleness
each page allows is listed in docs/performance.md). `AnonymousPageCacheMiddleware`, near the top
of the middleware, then answers a later request for the same page from the cache, before the
rest of the middleware and the view run. It never does so, and never stores a page, unless all
of these hold:

- the request is a GET that carries **no cookie at all** (so no session, no staff sign-in, no
  earlier answers) and no credentials (`Authorization`, an API key);
- the view marked the page, and the response is a 200 that sets no cookie, varies on nothing
  but `Accept-Encoding`, `Accept-Language` and `Cookie`, and is not `private` or `no-store` —
  a page with a CSRF token (kept in the session) or with anything personal fails these by
  construction.

When a stored page is past its time, the next request renders it again while every other one
meanwhile gets the copy it replaces (so a page is at most its seconds old plus one render, or
RENEWING seconds if that render failed); a page of an older generation is never served.

The key is the host, path and query string (filters, text size and contrast live there), the
language the request will be answered in, and whether the client takes gzip. Staff changes that
public pages show call `public_pages_changed()` (the workshop services do): a new generation,
so every stored page is stale at once. Seats taken by registrations are not a staff change: the
pages that show seats allow a few seconds of staleness instead.

The cache is the `pages` alias of Django's cache framework (settings.CACHES): a backend every app
server shares with no new service (files on a shared disk by default, or the database).
`ACOGE_PAGE_CACHE=false` turns it off (as in the test settings, where the cache's own tests turn
it on).
"""

import hashlib
import secrets
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.http import split_header_value

ALIAS = "pages"
GENERATION = "acoge:pages:generation"
MARK = "acoge_page_seconds"  # the attribute @public_page puts on the response
SEATS = 5  # pages that show seats left, or anything a registration changes
STABLE = 60  # pages that only staff changes alter (these also invalidate at once)
MAX_QUERY = 200  # longer query strings are not stored: they would only fill the cache
# A page past its time is kept KEPT seconds more, and served while one request renders it
# again; that request has RENEWING seconds before another may try (if it failed).
KEPT = 60
RENEWING = 5


def public_page(seconds: int) -> Callable:
    """View decorator: the page is the same for every anonymous visitor and may be served up to
    `seconds` old."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            response = view(request, *args, **kwargs)
            setattr(response, MARK, seconds)
            return response

        return wrapped

    return decorator


def public_pages_changed() -> None:
    """What public pages show was changed by staff: every stored page, and every fragment of
    the page shell kept with the generation (the footer's helplines), is stale once the change
    is committed (not before, or a page rendered meanwhile would be stored as new)."""
    transaction.on_commit(
        lambda: caches[ALIAS].set(GENERATION, secrets.token_hex(8), None), robust=True
    )


def generation(request: HttpRequest) -> str:
    """The public pages' current generation (read once a request)."""
    if not hasattr(request, "_acoge_generation"):
        request._acoge_generation = caches[ALIAS].get(GENERATION, "")  # type: ignore[attr-defined]
    return request._acoge_generation  # type: ignore[attr-defined]


def _anonymous_get(request: HttpRequest) -> bool:
    return (
        request.method == "GET"
        and not request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and "HTTP_X_API_KEY" not in request.META
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY
    )


def _key(request: HttpRequest) -> str:
    encoding = "gzip" if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "") else "identity"
    # The language LocaleMiddleware will choose (the path's, else Accept-Language's): pages
    # outside the language prefixes (the API) vary on Accept-Language, and are kept per language.
    language = translation.get_language_from_request(request, check_path=True)
    raw = "\n".join(
        (request.get_host(), request.path, request.META.get("QUERY_STRING", ""), encoding, language)
    )
    return "acoge:page:" + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _storable(response: HttpResponse) -> int | None:
    """How long the response may be kept, or None when it must not be."""
    seconds = getattr(response, MARK, None)
    if not seconds or response.status_code != 200 or response.streaming or response.cookies:
        return None
    vary = {value.lower() for value in split_header_value(response.get("Vary", ""))}
    # Cookie: the page would differ with one, and only requests with no cookie are served.
    # Accept-Language: the key holds the language chosen from it.
    if vary - {"accept-encoding", "cookie", "accept-language"}:
        return None
    control = response.get("Cache-Control", "").lower()
    if "private" in control or "no-store" in control or "no-cache" in control:
        return None
    return int(seconds)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.ACOGE_PAGE_CACHE or not _anonymous_get(request):
            return self.get_response(request)
        cache = caches[ALIAS]
        key = _key(request)
        found = cache.get_many([GENERATION, key])
        generation = request._acoge_generation = found.get(GENERATION, "")  # type: ignore[attr-defined]
        entry = found.get(key)
        now = time.time()
        current = entry is not None and entry["generation"] == generation
        if current and entry["until"] > now:
            return _served(entry)
        # Past its time: one request renders it again, and while it does every other one gets
        # the copy it replaces (a crowd arriving as a page expires does not render it 32 times).
        renewing = f"{key}:renewing"
        if current and not cache.add(renewing, 1, RENEWING):
            return _served(entry)
        response = self.get_response(request)
        seconds = _storable(response)
        if seconds is not None:
            cache.set(
                key,
                {
                    "generation": generation,
                    "until": now + seconds,
                    "content": response.content,
                    "headers": list(response.items()),
                },
                seconds + KEPT,
            )
        if current:
            cache.delete(renewing)
        return response


def _served(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=200)
    for header, value in entry["headers"]:
        response[header] = value
    return response
