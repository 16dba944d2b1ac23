"""Workshops: saving one (registrants hear of a change of time or place), its programme of
sessions, cancelling it, attendance at the door, closing it, and the anonymous feedback."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.audit import log_action
from acoge.core.page_cache import public_pages_changed

from ..errors import RegistrationClosed
from ..models import Feedback, Registration, Session, Workshop
from ..notifications import notify
from .registrations import _locked

PUBLIC_CHANGE_FIELDS = {
    "starts_at",
    "ends_at",
    "venue",
    "address",
    "commune",
    "modality",
    "online_url",
}
# What a calendar file shows (ical.py): a change to one makes a new revision of the event.
CALENDAR_FIELDS = PUBLIC_CHANGE_FIELDS | {
    "title",
    "title_es",
    "title_en",
    "title_ht",
    "region",
    "status",
}


@transaction.atomic
def workshop_save(*, workshop: Workshop, actor, changed: list[str] | None = None) -> Workshop:
    """Create or update a workshop; registrants hear of a change of time or place, and
    calendars get a new revision of the event."""
    creating = workshop.pk is None
    workshop.full_clean()
    revised = not creating and bool(CALENDAR_FIELDS & set(changed or []))
    if revised:
        workshop.revision = F("revision") + 1
    workshop.save()
    if revised:
        workshop.refresh_from_db(fields=["revision"])
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
    public_pages_changed()
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
    public_pages_changed()
    return session


@transaction.atomic
def session_remove(*, session: Session, actor) -> None:
    workshop = session.workshop
    session.delete()
    log_action(
        "workshops.workshop.updated", actor=actor, obj=workshop, data={"fields": ["sessions"]}
    )
    public_pages_changed()


@transaction.atomic
def workshop_cancel(*, workshop: Workshop, actor) -> int:
    """Cancel a workshop and tell everyone registered; returns how many were told."""
    workshop = _locked(workshop)
    workshop.status = Workshop.Status.CANCELLED
    workshop.revision = F("revision") + 1  # calendars replace the event with a cancelled one
    workshop.save(update_fields=["status", "revision", "updated_at"])
    workshop.refresh_from_db(fields=["revision"])
    registrations = list(_active(workshop))
    for registration in registrations:
        notify(registration, "workshop_cancelled")
    log_action(
        "workshops.workshop.cancelled",
        actor=actor,
        obj=workshop,
        data={"registrations": len(registrations)},
    )
    public_pages_changed()
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
    if (now or timezone.now()) < workshop.starts_at:
        raise RegistrationClosed(
            _("Attendance can be closed once the workshop has started, not before.")
        )
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
    public_pages_changed()
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
