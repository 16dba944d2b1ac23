"""The first question page of a journey, for someone who has no session yet: shown without making
one, so a crowd opening a shared link writes nothing and gets no cookie until they answer.

Django keeps the CSRF secret in the session (`CSRF_USE_SESSIONS`), so a `{% csrf_token %}` on
that page would create a session (an encrypted database row and a cookie) for every visitor,
most of whom never answer. Instead the page carries a signed, timestamped token that is the same
for everyone (`token()`), and its POST is accepted only when

- the request comes from this site: its `Origin` is this site's (Django's own origin check, the
  one CsrfViewMiddleware applies; `SameOriginNullOriginMiddleware` has already turned the
  `Origin: null` of `Referrer-Policy: no-referrer` into the real one when `Sec-Fetch-Site` says
  same-origin), or, with no `Origin` at all, `Sec-Fetch-Site: same-origin`; and
- the token is this site's and at most `MAX_AGE` old.

A page of another site cannot make a browser send such a POST: that is what the CSRF token
protects against, and `Origin` is what browsers guarantee. Saving that first answer starts her
session; every later page and POST has the session's own CSRF token, checked as always.

Since that page is the same for everyone (no session, no personal token), each process keeps
what it rendered for `SECONDS` (`remember`) and answers the next visitors with it (`answer`)
before the flow loads anything, keyed by the flow, path and query (text size and contrast live
there) and language; only each visitor's own start limits are read (a connection that used them
up gets the flow's page saying so, as before). It is never stored in the shared page cache:
it is not an anonymous page in that cache's sense (it carries a token), and it is rebuilt at
least every few seconds, so places left show within the same few seconds as on the cached pages,
and a staff change at once (the key holds the public pages' generation; docs/performance.md).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import translation

from . import page_cache, ratelimit

FIELD = "inicio"  # the token's field on the first question page
SALT = "acoge.questions.first-page"
MAX_AGE = 2 * 3600  # seconds: a first page may be sent this long after it was shown
SECONDS = 5  # a first page rendered by a process is reused by it this long
MAX_PAGES = 256  # pages a process remembers (first pages are few: one a flow and language)

_pages: dict[tuple, "_Page"] = {}


def applies(request: HttpRequest) -> bool:
    """Whether the request has no session of hers yet (no cookie, none being made)."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    session = getattr(request, "session", None)
    return session is None or not session.modified


def token() -> str:
    return signing.dumps("first-page", salt=SALT)


def _from_this_site(request: HttpRequest) -> bool:
    if "HTTP_ORIGIN" in request.META:
        return CsrfViewMiddleware(lambda _request: None)._origin_verified(request)
    return request.META.get("HTTP_SEC_FETCH_SITE") == "same-origin"


def accepted(request: HttpRequest) -> bool:
    """Whether a POST of the first page, sent without a session, may be taken (see above)."""
    if getattr(request, "_dont_enforce_csrf_checks", False):  # Django's test client
        return True
    if not _from_this_site(request):
        return False
    try:
        return signing.loads(request.POST.get(FIELD, ""), salt=SALT, max_age=MAX_AGE) == (
            "first-page"
        )
    except signing.BadSignature:  # SignatureExpired included
        return False


def _key(flow: str, request: HttpRequest) -> tuple:
    # With the public pages' generation: a staff change shows at once, as on cached pages.
    return (
        flow,
        request.get_host(),
        request.get_full_path(),
        translation.get_language(),
        page_cache.generation(request),
    )


@dataclass(frozen=True)
class _Page:
    until: float
    content: bytes
    limits: tuple  # the flow's StartLimits, checked again for each connection it is shown to
    scope: str | None


def answer(flow: str, request: HttpRequest, start_keys: Callable) -> HttpResponse | None:
    """The first page this process rendered for the same flow, path, language and generation,
    still fresh, for a GET with no session, unless this connection's start limits are used up
    (then None: the flow shows its page saying so)."""
    if request.method != "GET" or not applies(request):
        return None
    found = _pages.get(_key(flow, request))
    if found is None or found.until < time.monotonic():
        return None
    try:
        ratelimit.over_any(start_keys(request, found.limits, found.scope))
    except ratelimit.RateLimited:
        return None
    return HttpResponse(found.content)


def remember(
    flow: str, request: HttpRequest, content: bytes, *, limits: tuple, scope: str | None
) -> None:
    if len(_pages) >= MAX_PAGES:
        _pages.clear()  # first pages are few; past the bound, start again
    _pages[_key(flow, request)] = _Page(time.monotonic() + SECONDS, content, limits, scope)


def forget_all() -> None:
    """Every remembered first page dropped (between tests)."""
    _pages.clear()
