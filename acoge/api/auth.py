"""What every write checks before its body is read, in this order (ninja runs `WRITE_AUTH`
before parsing the body):

1. not sent by another website: `Sec-Fetch-Site` cross-site or same-site, or an `Origin` that
   is not this site (403). A partner's server sends neither header;
2. JSON: `Content-Type: application/json` (415), and not over `MAX_BODY` (413);
3. a partner's key, in `Authorization: Bearer <key>` or `X-Api-Key` (401 if it is not an
   active key); its own hourly limit (429), then an audit entry for the use;
4. without a key, a low limit per client address (429).
"""

import contextlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja.security import APIKeyHeader, HttpBearer

from acoge.core import ratelimit

from . import selectors, services
from .errors import ApiError
from .models import ApiKey

JSON = "application/json"
MAX_BODY = 64 * 1024  # a registration is well under 2 kB
ANONYMOUS = ratelimit.Limit("api.write.anonymous", 5)
KEY_SCOPE = "api.write.key"
FOREIGN_SITES = {"cross-site", "same-site"}


class Anonymous:
    """`request.auth` of a write sent without a key."""

    def __bool__(self) -> bool:
        return True


ANONYMOUS_CALLER = Anonymous()


def _own_origins(request: HttpRequest) -> set[str]:
    origins = set()
    with contextlib.suppress(DisallowedHost):
        origins.add(f"{request.scheme}://{request.get_host()}")
    site = urlsplit(getattr(settings, "SITE_URL", ""))
    if site.scheme and site.netloc:
        origins.add(f"{site.scheme}://{site.netloc}")
    return origins


def check_write(request: HttpRequest) -> None:
    """Refuse a write sent by another website, or not as JSON (steps 1 and 2)."""
    if getattr(request, "_api_write_checked", False):
        return
    origin = request.headers.get("Origin")
    if request.headers.get("Sec-Fetch-Site", "").lower() in FOREIGN_SITES or (
        origin is not None and origin not in _own_origins(request)
    ):
        raise ApiError(
            403,
            _(
                "This API does not take requests sent from web pages of other sites. "
                "Partners call it from their own server."
            ),
        )
    if request.content_type != JSON:
        raise ApiError(415, _("Send the body as JSON, with Content-Type: application/json."))
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise ApiError(413, _("The body is too large."))
    request._api_write_checked = True  # type: ignore[attr-defined]


def _limited(exc: ratelimit.RateLimited, message) -> ApiError:
    return ApiError(429, message, headers={"Retry-After": str(exc.retry_after)})


def _invalid_key() -> ApiError:
    return ApiError(
        401,
        _("This API key is not valid, or was revoked."),
        headers={"WWW-Authenticate": 'Bearer realm="acoge"'},
    )


def accept_key(request: HttpRequest, secret: str) -> ApiKey:
    """The active key whose secret this is, counted against its own limit and audited."""
    key = selectors.active_key_for(secret.strip())
    if key is None:
        raise _invalid_key()
    try:
        ratelimit.count(f"{KEY_SCOPE}:{key.pk}", limit=key.hourly_limit, scope=KEY_SCOPE)
    except ratelimit.RateLimited as exc:
        raise _limited(
            exc, _("This API key has used up its requests for this hour: try again later.")
        ) from exc
    services.api_key_used(key=key, request=request)
    return key


class ApiKeyBearer(HttpBearer):
    """`Authorization: Bearer <key>`: a partner's API key."""

    def __call__(self, request: HttpRequest) -> ApiKey | None:
        check_write(request)
        header = request.headers.get("Authorization")
        if header is None:
            return None
        scheme, _sep, secret = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            raise _invalid_key()
        return self.authenticate(request, secret)

    def authenticate(self, request: HttpRequest, token: str) -> ApiKey:
        return accept_key(request, token)


class ApiKeyHeader(APIKeyHeader):
    """`X-Api-Key: <key>`: the same key, for clients that cannot set Authorization."""

    param_name = "X-Api-Key"

    def __call__(self, request: HttpRequest) -> ApiKey | None:
        check_write(request)
        secret = request.headers.get(self.param_name)
        if secret is None:
            return None
        return self.authenticate(request, secret)

    def authenticate(self, request: HttpRequest, key: str | None) -> ApiKey:
        return accept_key(request, key or "")


def anonymous(request: HttpRequest) -> Anonymous:
    """A write without a key: the low limit per client address."""
    check_write(request)
    try:
        ratelimit.hit(request, ANONYMOUS.scope, limit=ANONYMOUS.allowed)
    except ratelimit.RateLimited as exc:
        raise _limited(
            exc,
            _(
                "Too many requests from this address without an API key: try again later. "
                "Partners that register people can ask for a key."
            ),
        ) from exc
    return ANONYMOUS_CALLER


# Every write's `auth`: a key in either header, or none (the low anonymous limit).
WRITE_AUTH = [ApiKeyBearer(), ApiKeyHeader(), anonymous]
