"""Abuse controls: counters per key and fixed window, shared by every app-server process.

Three kinds of key, so that nobody honest is turned away and nobody is surprised at the end:
- a client address, counted once when she **starts** a question flow (core.questions), with a
  generous limit and checked (read only) when the first question is shown, so a flood is stopped
  before its first answer and a woman on a shared connection learns it before typing anything;
- a contact (its keyed blind index) and a workshop, counted by the domain services, so a script
  cannot register one contact or fill one workshop however many addresses it uses;
- a partner's API key (acoge.api), with its own limit.

A hit is one upsert. Limits are code defaults that `ACOGE_RATE_LIMITS` (scope → count an hour)
overrides; ACOGE_RATELIMIT_ENABLED switches them all off (make bench keeps them on).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import wraps

from django.conf import settings
from django.db import connections, router
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .audit import client_ip
from .crypto import keyed_hash
from .models import RateCounter

HOUR = 3600


class RateLimited(Exception):
    """More requests for this key than the window allows; `retry_after` is in seconds."""

    def __init__(self, scope: str, retry_after: int = HOUR) -> None:
        super().__init__(scope)
        self.scope, self.retry_after = scope, retry_after


@dataclass(frozen=True)
class Limit:
    """At most `count` per `window` seconds for one key of `scope`; `ACOGE_RATE_LIMITS` may
    change the count of a scope."""

    scope: str
    count: int
    window: int = HOUR

    @property
    def allowed(self) -> int:
        return int(getattr(settings, "ACOGE_RATE_LIMITS", {}).get(self.scope, self.count))


def _window_start(now: datetime, window: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % window, tz=UTC)


def client_key(request: HttpRequest, scope: str) -> str:
    return f"{scope}:{keyed_hash(client_ip(request), key=settings.ACOGE_AUDIT_IP_KEY or 'x')}"


def _upsert_sql(connection) -> str:
    quote = connection.ops.quote_name
    table, key, start, count = (
        quote(name) for name in (RateCounter._meta.db_table, "key", "window_start", "count")
    )
    # One statement on SQLite (3.35+) and PostgreSQL alike: the row is created or counted up
    # atomically, with no transaction, savepoint or second read. Only quoted model names are
    # formatted in; the values are parameters.
    return (
        f"INSERT INTO {table} ({key}, {start}, {count}) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT ({key}, {start}) DO UPDATE SET {count} = {table}.{count} + 1 "
        f"RETURNING {count}"
    )


def _retry_after(now: datetime, start: datetime, window: int) -> int:
    return max(1, int((start + timedelta(seconds=window) - now).total_seconds()))


def count(key: str, *, limit: int, window: int = HOUR, scope: str = "") -> None:
    """Count one request for `key`; raise RateLimited when the count goes over the limit."""
    if not settings.ACOGE_RATELIMIT_ENABLED:
        return
    now = timezone.now()
    start = _window_start(now, window)
    connection = connections[router.db_for_write(RateCounter)]
    with connection.cursor() as cursor:
        cursor.execute(
            _upsert_sql(connection), [key, connection.ops.adapt_datetimefield_value(start)]
        )
        (counted,) = cursor.fetchone()
    if counted > limit:
        raise RateLimited(scope or key, _retry_after(now, start, window))


def over(key: str, *, limit: int, window: int = HOUR, scope: str = "") -> None:
    """Raise RateLimited when `key` has already used up its limit; counts nothing (one read)."""
    if not settings.ACOGE_RATELIMIT_ENABLED:
        return
    now = timezone.now()
    start = _window_start(now, window)
    used = (
        RateCounter.objects.filter(key=key, window_start=start)
        .values_list("count", flat=True)
        .first()
    )
    if used is not None and used >= limit:
        raise RateLimited(scope or key, _retry_after(now, start, window))


def over_any(checks: list[tuple["Limit", str]]) -> None:
    """Raise RateLimited for the first (limit, key) whose key has used up its limit; counts
    nothing, and reads every key in one query."""
    if not settings.ACOGE_RATELIMIT_ENABLED or not checks:
        return
    now = timezone.now()
    starts = {key: _window_start(now, limit.window) for limit, key in checks}
    used = dict(
        RateCounter.objects.filter(
            key__in=starts, window_start__in=set(starts.values())
        ).values_list("key", "count")
    )
    for limit, key in checks:
        if used.get(key, 0) >= limit.allowed:
            raise RateLimited(limit.scope, _retry_after(now, starts[key], limit.window))


def hit(request: HttpRequest, scope: str, *, limit: int, window: int = HOUR) -> None:
    """Count one request from this client address in `scope`."""
    count(client_key(request, scope), limit=limit, window=window, scope=scope)


def hit_limit(limit: Limit, key: str) -> None:
    """Count one request for `key` (a blind index, a workshop id, an API key's id) in the
    limit's scope."""
    count(f"{limit.scope}:{key}", limit=limit.allowed, window=limit.window, scope=limit.scope)


def too_many_requests(
    request: HttpRequest,
    *,
    retry_after: int = HOUR,
    template: str = "429.html",
    context: dict | None = None,
) -> HttpResponse:
    response = render(request, template, context or {}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limit(
    scope: str, *, limit: int, window: int = HOUR, methods: tuple[str, ...] = ("POST",)
) -> Callable:
    """View decorator: count requests with the given methods, answer 429 past the limit."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method in methods:
                try:
                    hit(request, scope, limit=limit, window=window)
                except RateLimited as limited:
                    return too_many_requests(request, retry_after=limited.retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
