"""Region-bound models use `RegionScopedManager()` (django-scopes): a query made outside a region
scope raises instead of returning every region. Staff requests run inside the scope of the
user's regions (`acoge.accounts.scoping.region_scope`); public code that reads across regions
says so with `scopes_disabled()`."""

from django_scopes import ScopedManager, scope, scopes_disabled

__all__ = ["RegionScopedManager", "scope", "scopes_disabled"]


def RegionScopedManager(field: str = "region"):
    """A manager that filters by the active region scope on `field`."""
    return ScopedManager(region=field)
