"""Reads that encode policy: what the public may see, what a staff member may see."""

import datetime
from collections import Counter

from django.db.models import QuerySet
from django.utils import timezone

from acoge.accounts import policy
from acoge.accounts.models import Role
from acoge.core.scoping import scopes_disabled

from .models import Registration, Workshop

MANAGING_ROLES = (Role.NATIONAL_ADMIN, Role.GENDER_UNIT, Role.REGIONAL_STAFF, Role.GENDER_DELEGATE)


def upcoming_workshops(
    *,
    region_id: int | None = None,
    topic: str = "",
    modality: str = "",
    month: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> QuerySet[Workshop]:
    """Published workshops that have not started, for the public list, filtered."""
    now = now or timezone.now()
    with scopes_disabled():
        workshops = Workshop.objects.filter(status=Workshop.Status.PUBLISHED, starts_at__gt=now)
    if region_id:
        workshops = workshops.filter(region_id=region_id)
    if topic:
        workshops = workshops.filter(sessions__topic=topic).distinct()
    if modality:
        workshops = workshops.filter(modality=modality)
    if month:
        zone = timezone.get_current_timezone()
        start = datetime.datetime(month.year, month.month, 1, tzinfo=zone)
        end = datetime.datetime(
            month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=zone
        )
        workshops = workshops.filter(starts_at__gte=start, starts_at__lt=end)
    return workshops.select_related("region").prefetch_related("sessions__institution")


def public_workshop(pk: int) -> Workshop | None:
    """A workshop the public may open: published, cancelled or completed (never a draft)."""
    with scopes_disabled():
        return (
            Workshop.objects.exclude(status=Workshop.Status.DRAFT)
            .select_related("region")
            .prefetch_related("sessions__institution")
            .filter(pk=pk)
            .first()
        )


def workshops_visible_to(user) -> QuerySet[Workshop]:
    """Workshops a staff member may list (call inside the staff region scope): managers see
    their regions' workshops; facilitators only the workshops they facilitate."""
    workshops = Workshop.objects.all()
    if not policy.has_role(user, *MANAGING_ROLES):
        workshops = workshops.filter(facilitators=user)
    return workshops.select_related("region")


def logistics(workshop: Workshop) -> dict:
    """What the team must prepare: children needing care by age, interpreters, access needs."""
    with scopes_disabled():
        active = Registration.objects.filter(
            workshop=workshop, status=Registration.Status.CONFIRMED
        )
        ages: Counter[int] = Counter()
        interpreters: Counter[str] = Counter()
        accessibility = 0
        for registration in active.only(
            "children_ages", "interpreter_language", "accessibility_needs"
        ):
            ages.update(int(age) for age in registration.children_ages)
            if registration.interpreter_language:
                interpreters[registration.interpreter_language] += 1
            if registration.accessibility_needs:
                accessibility += 1
    return {
        "children": sum(ages.values()),
        "children_by_age": sorted(ages.items()),
        "interpreters": sorted(interpreters.items()),
        "accessibility": accessibility,
        "confirmed": active.count(),
        "waitlisted": Registration.objects.with_scopes_disabled()
        .filter(workshop=workshop, status=Registration.Status.WAITLISTED)
        .count(),
    }
