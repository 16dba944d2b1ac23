"""Every change to workshops and registrations goes through these functions.

Capacity is guarded twice: the workshop row is locked while seats are counted (SELECT … FOR
UPDATE on PostgreSQL; SQLite's IMMEDIATE transactions take the write lock at BEGIN), and a
check constraint on the workshop refuses seats_taken above capacity whatever the code does.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.audit import log_action, register_action
from acoge.core.crypto import blind_index
from acoge.core.scoping import scopes_disabled

from .models import Registration, Workshop, new_reference

register_action("workshops.registration.created", _("registered someone for %(object)s"))
register_action("workshops.registration.cancelled", _("cancelled a registration for %(object)s"))
register_action(
    "workshops.registration.promoted", _("moved someone up from the waiting list of %(object)s")
)


class RegistrationError(Exception):
    """A registration that cannot be made; `message` is safe to show to the person."""

    def __init__(self, message) -> None:
        super().__init__(message)
        self.message = message


class WorkshopFull(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    manage_token: str | None  # None when an existing registration was found
    created: bool


def contact_index_for(*, email: str = "", phone: str = "") -> str:
    """The blind index that identifies a person's contact, e-mail first."""
    if email:
        return blind_index(email, purpose="workshops.contact.email")
    return blind_index(phone, purpose="workshops.contact.phone")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _unused_reference() -> str:
    while True:
        reference = new_reference()
        if not Registration.objects.with_scopes_disabled().filter(reference=reference).exists():
            return reference


def _locked(workshop: Workshop) -> Workshop:
    return Workshop.objects.with_scopes_disabled().select_for_update().get(pk=workshop.pk)


@scopes_disabled()  # the public acts here, not staff: no region scope applies
@transaction.atomic
def registration_create(
    *,
    workshop: Workshop,
    name: str,
    email: str = "",
    phone: str = "",
    channel: str,
    messages_safe: bool,
    language: str = "es",
    children_ages: list[int] | None = None,
    interpreter_language: str = "",
    accessibility_needs: str = "",
    walk_in: bool = False,
    now=None,
) -> RegistrationResult:
    """Register a person: confirmed while seats are left, then on the waiting list.

    The same contact registering again for the same workshop gets her existing registration.
    A walk-in (registered at the door by staff) takes a seat or is refused; never waitlisted.
    """
    if not (email or phone):
        raise RegistrationError(_("Give an e-mail address or a phone number."))
    workshop = _locked(workshop)
    if not walk_in and not workshop.registration_open(now=now):
        raise RegistrationClosed(_("Registration for this workshop is closed."))
    index = contact_index_for(email=email, phone=phone)
    existing = (
        Registration.objects.filter(workshop=workshop, contact_index=index)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
    if existing is not None:
        return RegistrationResult(existing, None, created=False)
    if not workshop.is_full:
        status = Registration.Status.CONFIRMED
    elif workshop.waitlist_enabled and not walk_in:
        status = Registration.Status.WAITLISTED
    else:
        raise WorkshopFull(_("This workshop is full."))
    token = secrets.token_urlsafe(24)
    registration = Registration(
        workshop=workshop,
        reference=_unused_reference(),
        manage_token_hash=hash_token(token),
        status=status,
        name=name,
        email=email,
        phone=phone,
        contact_index=index,
        channel=channel,
        messages_safe=messages_safe,
        language=language,
        children_ages=children_ages or [],
        interpreter_language=interpreter_language,
        accessibility_needs=accessibility_needs,
        walk_in=walk_in,
        attended=True if walk_in else None,
        created_at=now or timezone.now(),
    )
    registration.full_clean(exclude=["workshop"])
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError:  # the same contact, registering twice at the very same moment
        existing = Registration.objects.get(
            workshop=workshop, contact_index=index, status__in=["confirmed", "waitlisted"]
        )
        return RegistrationResult(existing, None, created=False)
    if status == Registration.Status.CONFIRMED:
        Workshop.objects.with_scopes_disabled().filter(pk=workshop.pk).update(
            seats_taken=F("seats_taken") + 1
        )
    log_action(
        "workshops.registration.created",
        obj=workshop,
        data={"reference": registration.reference, "status": status, "walk_in": walk_in},
    )
    return RegistrationResult(registration, token, created=True)


def waiting_list(workshop: Workshop):
    """Waiting registrations in arrival order."""
    return (
        Registration.objects.with_scopes_disabled()
        .filter(workshop=workshop, status=Registration.Status.WAITLISTED)
        .order_by("created_at", "id")
    )


@scopes_disabled()
@transaction.atomic
def registration_cancel(*, registration: Registration, actor=None, now=None) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first person waiting, who is returned."""
    workshop = _locked(registration.workshop)
    registration = (
        Registration.objects.with_scopes_disabled().select_for_update().get(pk=registration.pk)
    )
    if registration.status == Registration.Status.CANCELLED:
        return None
    was_confirmed = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = now or timezone.now()
    registration.save(update_fields=["status", "cancelled_at", "updated_at"])
    log_action(
        "workshops.registration.cancelled",
        actor=actor,
        obj=workshop,
        data={"reference": registration.reference, "by_staff": actor is not None},
    )
    if not was_confirmed:
        return None
    promoted = waiting_list(workshop).select_for_update().first()
    if promoted is None:
        Workshop.objects.with_scopes_disabled().filter(pk=workshop.pk).update(
            seats_taken=F("seats_taken") - 1
        )
        return None
    promoted.status = Registration.Status.CONFIRMED
    promoted.save(update_fields=["status", "updated_at"])
    log_action(
        "workshops.registration.promoted", obj=workshop, data={"reference": promoted.reference}
    )
    return promoted


def registration_by_token(token: str) -> Registration | None:
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(manage_token_hash=hash_token(token))
        .first()
    )
