"""Registrations: registering (the capacity guard), the waiting list, cancelling, her needs,
erasing, and what makes a registration at all.

Capacity is guarded twice: the workshop row is locked while seats are counted (SELECT … FOR
UPDATE on PostgreSQL; SQLite's IMMEDIATE transactions take the write lock at BEGIN), and a
check constraint on the workshop refuses seats_taken above capacity whatever the code does.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import ratelimit
from acoge.core.audit import log_action
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import hash_token, new_reference, new_token, retry_on_code_collision
from acoge.stats import demographics

from ..errors import (
    InvalidRegistration,
    RegistrationClosed,
    RegistrationError,
    TooManyAttempts,
    WorkshopFull,
    WorkshopNotFound,
)
from ..models import Registration, StatsAnswer, Workshop
from ..notifications import notify
from ..selectors import contact_index_for, waiting_list

MAX_CHILDREN = 10
TOO_LATE_TO_CHANGE = _(
    "This workshop has started or is no longer taking place: your registration cannot be "
    "changed or cancelled any more."
)
# Whoever sends them (the web form, a partner's API key, staff at the door), registrations are
# counted per contact and per workshop: no person registers 10 times an hour, and no workshop
# fills with 300 in an hour from people who are not at its door.
PER_CONTACT = ratelimit.Limit("workshops.register.contact", 10)
PER_WORKSHOP = ratelimit.Limit("workshops.register.workshop", 300)
CHILD_AGES = range(0, 18)


def check_registration(
    *,
    email: str,
    phone: str,
    channel: str,
    children_ages: list[int],
    messages_safe: bool = False,
    walk_in: bool = False,
) -> None:
    """Refuse what does not make a registration, whatever channel it came by: no way to reach
    her, messages by a channel her contact cannot take, children's ages that are not ages. At
    the door, her name is enough: a contact is needed only for messages."""
    _check_ages(children_ages)
    if not (email or phone):
        if not walk_in:
            raise InvalidRegistration("contact", _("Give an e-mail address or a phone number."))
        if messages_safe:
            raise InvalidRegistration(
                "contact", _("Give her phone or e-mail to send her messages.")
            )
        return
    if channel not in Registration.Channel.values:
        raise InvalidRegistration(
            "channel", _("Choose how to send messages: email, sms or whatsapp.")
        )
    if channel == Registration.Channel.EMAIL and not email:
        raise InvalidRegistration("channel", _("E-mail messages need an e-mail address."))
    if channel != Registration.Channel.EMAIL and not phone:
        raise InvalidRegistration("channel", _("Text and WhatsApp messages need a phone number."))


def _check_ages(children_ages: list[int]) -> None:
    if len(children_ages) > MAX_CHILDREN or any(
        type(age) is not int or age not in CHILD_AGES for age in children_ages
    ):
        raise InvalidRegistration(
            "children_ages",
            _("Give the age of each child from 0 to 17, for at most %(count)s children.")
            % {"count": MAX_CHILDREN},
        )


def _count_attempt(index: str | None, workshop_id: int) -> None:
    try:
        if index is not None:
            ratelimit.hit_limit(PER_CONTACT, index)
        ratelimit.hit_limit(PER_WORKSHOP, str(workshop_id))
    except ratelimit.RateLimited as exc:
        raise TooManyAttempts(
            _(
                "We cannot take more registrations for this right now. Please try again in an "
                "hour, or write to the contact point and we will contact you."
            )
        ) from exc


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    manage_token: str | None  # None when an existing registration was found
    created: bool


# What the registration rules read; the other columns (titles in three languages…) load on use.
LOCKED_FIELDS = (
    "id",
    "status",
    "starts_at",
    "registration_opens_at",
    "registration_closes_at",
    "closed_at",
    "capacity",
    "seats_taken",
    "waitlist_enabled",
    "region_id",
    "feedback_key",
)


def _locked(workshop: Workshop) -> Workshop:
    """The workshop row, locked until the transaction ends."""
    return (
        Workshop.objects.with_scopes_disabled()
        .only(*LOCKED_FIELDS)
        .select_for_update()
        .get(pk=workshop.pk)
    )


@retry_on_code_collision(lambda: RegistrationError(_("Please try again.")))
@scopes_disabled()  # the public acts here, not staff: no region scope applies
def registration_create(
    *,
    workshop: Workshop,
    name: str,
    email: str = "",
    phone: str = "",
    channel: str,
    messages_safe: bool,
    discreet: bool = True,
    language: str = "es",
    children_ages: list[int] | None = None,
    interpreter_language: str = "",
    accessibility_needs: str = "",
    walk_in: bool = False,
    stats: dict[str, str] | None = None,
    actor=None,
    now=None,
) -> RegistrationResult:
    """Register a person: confirmed while seats are left, then on the waiting list. Her
    optional statistics answers (`stats`) are stored apart, with no link to her registration.

    The same contact registering again for the same workshop gets her existing registration.
    A walk-in (registered at the door by staff) takes a seat or is refused; never waitlisted.

    Every registration for a workshop waits for its lock, so the lock covers only what must
    be decided one at a time: the seat count, the status, the insert. Her earlier registration
    is looked up and the new row is built before it. If her duplicate is inserted in between,
    the database refuses the second (one active registration per contact), and the run
    starts over and finds the first.
    """
    check_registration(
        email=email,
        phone=phone,
        channel=channel,
        children_ages=children_ages or [],
        messages_safe=messages_safe,
        walk_in=walk_in,
    )
    # A walk-in who gave only her name has no contact, so no index: she is never "already
    # registered", and two such walk-ins never collide.
    index = contact_index_for(email=email, phone=phone) if email or phone else None
    if not walk_in:
        _count_attempt(index, workshop.pk)
    existing_pk = (
        Registration.objects.filter(workshop_id=workshop.pk, contact_index=index)
        .exclude(status=Registration.Status.CANCELLED)
        .values_list("pk", flat=True)
        .first()
        if index is not None
        else None
    )
    token = new_token()
    registration = Registration(
        workshop_id=workshop.pk,
        reference=new_reference(),
        manage_token_hash=hash_token(token),
        status=Registration.Status.CONFIRMED,  # until the lock says otherwise
        name=name,
        email=email,
        phone=phone,
        contact_index=index,
        channel=channel,
        messages_safe=messages_safe and bool(email or phone),
        discreet=discreet,
        language=language,
        children_ages=children_ages or [],
        interpreter_language=interpreter_language,
        accessibility_needs=accessibility_needs,
        walk_in=walk_in,
        attended=True if walk_in else None,
    )
    # Field checks only: uniqueness is the database's job. A reference or token taken by
    # another registration fails the insert, and the decorator runs it all again.
    registration.clean_fields(exclude=["workshop", "contact_index"])  # the index is ours
    with transaction.atomic():
        try:
            workshop = _locked(workshop)
        except Workshop.DoesNotExist as exc:
            raise WorkshopNotFound(_("This workshop does not exist.")) from exc
        if workshop.status == Workshop.Status.DRAFT:
            raise WorkshopNotFound(_("This workshop does not exist."))
        if not walk_in and not workshop.registration_open(now=now):
            raise RegistrationClosed(_("Registration for this workshop is closed."))
        if walk_in and (workshop.status != Workshop.Status.PUBLISHED or workshop.closed_at):
            raise RegistrationClosed(_("This workshop is closed: no more people can be added."))
        if existing_pk is not None:
            existing = Registration.objects.get(pk=existing_pk)
            # Read under the lock, which cancelling takes too: if she cancelled it meanwhile,
            # this is a new registration.
            if existing.status != Registration.Status.CANCELLED:
                return RegistrationResult(existing, None, created=False)
        if not workshop.is_full:
            status = Registration.Status.CONFIRMED
        elif workshop.waitlist_enabled and not walk_in:
            status = Registration.Status.WAITLISTED
        else:
            raise WorkshopFull(_("This workshop is full."))
        registration.workshop = workshop
        registration.status = status
        # Its time (and id) are given under the lock, so the waiting list follows arrival.
        registration.created_at = now or timezone.now()
        registration.save()
        if status == Registration.Status.CONFIRMED:
            Workshop.objects.with_scopes_disabled().filter(pk=workshop.pk).update(
                seats_taken=F("seats_taken") + 1
            )
        demographics.record(StatsAnswer, answers=stats or {}, workshop=workshop)
        if walk_in:  # staff at the door; a person registering herself is not a staff action
            log_action(
                "workshops.registration.created",
                actor=actor,
                obj=workshop,
                data={"reference": registration.reference, "status": status, "walk_in": True},
            )
        else:
            notify(registration, status, manage_token=token)
    return RegistrationResult(registration, token, created=True)


@scopes_disabled()
@transaction.atomic
def registration_cancel(*, registration: Registration, actor=None, now=None) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first person waiting, who is returned.
    She (no `actor`) may cancel until the workshop starts; staff, until attendance is closed."""
    workshop = _locked(registration.workshop)
    registration = (
        Registration.objects.with_scopes_disabled().select_for_update().get(pk=registration.pk)
    )
    if registration.status == Registration.Status.CANCELLED:
        return None
    registration.workshop = workshop
    if actor is None and not registration.changeable_by_her(now=now):
        raise RegistrationClosed(TOO_LATE_TO_CHANGE)
    if actor is not None and workshop.closed_at is not None:
        raise RegistrationClosed(_("Attendance of this workshop is closed."))
    was_confirmed = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.revision += 1  # her calendar entry becomes a cancelled one
    registration.cancelled_at = now or timezone.now()
    registration.save(update_fields=["status", "cancelled_at", "revision", "updated_at"])
    log_action(
        "workshops.registration.cancelled",
        actor=actor,
        obj=workshop,
        data={"reference": registration.reference, "by_staff": actor is not None},
    )
    if actor is not None:
        notify(registration, "cancelled")
    if not was_confirmed:
        return None
    promoted = waiting_list(workshop).select_for_update().first()
    if promoted is None:
        Workshop.objects.with_scopes_disabled().filter(pk=workshop.pk).update(
            seats_taken=F("seats_taken") - 1
        )
        return None
    promoted.status = Registration.Status.CONFIRMED
    promoted.revision += 1
    promoted.save(update_fields=["status", "revision", "updated_at"])
    log_action(
        "workshops.registration.promoted", obj=workshop, data={"reference": promoted.reference}
    )
    notify(promoted, "promoted")
    return promoted


def registrations_erase(*, registrations, now=None) -> int:
    """Erase the name, contact details and access needs of these registrations (not yet
    erased); status, attendance and the needs without a name stay for the counts."""
    return registrations.filter(personal_data_erased_at__isnull=True).update(
        name="",
        email="",
        phone="",
        accessibility_needs="",
        contact_index=None,
        manage_token_hash=Concat(Value("erased-"), "reference"),
        personal_data_erased_at=now or timezone.now(),
    )


NEEDS_FIELDS = (
    "children_ages",
    "interpreter_language",
    "accessibility_needs",
    "messages_safe",
    "channel",
    "discreet",
)


@scopes_disabled()
@transaction.atomic
def registration_update(
    *, registration: Registration, actor=None, now=None, **changes
) -> Registration:
    """Change her needs or message preferences (not the workshop, not her contact). She (no
    `actor`) may change them until the workshop starts."""
    unknown = set(changes) - set(NEEDS_FIELDS)
    if unknown:
        raise ValueError(f"Not changeable here: {sorted(unknown)}")
    if actor is None and not registration.changeable_by_her(now=now):
        raise RegistrationClosed(TOO_LATE_TO_CHANGE)
    # Her discreet choice changes her calendar entry's title: a new revision of it.
    revised = changes.get("discreet", registration.discreet) != registration.discreet
    for name, value in changes.items():
        setattr(registration, name, value)
    registration.full_clean(exclude=["workshop"])
    if revised:
        registration.revision += 1
    registration.save(update_fields=[*changes, *(["revision"] if revised else []), "updated_at"])
    log_action(
        "workshops.registration.updated",
        actor=actor,
        obj=registration.workshop,
        data={"reference": registration.reference, "fields": sorted(changes)},
    )
    return registration
