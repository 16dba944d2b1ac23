"""Working a request: contact attempts (the safe-contact checks, pausing after "not safe"),
referrals to institutions, and notes. An attempt by a way she did not choose, or outside her
safe times, needs a reason."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.accounts.models import User
from acoge.core import zones
from acoge.core.audit import log_action
from acoge.core.models import Institution

from ..errors import ContactError, Paused, ReasonNeeded
from ..models import Attempt, ContactRequest, Note, Referral
from ..safety import attempt_concerns, next_safe_time
from .requests import MESSAGE_LIMIT, _clean_text, _locked


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
