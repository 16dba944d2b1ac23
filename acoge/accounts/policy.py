"""Who a staff member is, in one place: roles and visible regions, read once per request."""

import rules
from django.db.models import Prefetch

from acoge.core.models import Region

from .models import Role, StaffRole

_CACHE_ATTR = "_acoge_staff_roles"


def staff_roles(user) -> list[StaffRole]:
    """The user's roles with their regions, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = list(
            StaffRole.objects.filter(user=user).prefetch_related(
                Prefetch("regions", queryset=Region.objects.only("id", "name", "order"))
            )
        )
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_roles(user) -> None:
    """Drop the cached roles (after the user's roles change)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def has_role(user, *roles: Role) -> bool:
    return any(staff_role.role in roles for staff_role in staff_roles(user))


def is_staff_member(user) -> bool:
    return bool(staff_roles(user))


def visible_region_ids(user, *roles: Role) -> set[int] | None:
    """Region ids the user's roles (all, or only the given ones) cover; None means every region."""
    region_ids: set[int] = set()
    for staff_role in staff_roles(user):
        if roles and staff_role.role not in roles:
            continue
        if staff_role.all_regions:
            return None
        region_ids.update(region.id for region in staff_role.regions.all())
    return region_ids


def covers_region(user, region_id: int | None, *roles: Role) -> bool:
    """Whether the user's roles (all, or only the given ones) cover the region."""
    regions = visible_region_ids(user, *roles)
    return regions is None or region_id in regions


def can(user, permission: str, obj=None) -> bool:
    """The one access decision for staff: the `rules` tables, by role and region.

    Django's superuser flag grants nothing here; only roles do.
    """
    return rules.has_perm(permission, user, obj)
