"""Region scoping with django-scopes: region-bound models use `RegionScopedManager()`, and every
staff request runs inside `region_scope(user)`, so a query that forgets its region raises."""

from collections.abc import Iterator
from contextlib import contextmanager

from django_scopes import ScopedManager, scope, scopes_disabled

__all__ = ["RegionScopedManager", "region_scope", "scope", "scopes_disabled"]


def RegionScopedManager(field: str = "region"):
    """A manager that filters by the active region scope on `field`."""
    return ScopedManager(region=field)


@contextmanager
def region_scope(user) -> Iterator[None]:
    """Activate the regions `user` may see: all of them (None) or a list of region ids."""
    from acoge.accounts.policy import visible_region_ids

    regions = visible_region_ids(user)
    with scope(region=None if regions is None else list(regions)):
        yield
