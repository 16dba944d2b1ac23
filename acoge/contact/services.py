"""Every change to a contact request goes through these functions; views only call them. The
safe-contact rules are in safety.py, the reads in selectors.py, the refusals in errors.py.

Routing: a request goes to the gender delegates of her region; with no region, or no delegate
there, to the national Gender Unit queue. The first contact is due in her first safe window on
or after a number of Chilean business days from arrival (ACOGE_CONTACT_DUE_BUSINESS_DAYS;
safety.first_contact_due). An attempt by a way she did not choose, or outside her safe times,
needs a reason. "Not safe" pauses further attempts until her next safe time. Withdrawing, spam
and retention erase the personal data.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, F, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.accounts.models import User
from acoge.core import ratelimit, zones
from acoge.core.audit import log_action, register_action
from acoge.core.models import Institution, Region
from acoge.core.tokens import hash_token, new_reference, new_token, retry_on_code_collision
from acoge.stats import demographics

from . import selectors
from .errors import AlreadyTaken, ContactError, Paused, ReasonNeeded
from .models import (
    PHONE_METHODS,
    Attempt,
    ContactRequest,
    Intake,
    Method,
    Note,
    Referral,
    StatsAnswer,
    Topic,
)
from .notifications import alert_handlers, send_confirmation
from .safety import attempt_concerns, check_preferences, first_contact_due, next_safe_time

__all__ = ["AlreadyTaken", "ContactError", "Paused", "ReasonNeeded"]  # raised here

MESSAGE_LIMIT = 1000
# Requests she sends herself, per contact (its blind index), whatever the connection: nobody
# writes five times in an hour; a script using many addresses is stopped here.
PER_CONTACT = ratelimit.Limit("contact.request.contact", 5)
SHORT_TEXT_LIMIT = 200

register_action("contact.request.created", _("opened the contact request %(object)s"))
register_action("contact.contactrequest.read", _("read the contact request %(object)s"))
register_action("contact.request.taken", _("took the contact request %(object)s"))
register_action("contact.request.assigned", _("assigned the contact request %(object)s"))
register_action("contact.attempt.recorded", _("recorded a contact attempt on %(object)s"))
register_action("contact.referral.recorded", _("recorded a referral on %(object)s"))
register_action("contact.note.added", _("added a note to %(object)s"))
register_action("contact.request.closed", _("closed the contact request %(object)s"))
register_action("contact.request.withdrawn", _("she withdrew the contact request %(object)s"))
register_action("contact.request.spam", _("marked a contact request as spam and erased it"))
register_action("contact.requests.exported", _("exported contact requests (no personal data)"))


# Creating -------------------------------------------------------------------------------------


def _count_attempt(index: str | None) -> None:
    if index is None:
        return
    try:
        ratelimit.hit_limit(PER_CONTACT, index)
    except ratelimit.RateLimited as exc:
        raise ContactError(
            _(
                "We already received several requests with this contact in the last hour. We "
                "will contact you about them: there is no need to write again."
            )
        ) from exc


@dataclass(frozen=True)
class Created:
    request: ContactRequest
    status_token: str


def _clean_text(value: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ContactError(_("Write at most %(limit)s characters.") % {"limit": limit})
    return value


@retry_on_code_collision(lambda: ContactError(_("Your form could not be sent. Please try again.")))
@transaction.atomic
def request_create(
    *,
    topic: str,
    region: Region | None,
    preferences: dict,
    language: str,
    language_other: str = "",
    message: str = "",
    name: str = "",
    email: str = "",
    phone: str = "",
    confirmation_email: bool = False,
    intake: str = Intake.WEB,
    stats: dict[str, str] | None = None,
    created_by: User | None = None,
    now: datetime.datetime | None = None,
) -> Created:
    """Record a request and route it. Staff opening one on her behalf pass `created_by`. Her
    optional statistics answers (`stats`) are stored apart, with no link to the request."""
    now = now or timezone.now()
    if topic not in Topic.values:
        raise ContactError(_("Choose what your request is about."))
    methods = preferences.get("methods", [])
    if Method.EMAIL in methods and not email:
        raise ContactError(_("Enter your email address"))
    if PHONE_METHODS & set(methods) and not phone:
        raise ContactError(_("Enter your phone number"))
    check_preferences(preferences)
    preferences = {
        **preferences,
        "say": _clean_text(preferences.get("say", ""), SHORT_TEXT_LIMIT),
        "avoid": _clean_text(preferences.get("avoid", ""), SHORT_TEXT_LIMIT),
    }
    token = new_token()
    due = first_contact_due(preferences, arrived=now, region=region)
    request = ContactRequest(
        reference=new_reference(),
        status_token_hash=hash_token(token),
        topic=topic,
        region=region,
        national_queue=not selectors.delegates_of(region).exists(),
        intake=intake,
        language=language,
        language_other=" ".join(language_other.split())[:40],
        message=_clean_text(message, MESSAGE_LIMIT),
        name=" ".join(name.split())[:80],
        email=email.strip() if Method.EMAIL in methods else "",
        phone=phone if PHONE_METHODS & set(methods) else "",
        preferences=preferences,
        confirmation_email=bool(confirmation_email and email and Method.EMAIL in methods),
        due_at=due.start,
        overdue_at=due.end,
        created_by=created_by,
        created_at=now,
    )
    request.email_index = selectors.email_index(request.email)
    request.phone_index = selectors.phone_index(request.phone)
    request.full_clean(exclude=["reference", "status_token_hash"])
    if created_by is None:
        _count_attempt(request.email_index or request.phone_index)
    request.save()
    demographics.record(StatsAnswer, answers=stats or {}, topic=topic, region=region)
    if created_by is not None:
        log_action(
            "contact.request.created",
            actor=created_by,
            obj=request,
            data={"intake": intake, "national_queue": request.national_queue},
        )
    alert_handlers(request)
    if request.confirmation_email:
        send_confirmation(request, token)
    return Created(request, token)


# Handling -------------------------------------------------------------------------------------


def _requests() -> QuerySet[ContactRequest]:
    """Requests without the region scope: callers have checked the permission already."""
    return ContactRequest.objects.with_scopes_disabled()


def _locked(request: ContactRequest) -> ContactRequest:
    return _requests().select_for_update().get(pk=request.pk)


@transaction.atomic
def request_take(
    *, request: ContactRequest, actor: User, now: datetime.datetime | None = None
) -> ContactRequest:
    """Take an unassigned request. Two people at once: one wins, the other gets AlreadyTaken."""
    now = now or timezone.now()
    taken = (
        _requests()
        .filter(pk=request.pk, assigned_to__isnull=True)
        .exclude(status=ContactRequest.Status.CLOSED)
        .update(
            assigned_to=actor,
            assigned_at=now,
            status=Case(
                When(status=ContactRequest.Status.NEW, then=Value(ContactRequest.Status.ASSIGNED)),
                default=F("status"),
            ),
            updated_at=now,
        )
    )
    request.refresh_from_db()
    if not taken:
        raise AlreadyTaken(None if not request.is_open else request.assigned_to)
    log_action("contact.request.taken", actor=actor, obj=request)
    return request


@transaction.atomic
def request_assign(
    *,
    request: ContactRequest,
    assignee: User,
    actor: User,
    now: datetime.datetime | None = None,
) -> ContactRequest:
    """Give the request to a colleague whose roles cover its region."""
    request = _locked(request)
    if not request.is_open:
        raise ContactError(_("This request is closed."))
    if not selectors.can_handle(assignee, request):
        raise ContactError(_("This person does not handle requests of this region."))
    request.assigned_to = assignee
    request.assigned_at = now or timezone.now()
    if request.status == ContactRequest.Status.NEW:
        request.status = ContactRequest.Status.ASSIGNED
    request.save(update_fields=["assigned_to", "assigned_at", "status", "updated_at"])
    log_action(
        "contact.request.assigned",
        actor=actor,
        obj=request,
        data={"to": assignee.get_username()},
    )
    return request


@transaction.atomic
def attempt_record(
    *,
    request: ContactRequest,
    actor: User,
    channel: str,
    result: str,
    note: str = "",
    reason: str = "",
    now: datetime.datetime | None = None,
) -> Attempt:
    """Log a try at contacting her. "Not safe" pauses attempts until her next safe time; while
    paused only her own contact ("she contacted us") can be logged. A try by a way she did not
    choose, or outside her safe windows, is recorded only with a `reason`, shown on the request's
    page."""
    now = now or timezone.now()
    request = _locked(request)
    if not request.is_open:
        raise ContactError(_("This request is closed."))
    if request.is_paused(now=now) and channel != Attempt.Channel.INBOUND:
        local = zones.localtime(request.paused_until or now, request.region)
        raise Paused(
            _("She said it was not safe. Do not contact her before %(when)s.")
            % {"when": local.strftime("%d/%m/%Y %H:%M")}
        )
    concerns = attempt_concerns(request.preferences, channel=channel, at=now, zone=request.zone)
    reason = _clean_text(reason, MESSAGE_LIMIT) if concerns else ""
    if concerns and not reason:
        raise ReasonNeeded(
            "reason",
            _(
                "Enter the reason for this attempt: it is by a way she did not choose or "
                "outside her safe times."
            ),
        )
    attempt = Attempt(
        request=request,
        at=now,
        channel=channel,
        result=result,
        note=_clean_text(note, MESSAGE_LIMIT),
        way_not_chosen=concerns.way_not_chosen,
        outside_safe_times=concerns.outside_safe_times,
        reason=reason,
        staff=actor,
    )
    attempt.full_clean(exclude=["request", "staff"])
    attempt.save()
    if request.first_attempt_at is None:
        request.first_attempt_at = now
    if request.assigned_to_id is None:
        request.assigned_to, request.assigned_at = actor, now
        if request.status == ContactRequest.Status.NEW:
            request.status = ContactRequest.Status.ASSIGNED
    if result == Attempt.Result.REACHED:
        request.first_reached_at = request.first_reached_at or now
        request.paused_until = None
        if request.status in {ContactRequest.Status.NEW, ContactRequest.Status.ASSIGNED}:
            request.status = ContactRequest.Status.CONTACTED
    elif result == Attempt.Result.NOT_SAFE:
        request.paused_until = next_safe_time(request.preferences, after=now, zone=request.zone)
    request.save()
    log_action(
        "contact.attempt.recorded",
        actor=actor,
        obj=request,
        data={"channel": channel, "result": result, **concerns._asdict()},
    )
    return attempt


@transaction.atomic
def referral_record(
    *,
    request: ContactRequest,
    actor: User,
    institution: Institution,
    referred_on: datetime.date,
    unit: str = "",
    agreed: str = "",
) -> Referral:
    request = _locked(request)
    if not request.is_open:
        raise ContactError(_("This request is closed."))
    referral = Referral.objects.create(
        request=request,
        institution=institution,
        unit=unit.strip()[:120],
        referred_on=referred_on,
        agreed=_clean_text(agreed, MESSAGE_LIMIT),
        staff=actor,
    )
    if request.status != ContactRequest.Status.REFERRED:
        request.status = ContactRequest.Status.REFERRED
        request.save(update_fields=["status", "updated_at"])
    log_action(
        "contact.referral.recorded",
        actor=actor,
        obj=request,
        data={"institution": institution.short_name},
    )
    return referral


@transaction.atomic
def note_add(*, request: ContactRequest, actor: User, text: str) -> Note:
    text = _clean_text(text, MESSAGE_LIMIT)
    if not text:
        raise ContactError(_("Write the note."))
    note = Note.objects.create(request=request, text=text, author=actor)
    log_action("contact.note.added", actor=actor, obj=request)
    return note


STAFF_OUTCOMES = [choice for choice in ContactRequest.Outcome.choices if choice[0] != "withdrawn"]


@transaction.atomic
def request_close(
    *,
    request: ContactRequest,
    actor: User,
    outcome: str,
    now: datetime.datetime | None = None,
) -> ContactRequest:
    request = _locked(request)
    if not request.is_open:
        raise ContactError(_("This request is already closed."))
    if outcome not in dict(STAFF_OUTCOMES):
        raise ContactError(_("Choose the outcome."))
    request.status = ContactRequest.Status.CLOSED
    request.outcome = outcome
    request.closed_at = now or timezone.now()
    request.paused_until = None
    request.save(update_fields=["status", "outcome", "closed_at", "paused_until", "updated_at"])
    log_action("contact.request.closed", actor=actor, obj=request, data={"outcome": outcome})
    return request


# Erasing --------------------------------------------------------------------------------------


def erase_personal_data(requests: QuerySet[ContactRequest], *, now=None) -> int:
    """Erase what could identify her; keep topic, region, intake, timings and outcome."""
    now = now or timezone.now()
    ids = list(requests.filter(personal_data_erased_at__isnull=True).values_list("pk", flat=True))
    if not ids:
        return 0
    Note.objects.filter(request_id__in=ids).delete()
    Attempt.objects.filter(request_id__in=ids).update(note="", reason="")
    Referral.objects.filter(request_id__in=ids).update(agreed="")
    return (
        _requests()
        .filter(pk__in=ids)
        .update(
            name="",
            email="",
            phone="",
            message="",
            preferences={},
            email_index=None,
            phone_index=None,
            status_token_hash=None,
            confirmation_email=False,
            paused_until=None,
            personal_data_erased_at=now,
        )
    )


@transaction.atomic
def request_withdraw(*, request: ContactRequest, now=None) -> ContactRequest:
    """She withdraws: her personal data is erased at once and the request is closed."""
    now = now or timezone.now()
    request = _locked(request)
    if request.is_open:
        request.status = ContactRequest.Status.CLOSED
        request.outcome = ContactRequest.Outcome.WITHDRAWN
        request.closed_at = now
        request.save(update_fields=["status", "outcome", "closed_at", "updated_at"])
    erase_personal_data(_requests().filter(pk=request.pk), now=now)
    log_action("contact.request.withdrawn", obj=request)
    request.refresh_from_db()
    return request


@transaction.atomic
def request_mark_spam(*, request: ContactRequest, actor: User) -> None:
    """Spam is erased whole: no personal data, no counts."""
    request = _locked(request)
    log_action(
        "contact.request.spam",
        actor=actor,
        region=request.region,
        data={"reference": request.reference},
    )
    request.delete()
