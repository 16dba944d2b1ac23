"""One answer per e-mail or phone: a one-time code to the contact she gives
(core/one_time_codes.py); once typed back, only the contact's blind index, keyed with the
consultation, is kept."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from acoge.core import one_time_codes, ratelimit
from acoge.core.crypto import blind_index

from ..errors import ConsultationError, ContactUsed
from ..models import (
    Consultation,
    ContactCheck,
    Participation,
    VerifiedContact,
)
from .answering import ALREADY_ANSWERED

# Verified participation: one answer per e-mail or phone ----------------------------------------

# Codes sent to one contact in an hour, whatever the connection.
CODES_PER_CONTACT = ratelimit.Limit("consultations.contact", 3)


def contact_index(consultation: Consultation, contact: str) -> str:
    """Her contact as kept: a blind index keyed with the consultation too, so the lists of two
    consultations cannot be matched against each other."""
    return blind_index(contact.strip(), purpose=f"consultations.contact.{consultation.pk}")


@transaction.atomic
def contact_start(
    *,
    consultation: Consultation,
    contact_kind: str,
    contact: str,
    language: str = "es",
    now: datetime.datetime | None = None,
) -> ContactCheck:
    """Send a one-time code to the e-mail or phone she gave, to answer a verified
    consultation (the contact is kept encrypted only until the code is typed)."""
    now = now or timezone.now()
    if consultation.participation != Participation.VERIFIED or not consultation.is_open(now):
        raise ConsultationError(_("This consultation is not open for answers."))
    if contact_kind not in one_time_codes.ContactKind.values or not contact.strip():
        raise ConsultationError(_("Enter your email address or mobile phone number."))
    check = ContactCheck(
        consultation=consultation,
        contact_kind=contact_kind,
        contact=contact.strip(),
        contact_index=contact_index(consultation, contact),
        language=language,
        created_at=now,
    )
    one_time_codes.issue(check, limit=CODES_PER_CONTACT, now=now, error=ConsultationError)
    return check


@transaction.atomic
def contact_resend(*, check: ContactCheck, now: datetime.datetime | None = None) -> ContactCheck:
    now = now or timezone.now()
    check = ContactCheck.objects.select_for_update().get(pk=check.pk)
    if check.confirmed_at is not None or not check.contact:
        raise one_time_codes.CodeUnusable(_("This code was already used."))
    one_time_codes.issue(check, limit=CODES_PER_CONTACT, now=now, error=ConsultationError)
    return check


def contact_confirm(*, check: ContactCheck, code: str, now: datetime.datetime | None = None) -> str:
    """Check her code: returns her contact's blind index, which she answers with (the contact
    itself is emptied). Refused when that contact has already answered."""
    now = now or timezone.now()
    locked, right = one_time_codes.check(check, code, now)
    if not right:
        one_time_codes.refuse(locked)
    ContactCheck.objects.filter(pk=locked.pk).update(contact="")
    if VerifiedContact.objects.filter(
        consultation_id=locked.consultation_id, contact_index=locked.contact_index
    ).exists():
        raise ContactUsed(ALREADY_ANSWERED())
    return locked.contact_index
