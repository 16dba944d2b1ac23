"""Rate limiting for public forms and API writes: counters per keyed client hash and fixed window.

Counters live in the database so every app-server process shares them. ACOGE_RATELIMIT_ENABLED
switches the limit off for load tests.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
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


def hit(request: HttpRequest, scope: str, *, limit: int, window: int = 3600) -> None:
    """Count one request; raise RateLimited when the count goes over the limit."""
    if not settings.ACOGE_RATELIMIT_ENABLED:
        return
    key = client_key(request, scope)
    start = _window_start(timezone.now(), window)
    with transaction.atomic():
        updated = RateCounter.objects.filter(key=key, window_start=start).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, window_start=start, count=1)
            except IntegrityError:  # another request created it first
                RateCounter.objects.filter(key=key, window_start=start).update(count=F("count") + 1)
        count = RateCounter.objects.get(key=key, window_start=start).count
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
