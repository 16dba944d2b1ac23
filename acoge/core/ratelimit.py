"""Rate limiting for public forms and API writes: counters per keyed client hash and fixed window.

Counters live in the database so every app-server process shares them; a hit is one upsert.
ACOGE_RATELIMIT_ENABLED switches the limit off (make bench keeps it on, as in production).
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps

from django.conf import settings
from django.db import connections, router
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .audit import client_ip
from .crypto import keyed_hash
from .models import RateCounter


class RateLimited(Exception):
    """The client sent more requests in this scope than the window allows."""


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


def hit(request: HttpRequest, scope: str, *, limit: int, window: int = 3600) -> None:
    """Count one request; raise RateLimited when the count goes over the limit."""
    if not settings.ACOGE_RATELIMIT_ENABLED:
        return
    key = client_key(request, scope)
    start = _window_start(timezone.now(), window)
    connection = connections[router.db_for_write(RateCounter)]
    with connection.cursor() as cursor:
        cursor.execute(
            _upsert_sql(connection), [key, connection.ops.adapt_datetimefield_value(start)]
        )
        (count,) = cursor.fetchone()
    if count > limit:
        raise RateLimited(scope)


def too_many_requests(request: HttpRequest) -> HttpResponse:
    return render(request, "429.html", status=429)


def rate_limit(
    scope: str, *, limit: int, window: int = 3600, methods: tuple[str, ...] = ("POST",)
) -> Callable:
    """View decorator: count requests with the given methods, answer 429 past the limit."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method in methods:
                try:
                    hit(request, scope, limit=limit, window=window)
                except RateLimited:
                    return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
