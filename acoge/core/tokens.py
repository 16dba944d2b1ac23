"""Reference codes people read aloud, and private-link tokens stored only as hashes."""

import functools
import hashlib
import secrets
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from django.db import IntegrityError

P = ParamSpec("P")
T = TypeVar("T")

# Reference codes avoid characters people confuse (0/O, 1/I/L, 5/S, 2/Z, 8/B).
REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
REFERENCE_LENGTH = 6


def new_reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))


def clean_reference(value: str) -> str:
    """A reference as typed ("k7p-4qx ") in the stored form ("K7P4QX")."""
    return "".join(ch for ch in value if ch.isalnum()).upper()


def new_token() -> str:
    """A private-link token: shown once, stored only as `hash_token(token)`."""
    return secrets.token_urlsafe(24)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def retry_on_code_collision(
    error: Callable[[], Exception], attempts: int = 3
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """For a service that creates a row with fresh random codes in its own transaction
    (`@transaction.atomic` under this decorator): when the database refuses the row because
    another one already holds the same reference or token hash, run the service again, which
    draws new codes. A six-character reference collides with one of 100,000 stored ones about
    once in 2,400 registrations; she should never be the one asked to try again. After
    `attempts` refusals, `error()` is raised: something other than chance is wrong.

    The service must check everything else it relies on before inserting (as ours do under
    their lock): any IntegrityError counts as a collision here.
    """

    def decorate(service: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(service)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            for _ in range(attempts - 1):
                try:
                    return service(*args, **kwargs)
                except IntegrityError:
                    continue  # the transaction rolled back; the next run draws new codes
            try:
                return service(*args, **kwargs)
            except IntegrityError as exc:
                raise error() from exc

        return wrapper

    return decorate
