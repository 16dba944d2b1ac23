"""Her contact requests in the personal-data registry: found by the blind indexes of her e-mail
and phone, shown to her, erased on request (the request is then closed as withdrawn)."""

from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from . import selectors, services
from .models import ContactRequest, Language


def requests_of(contact: Contact) -> QuerySet[ContactRequest]:
    matches = Q(pk__in=[])
    if contact.email:
        matches |= Q(email_index=selectors.email_index(contact.email))
    if contact.phone:
        matches |= Q(phone_index=selectors.phone_index(contact.phone))
    return (
        ContactRequest.objects.with_scopes_disabled()
        .select_related("region")
        .filter(matches)
        .order_by("created_at", "id")
    )


def request_record(request: ContactRequest) -> dict[str, Any]:
    """What her request holds about her, as she may read it (not the staff's internal notes,
    which are about handling it, nor who handled it)."""
    return {
        "reference": request.reference,
        "sent": request.created_at.isoformat(),
        "topic": request.topic,
        "region": request.region.name if request.region else "",
        "status": request.public_status,
        "message": request.message,
        "name": request.name,
        "email": request.email,
        "phone": request.phone,
        "language": request.language_other
        if request.language == Language.OTHER
        else request.language,
        "safe_contact_preferences": request.preferences,
        "referred_to": [referral.institution.short_name for referral in request.referrals.all()],
    }


def erase_requests(requests: list[ContactRequest], now: datetime) -> int:
    for request in requests:
        services.request_withdraw(request=request, now=now)
    return len(requests)


def register_sources() -> None:
    register(
        PersonalData(
            key="contact.requests",
            description=_("Requests to the contact point"),
            find=requests_of,
            export=request_record,
            erase=erase_requests,
            kept=_(
                "The topic, region, dates and outcome of each request, with no name, contact, "
                "message or preferences: they are counted in the indicators and no longer "
                "say who."
            ),
            retention="contact.request_personal_data",
            labels={
                "reference": _("Reference code"),
                "sent": _("Sent"),
                "topic": _("Topic"),
                "region": _("Region"),
                "status": _("Status"),
                "message": _("Message"),
                "name": _("Name"),
                "email": _("Email"),
                "phone": _("Phone"),
                "language": _("Language"),
                "safe_contact_preferences": _("Safe-contact preferences"),
                "referred_to": _("Referred to"),
            },
        )
    )
