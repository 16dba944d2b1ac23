"""The request itself: creating and routing it, taking, assigning and closing it; erasing her
personal data, her withdrawing it, and spam."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, F, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.accounts.models import User
from acoge.core import ratelimit
from acoge.core.audit import log_action
from acoge.core.models import Region
from acoge.core.tokens import hash_token, new_reference, new_token, retry_on_code_collision
from acoge.stats import demographics

from .. import selectors
from ..errors import AlreadyTaken, ContactError
from ..models import (
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
from ..notifications import alert_handlers, send_confirmation
from ..safety import check_preferences, first_contact_due

MESSAGE_LIMIT = 1000
# Requests she sends herself, per contact (its blind index), whatever the connection: nobody
# writes five times in an hour; a script using many addresses is stopped here.
PER_CONTACT = ratelimit.Limit("contact.request.contact", 5)
SHORT_TEXT_LIMIT = 200


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


# Taking, assigning, closing -------------------------------------------------------------------


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
