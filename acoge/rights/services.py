"""Every change to a data-subject request goes through these functions; views only call them.

She asks: `verification_start` keeps what she asked for and sends a one-time code to the contact
she gave; `verification_confirm` checks the code and answers through the personal-data registry
(`acoge.core.personal_data`): a copy of her records for access and portability, erasure in every
module for deletion; rectification, opposition and blocking become requests staff answer by the
due date (`due_date`). Staff then start, answer or refuse them. Every step is audit-logged.
"""

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.accounts.models import User
from acoge.core import one_time_codes, personal_data, ratelimit
from acoge.core.audit import log_action, register_action
from acoge.core.calendar import add_business_days
from acoge.core.crypto import blind_index
from acoge.core.personal_data import Contact
from acoge.core.tokens import new_reference, retry_on_code_collision

from .errors import CodeUnusable, RightsError
from .models import (
    AUTOMATIC_RIGHTS,
    COPY_RIGHTS,
    STAFF_RIGHTS,
    ContactKind,
    Right,
    RightsRequest,
    Verification,
)

CODE_MINUTES = one_time_codes.CODE_MINUTES
MESSAGE_LIMIT = 1000
REASON_LIMIT = 2000
# Codes sent to one contact in an hour, whatever the connection: a person asks once or twice;
# someone trying to reach another person's records gets few codes to guess.
PER_CONTACT = ratelimit.Limit("rights.code.contact", 3)

register_action("rights.code.sent", _("a one-time code was sent for a data request"))
register_action("rights.code.wrong", _("a wrong one-time code was typed for a data request"))
register_action("rights.request.received", _("data request %(object)s received"))
register_action("rights.request.answered_automatically", _("data request %(object)s answered"))
register_action("rights.rightsrequest.read", _("read the data request %(object)s"))
register_action("rights.request.started", _("started on the data request %(object)s"))
register_action("rights.request.answered", _("answered the data request %(object)s"))
register_action("rights.request.refused", _("refused the data request %(object)s"))

# The order rights are answered and shown in.
ORDER = [right.value for right in Right]


def contact_index(contact: str) -> str:
    return blind_index(contact, purpose="rights.contact")


def due_date(received: datetime.datetime) -> datetime.date:
    """The answer is due ACOGE_RIGHTS_ANSWER_DAYS after arrival: calendar days, or Chilean
    business days with ACOGE_RIGHTS_BUSINESS_DAYS (docs/privacy.md gives the source)."""
    day = timezone.localdate(received)
    days = settings.ACOGE_RIGHTS_ANSWER_DAYS
    if settings.ACOGE_RIGHTS_BUSINESS_DAYS:
        return add_business_days(day, days)
    return day + datetime.timedelta(days=days)


def _clean_rights(rights: list[str]) -> list[str]:
    chosen = set(rights)
    if not chosen or not chosen <= set(Right.values):
        raise RightsError(_("Choose what you want to do with your data."))
    return [right for right in ORDER if right in chosen]


def _clean_message(message: str, rights: list[str]) -> str:
    message = (message or "").strip()
    if STAFF_RIGHTS & set(rights) and not message:
        raise RightsError(_("Tell us what to correct, or which use of your data to stop."))
    if len(message) > MESSAGE_LIMIT:
        raise RightsError(_("Write at most %(limit)s characters.") % {"limit": MESSAGE_LIMIT})
    return message


def _send(verification: Verification, now: datetime.datetime) -> None:
    """Count, make, keep and send a new code (the old one stops working), and log it."""
    one_time_codes.issue(verification, limit=PER_CONTACT, now=now, error=RightsError)
    log_action("rights.code.sent", obj=verification, data={"by": verification.contact_kind})


# She asks ---------------------------------------------------------------------------------------


@transaction.atomic
def verification_start(
    *,
    rights: list[str],
    contact_kind: str,
    contact: str,
    message: str = "",
    language: str = "es",
    now: datetime.datetime | None = None,
) -> Verification:
    """Keep what she asked for and send a one-time code to the contact she gave (an e-mail
    address, or a phone number in E.164 for a text message)."""
    now = now or timezone.now()
    rights = _clean_rights(rights)
    message = _clean_message(message, rights)
    if contact_kind not in ContactKind.values or not contact.strip():
        raise RightsError(_("Enter the email address or phone number you gave us."))
    contact = contact.strip()
    verification = Verification(
        contact_kind=contact_kind,
        contact=contact,
        contact_index=contact_index(contact),
        rights=rights,
        message=message,
        language=language,
        created_at=now,
    )
    _send(verification, now)
    return verification


@transaction.atomic
def verification_resend(
    *, verification: Verification, now: datetime.datetime | None = None
) -> Verification:
    """A new code for the same request (the old one stops working), counted per contact."""
    now = now or timezone.now()
    verification = Verification.objects.select_for_update().get(pk=verification.pk)
    if verification.confirmed_at is not None or not verification.contact:
        raise CodeUnusable(_("This code was already used. Start again to make a new request."))
    _send(verification, now)
    return verification


@dataclass(frozen=True)
class Answered:
    """What she gets once the code is right: her requests, the copy of her records (for access
    or portability) and what was erased (for deletion)."""

    requests: list[RightsRequest]
    copy: dict[str, list[dict[str, Any]]] | None
    erased: dict[str, int] | None

    @property
    def rights(self) -> list[str]:
        return [request.right for request in self.requests]


def _check_code(verification: Verification, code: str, now: datetime.datetime) -> Verification:
    """The verification, used up, when the code is right; each wrong try is counted for good."""
    locked, right = one_time_codes.check(verification, code, now)
    if not right:
        log_action("rights.code.wrong", obj=locked, data={"attempt": locked.attempts})
        one_time_codes.refuse(locked)
    return locked


def verification_confirm(
    *, verification: Verification, code: str, now: datetime.datetime | None = None
) -> Answered:
    """Check the code; when it is right, answer every right she asked for."""
    now = now or timezone.now()
    verification = _check_code(verification, code, now)
    return _answer(verification, now)


def _contact(verification: Verification) -> Contact:
    if verification.contact_kind == ContactKind.EMAIL:
        return Contact(email=verification.contact)
    return Contact(phone=verification.contact)


def _not_sent() -> RightsError:
    return RightsError(_("Your request could not be sent. Please try again."))


@retry_on_code_collision(_not_sent)
@transaction.atomic
def _answer(verification: Verification, now: datetime.datetime) -> Answered:
    rights = _clean_rights(verification.rights)
    contact = _contact(verification)
    copy = erased = None
    if COPY_RIGHTS & set(rights):
        copy = personal_data.export_all(contact)
    if Right.DELETION in rights:
        erased = personal_data.erase_all(contact, now=now)
    requests = [_record(verification, right, now, copy=copy, erased=erased) for right in rights]
    # What she typed has reached the requests that need it: the code row keeps none of it.
    verification.contact = ""
    verification.message = ""
    verification.save(update_fields=["contact", "message"])
    return Answered(requests=requests, copy=copy, erased=erased)


def _record(
    verification: Verification,
    right: str,
    now: datetime.datetime,
    *,
    copy: dict[str, list[dict[str, Any]]] | None,
    erased: dict[str, int] | None,
) -> RightsRequest:
    automatic = right in AUTOMATIC_RIGHTS
    request = RightsRequest(
        reference=new_reference(),
        right=right,
        automatic=automatic,
        received_at=now,
        due_on=due_date(now),
        contact_kind=verification.contact_kind,
        # Found again by her later requests; not when she asked for deletion with it.
        contact_index=None if Right.DELETION in verification.rights else verification.contact_index,
    )
    if automatic:
        request.status = RightsRequest.Status.ANSWERED
        request.answered_at = now
        if right == Right.DELETION:
            request.outcome = {"erased": erased or {}}
        else:
            request.outcome = {"records": {key: len(rows) for key, rows in (copy or {}).items()}}
    else:
        # Staff answer her at this contact, about this message.
        request.contact = verification.contact
        request.message = verification.message
    request.save()
    log_action("rights.request.received", obj=request, data={"right": right})
    if automatic:
        log_action("rights.request.answered_automatically", obj=request, data=dict(request.outcome))
    return request


# Staff answer -----------------------------------------------------------------------------------


def _open(request: RightsRequest) -> RightsRequest:
    locked = RightsRequest.objects.select_for_update().get(pk=request.pk)
    if not locked.is_open:
        raise RightsError(_("This request has already been answered."))
    return locked


@transaction.atomic
def request_start(*, request: RightsRequest, actor: User) -> RightsRequest:
    """A staff member starts working on it: no longer only received."""
    request = _open(request)
    if request.status == RightsRequest.Status.IN_PROGRESS:
        raise RightsError(_("This request is already in progress."))
    request.status = RightsRequest.Status.IN_PROGRESS
    request.save(update_fields=["status", "updated_at"])
    log_action("rights.request.started", actor=actor, obj=request)
    return request


@transaction.atomic
def request_answer(
    *,
    request: RightsRequest,
    actor: User,
    resolution: str = "",
    now: datetime.datetime | None = None,
) -> RightsRequest:
    """Staff answered her (what was done, for the record)."""
    request = _open(request)
    request.status = RightsRequest.Status.ANSWERED
    request.resolution = _clean_reason(resolution, required=False)
    request.answered_at = now or timezone.now()
    request.answered_by = actor
    request.save(update_fields=["status", "resolution", "answered_at", "answered_by", "updated_at"])
    log_action("rights.request.answered", actor=actor, obj=request, data={"right": request.right})
    return request


@transaction.atomic
def request_refuse(
    *,
    request: RightsRequest,
    actor: User,
    reason: str,
    now: datetime.datetime | None = None,
) -> RightsRequest:
    """Staff refused it, with the reason the law requires them to give her."""
    request = _open(request)
    request.status = RightsRequest.Status.REFUSED
    request.resolution = _clean_reason(reason, required=True)
    request.answered_at = now or timezone.now()
    request.answered_by = actor
    request.save(update_fields=["status", "resolution", "answered_at", "answered_by", "updated_at"])
    log_action("rights.request.refused", actor=actor, obj=request, data={"right": request.right})
    return request


def _clean_reason(text: str, *, required: bool) -> str:
    text = (text or "").strip()
    if required and not text:
        raise RightsError(_("Give the reason for refusing: she is told it."))
    if len(text) > REASON_LIMIT:
        raise RightsError(_("Write at most %(limit)s characters.") % {"limit": REASON_LIMIT})
    return text


# Erasing ----------------------------------------------------------------------------------------


def erase_personal_data(
    requests: QuerySet[RightsRequest], *, now: datetime.datetime | None = None
) -> int:
    """Empty her contact, message and the answer's text; the request itself stays (the service
    must be able to show that it was answered, and when)."""
    now = now or timezone.now()
    return requests.filter(personal_data_erased_at__isnull=True).update(
        contact="",
        contact_index=None,
        message="",
        resolution="",
        personal_data_erased_at=now,
        updated_at=now,
    )


def purge_verifications(cutoff: datetime.datetime) -> int:
    """Codes sent before the cut-off go, whether used or not."""
    return Verification.objects.filter(created_at__lt=cutoff).delete()[0]
