"""Every change to workshops and registrations goes through these functions.

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

from acoge.core.audit import log_action, register_action
from acoge.core.crypto import blind_index
from acoge.core.errors import ServiceError
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import (
    clean_reference,
    hash_token,
    new_reference,
    new_token,
    retry_on_code_collision,
)
from acoge.stats import demographics

from .models import Feedback, Registration, Session, StatsAnswer, Workshop
from .notifications import notify
from .selectors import waiting_list

register_action("workshops.registration.created", _("registered someone for %(object)s"))
register_action("workshops.registration.cancelled", _("cancelled a registration for %(object)s"))
register_action(
    "workshops.registration.promoted", _("moved someone up from the waiting list of %(object)s")
)
register_action("workshops.registration.read", _("opened the registration %(object)s"))
register_action("workshops.registration.updated", _("changed a registration for %(object)s"))
register_action("workshops.workshop.created", _("created the workshop %(object)s"))
register_action("workshops.workshop.updated", _("edited the workshop %(object)s"))
register_action("workshops.workshop.cancelled", _("cancelled the workshop %(object)s"))
register_action("workshops.workshop.closed", _("closed attendance of %(object)s"))
register_action("workshops.attendance.marked", _("marked attendance at %(object)s"))
register_action("workshops.registrations.exported", _("exported the registrations of %(object)s"))


class RegistrationError(ServiceError):
    """A registration that cannot be made; `message` is safe to show to the person."""


class InvalidRegistration(RegistrationError):
    """What she gave does not make a registration; `field` names the answer at fault."""

    def __init__(self, field: str, message) -> None:
        super().__init__(message)
        self.field = field


class WorkshopFull(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


class WorkshopNotFound(RegistrationClosed):
    """No such workshop, or not published: callers answer as if it did not exist."""


MAX_CHILDREN = 10
CHILD_AGES = range(0, 18)


def check_registration(
    *, email: str, phone: str, channel: str, children_ages: list[int]
) -> None:
    """Refuse what does not make a registration, whatever channel it came by: no way to reach
    her, messages by a channel her contact cannot take, children's ages that are not ages."""
    if not (email or phone):
        raise RegistrationError(_("Give an e-mail address or a phone number."))
    if channel not in Registration.Channel.values:
        raise InvalidRegistration(
            "channel", _("Choose how to send messages: email, sms or whatsapp.")
        )
    if channel == Registration.Channel.EMAIL and not email:
        raise InvalidRegistration("channel", _("E-mail messages need an e-mail address."))
    if channel != Registration.Channel.EMAIL and not phone:
        raise InvalidRegistration("channel", _("Text and WhatsApp messages need a phone number."))
    if len(children_ages) > MAX_CHILDREN or any(
        type(age) is not int or age not in CHILD_AGES for age in children_ages
    ):
        raise InvalidRegistration(
            "children_ages",
            _("Give the age of each child from 0 to 17, for at most %(count)s children.")
            % {"count": MAX_CHILDREN},
        )


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
        email=email, phone=phone, channel=channel, children_ages=children_ages or []
    )
    index = contact_index_for(email=email, phone=phone)
    existing_pk = (
        Registration.objects.filter(workshop_id=workshop.pk, contact_index=index)
        .exclude(status=Registration.Status.CANCELLED)
        .values_list("pk", flat=True)
        .first()
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
        messages_safe=messages_safe,
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
    registration.clean_fields(exclude=["workshop"])
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
    promoted.save(update_fields=["status", "updated_at"])
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


def registration_by_token(token: str) -> Registration | None:
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(manage_token_hash=hash_token(token))
        .first()
    )


def registration_find(*, reference: str, contact: str) -> Registration | None:
    """Her registration, by reference code plus the e-mail or phone she gave."""
    reference = clean_reference(reference)
    indexes = [contact_index_for(email=contact), contact_index_for(phone=contact)]
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(reference=reference, contact_index__in=indexes)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
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
def registration_update(*, registration: Registration, actor=None, **changes) -> Registration:
    """Change her needs or message preferences (not the workshop, not her contact)."""
    unknown = set(changes) - set(NEEDS_FIELDS)
    if unknown:
        raise ValueError(f"Not changeable here: {sorted(unknown)}")
    for name, value in changes.items():
        setattr(registration, name, value)
    registration.full_clean(exclude=["workshop"])
    registration.save(update_fields=[*changes, "updated_at"])
    log_action(
        "workshops.registration.updated",
        actor=actor,
        obj=registration.workshop,
        data={"reference": registration.reference, "fields": sorted(changes)},
    )
    return registration


PUBLIC_CHANGE_FIELDS = {
    "starts_at",
    "ends_at",
    "venue",
    "address",
    "commune",
    "modality",
    "online_url",
}


@transaction.atomic
def workshop_save(*, workshop: Workshop, actor, changed: list[str] | None = None) -> Workshop:
    """Create or update a workshop; registrants hear of a change of time or place."""
    creating = workshop.pk is None
    workshop.full_clean()
    workshop.save()
    log_action(
        "workshops.workshop.created" if creating else "workshops.workshop.updated",
        actor=actor,
        obj=workshop,
        data={"fields": sorted(changed or [])},
    )
    if (
        not creating
        and workshop.status == Workshop.Status.PUBLISHED
        and PUBLIC_CHANGE_FIELDS & set(changed or [])
    ):
        for registration in _active(workshop):
            notify(registration, "changed")
    return workshop


def _active(workshop: Workshop):
    return Registration.objects.with_scopes_disabled().filter(
        workshop=workshop,
        status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED],
    )


@transaction.atomic
def session_add(*, workshop: Workshop, actor, **fields) -> Session:
    """Add a session to the programme; its times must fall within the workshop's."""
    session = Session(workshop=workshop, **fields)
    session.full_clean()
    session.save()
    log_action(
        "workshops.workshop.updated", actor=actor, obj=workshop, data={"fields": ["sessions"]}
    )
    return session


@transaction.atomic
def session_remove(*, session: Session, actor) -> None:
    workshop = session.workshop
    session.delete()
    log_action(
        "workshops.workshop.updated", actor=actor, obj=workshop, data={"fields": ["sessions"]}
    )


@transaction.atomic
def workshop_cancel(*, workshop: Workshop, actor) -> int:
    """Cancel a workshop and tell everyone registered; returns how many were told."""
    workshop = _locked(workshop)
    workshop.status = Workshop.Status.CANCELLED
    workshop.save(update_fields=["status", "updated_at"])
    registrations = list(_active(workshop))
    for registration in registrations:
        notify(registration, "workshop_cancelled")
    log_action(
        "workshops.workshop.cancelled",
        actor=actor,
        obj=workshop,
        data={"registrations": len(registrations)},
    )
    return len(registrations)


@transaction.atomic
def attendance_set(*, registration: Registration, attended: bool, actor) -> Registration:
    Registration.objects.with_scopes_disabled().filter(pk=registration.pk).update(attended=attended)
    registration.attended = attended
    log_action(
        "workshops.attendance.marked",
        actor=actor,
        obj=registration.workshop,
        data={"reference": registration.reference, "attended": attended},
    )
    return registration


@transaction.atomic
def workshop_close(*, workshop: Workshop, actor, now=None) -> dict[str, int]:
    """Close attendance: unmarked confirmed people become no-shows; attendees who accepted
    messages get the anonymous feedback link. Returns attended / no-show / walk-in counts."""
    workshop = _locked(workshop)
    if workshop.closed_at is not None:
        raise RegistrationClosed(_("Attendance of this workshop is already closed."))
    confirmed = Registration.objects.with_scopes_disabled().filter(
        workshop=workshop, status=Registration.Status.CONFIRMED
    )
    confirmed.filter(attended__isnull=True).update(attended=False)
    counts = {
        "attended": confirmed.filter(attended=True, walk_in=False).count(),
        "walk_in": confirmed.filter(walk_in=True).count(),
        "no_show": confirmed.filter(attended=False).count(),
    }
    workshop.closed_at = now or timezone.now()
    workshop.status = Workshop.Status.COMPLETED
    workshop.save(update_fields=["closed_at", "status", "updated_at"])
    for registration in confirmed.filter(attended=True):
        notify(registration, "feedback")
    log_action("workshops.workshop.closed", actor=actor, obj=workshop, data=counts)
    return counts


def feedback_submit(
    *, workshop: Workshop, usefulness: dict[str, int], wants_to_learn: str = ""
) -> Feedback:
    """Anonymous feedback: no registration, no time of day, a random id."""
    usefulness = {topic: int(score) for topic, score in usefulness.items() if score}
    if any(not 1 <= score <= 5 for score in usefulness.values()):
        raise ValueError("Scores go from 1 to 5.")
    return Feedback.objects.create(
        workshop=workshop,
        month=timezone.localdate().replace(day=1),
        usefulness=usefulness,
        wants_to_learn=wants_to_learn.strip()[:2000],
    )
