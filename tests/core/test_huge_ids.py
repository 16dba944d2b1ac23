"""An id no database column can hold, typed into any URL, is simply not found: every route with
a number in it, public or staff, anonymous or signed in as the widest roles, on SQLite and on
PostgreSQL (whose bigint overflows where SQLite's does not)."""

import pytest
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter
from django.utils import translation

from acoge.accounts.models import Role
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db

HUGE = [2**63, 2**70, 10**40]


def routes_with_numbers() -> list[tuple[str, list[str], list[str]]]:
    """(URL name, its number parameters, its other parameters) for every named route."""
    found = []

    def walk(patterns, namespace: str, converters: dict) -> None:
        for pattern in patterns:
            here = {**converters, **getattr(pattern.pattern, "converters", {})}
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace, here)
            elif isinstance(pattern, URLPattern) and pattern.name:
                numbers = [k for k, c in here.items() if isinstance(c, IntConverter)]
                if numbers:
                    others = [k for k in here if k not in numbers]
                    name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                    found.append((name, numbers, others))

    walk(get_resolver().url_patterns, "", {})
    return sorted(set((n, tuple(a), tuple(b)) for n, a, b in found))  # type: ignore[misc]


ROUTES = routes_with_numbers()


def address(name: str, numbers, others, huge: int) -> str | None:
    kwargs = {key: huge for key in numbers}
    for filler in ("nombre", "x", "a" * 43):
        try:
            with translation.override("es"):
                return reverse(name, kwargs={**kwargs, **{key: filler for key in others}})
        except NoReverseMatch:
            continue
    return None


def test_the_walk_finds_the_public_and_the_staff_routes_with_numbers():
    names = {name for name, _, _ in ROUTES}
    assert {"workshops:detail", "workshops:register"} <= names
    assert any(n.startswith("workshops_staff:") for n in names)
    assert any(n.startswith("contact_staff:") for n in names)


@pytest.mark.parametrize("huge", HUGE)
def test_an_id_no_column_can_hold_is_not_found_on_every_route(make_staff, huge):
    visitors = {"anonymous": Client()}
    for role in (Role.NATIONAL_ADMIN, Role.GENDER_UNIT):
        visitors[role] = Client()
        sign_in(visitors[role], make_staff(role))
    checked = 0
    for name, numbers, others in ROUTES:
        url = address(name, numbers, others, huge)
        assert url is not None, f"{name} could not be reversed with a huge id"
        for who, visitor in visitors.items():
            for method in ("get", "post"):
                response = getattr(visitor, method)(url)
                assert response.status_code < 500, (who, method, url, response.status_code)
                if method == "get" and response.status_code == 200:
                    pytest.fail(f"{url} answered 200 to {who} for an id that cannot exist")
                checked += 1
    assert checked >= 6 * len(ROUTES)
