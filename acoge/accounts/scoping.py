"""What a staff member may reach, declared once.

A `Reach` says which records a user may open (`InRegions`: the record's region is covered by one
of the user's roles; `Linked`: the user is linked to the record, as a facilitator is to her
workshop). From that one declaration come:

- `reach.predicate`: the `rules` predicate object views check (`rules.add_perm(..., predicate)`);
- `reach.filter(user, queryset)`: the same rule as a queryset filter, for lists and exports;
- `reach.holders(obj)`: the staff it admits for a record (who may be assigned, who is alerted).
- `reach.regions(user)` (an `InRegions`): the regions the user reaches records of, for a form's
  choice of region or a list by region.

So a list never shows what a detail page would refuse, and whoever is alerted about a record can
open it. Reaches combine with `|` and `&`.

Every staff request also runs inside `region_scope(user)` (django-scopes): a query of a
region-scoped model that forgets its region raises instead of leaking another region's records.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property, reduce
from typing import Any

import rules
from django.contrib.auth import get_user_model
from django.db.models import Model, Q, QuerySet
from django_scopes import scope

from acoge.core.models import Region

from . import policy
from .models import Role

__all__ = ["InRegions", "Linked", "Reach", "region_scope"]


@contextmanager
def region_scope(user) -> Iterator[None]:
    """Activate the regions `user` may see: all of them (None) or a list of region ids."""
    regions = policy.visible_region_ids(user)
    with scope(region=None if regions is None else list(regions)):
        yield


# Not Q(): an empty Q vanishes when or-ed with another, so "all | linked" would become "linked".
EVERY_RECORD = Q(pk__isnull=False)


def _attribute(obj: Any, path: str) -> Any:
    for part in path.split("__"):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


class Reach:
    """A rule of access to records of one kind, as a predicate and as a queryset filter."""

    def allows(self, user, obj) -> bool:
        raise NotImplementedError

    def q(self, user, model: type[Model]) -> Q:
        """The records the user may reach, as a filter on `model`."""
        raise NotImplementedError

    def holders_q(self, obj) -> Q:
        """The staff this reach admits for `obj`, as a filter on users."""
        raise NotImplementedError

    @cached_property
    def predicate(self) -> rules.Predicate:
        def reaches(user, obj=None) -> bool:
            return obj is not None and self.allows(user, obj)

        return rules.predicate(reaches, name=repr(self))

    def filter(self, user, queryset: QuerySet) -> QuerySet:
        return queryset.filter(self.q(user, queryset.model))

    def holders(self, obj) -> QuerySet:
        """Active staff admitted for `obj`, each once."""
        users = get_user_model().objects.filter(is_active=True)
        return users.filter(pk__in=users.filter(self.holders_q(obj)).values("pk"))

    def __or__(self, other: "Reach") -> "Reach":
        return AnyOf(self, other)

    def __and__(self, other: "Reach") -> "Reach":
        return AllOf(self, other)


class InRegions(Reach):
    """Records whose region (at `field`, a lookup path) a role among `roles` covers. A record
    without a region is reached only by roles covering all regions."""

    def __init__(self, *roles: Role, field: str = "region") -> None:
        self.roles = roles
        self.field = field

    def __repr__(self) -> str:
        return f"InRegions({', '.join(self.roles)}, field={self.field!r})"

    def region_id(self, obj) -> int | None:
        if isinstance(obj, Model) and "__" not in self.field:
            return getattr(obj, f"{self.field}_id")
        region = _attribute(obj, self.field)
        return getattr(region, "pk", region)

    def allows(self, user, obj) -> bool:
        return self.covers(user, self.region_id(obj))

    def covers(self, user, region) -> bool:
        """Whether the user reaches records of this region (a Region, an id, or None)."""
        return policy.covers_region(user, getattr(region, "pk", region), *self.roles)

    def q(self, user, model: type[Model]) -> Q:
        regions = policy.visible_region_ids(user, *self.roles)
        if regions is None:
            return EVERY_RECORD
        return Q(**{f"{self.field}__in": sorted(regions)})

    def regions(self, user) -> QuerySet[Region]:
        """The regions whose records the user reaches, in their order (for choices and lists)."""
        ids = policy.visible_region_ids(user, *self.roles)
        regions = Region.objects.order_by("order")
        return regions if ids is None else regions.filter(pk__in=ids)

    def holders_q(self, obj) -> Q:
        return self.holders_of_region_q(self.region_id(obj))

    def holders_of_region(self, region) -> QuerySet:
        """Active staff this reach admits for records of a region (a Region, an id, or None)."""
        users = get_user_model().objects.filter(is_active=True)
        region_id = getattr(region, "pk", region)
        return users.filter(pk__in=users.filter(self.holders_of_region_q(region_id)).values("pk"))

    def holders_anywhere(self) -> QuerySet:
        """Active staff holding one of the roles, whatever regions they cover."""
        users = get_user_model().objects.filter(is_active=True)
        return users.filter(pk__in=users.filter(staff_roles__role__in=self.roles).values("pk"))

    def holders_of_region_q(self, region_id: int | None) -> Q:
        covers = Q(staff_roles__all_regions=True)
        if region_id is not None:
            covers |= Q(staff_roles__regions=region_id)
        # In one Q, the role and its regions are those of the same StaffRole row.
        return Q(covers, staff_roles__role__in=self.roles)


class Linked(Reach):
    """Records the user is linked to through `field` (a foreign key or many-to-many to users)."""

    def __init__(self, field: str) -> None:
        self.field = field

    def __repr__(self) -> str:
        return f"Linked({self.field!r})"

    def allows(self, user, obj) -> bool:
        if not getattr(user, "is_authenticated", False):
            return False
        related = getattr(obj, self.field)
        if hasattr(related, "filter"):  # a many-to-many manager
            return related.filter(pk=user.pk).exists()
        return getattr(related, "pk", None) == user.pk

    def q(self, user, model: type[Model]) -> Q:
        if not getattr(user, "is_authenticated", False):
            return Q(pk__in=[])
        # A subquery, not a join: the join would repeat a record once per linked user.
        return Q(pk__in=model._base_manager.filter(**{self.field: user}).values("pk"))

    def holders_q(self, obj) -> Q:
        related = getattr(obj, self.field)
        if hasattr(related, "all"):
            return Q(pk__in=related.all().values("pk"))
        return Q(pk=getattr(related, "pk", None))


class AnyOf(Reach):
    def __init__(self, *parts: Reach) -> None:
        self.parts = parts

    def __repr__(self) -> str:
        return " | ".join(map(repr, self.parts))

    def allows(self, user, obj) -> bool:
        return any(part.allows(user, obj) for part in self.parts)

    def q(self, user, model: type[Model]) -> Q:
        return reduce(lambda a, b: a | b, (part.q(user, model) for part in self.parts))

    def holders_q(self, obj) -> Q:
        return reduce(lambda a, b: a | b, (part.holders_q(obj) for part in self.parts))


class AllOf(Reach):
    def __init__(self, *parts: Reach) -> None:
        self.parts = parts

    def __repr__(self) -> str:
        return " & ".join(map(repr, self.parts))

    def allows(self, user, obj) -> bool:
        return all(part.allows(user, obj) for part in self.parts)

    def q(self, user, model: type[Model]) -> Q:
        return reduce(lambda a, b: a & b, (part.q(user, model) for part in self.parts))

    def holders_q(self, obj) -> Q:
        # Each part's holders separately: one Q would require one StaffRole row to match both.
        users = get_user_model().objects
        return reduce(
            lambda a, b: a & b,
            (Q(pk__in=users.filter(part.holders_q(obj)).values("pk")) for part in self.parts),
        )
