"""Her own data-protection requests in the personal-data registry: found by the blind index of
the contact she proved, shown to her, and emptied of her contact and message on request."""

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from .models import RightsRequest
from .services import contact_index, erase_personal_data


def requests_of(contact: Contact) -> QuerySet[RightsRequest]:
    indexes = [contact_index(value) for value in (contact.email, contact.phone) if value]
    return RightsRequest.objects.filter(contact_index__in=indexes).order_by("received_at", "id")


def request_record(request: RightsRequest) -> dict[str, Any]:
    return {
        "reference": request.reference,
        "right": request.right,
        "received": request.received_at.isoformat(),
        "status": request.status,
        "answer_due": request.due_on.isoformat(),
        "answered": request.answered_at.isoformat() if request.answered_at else "",
        "message": request.message,
        "contact": request.contact,
    }


def erase_requests(requests: list[RightsRequest], now: datetime) -> int:
    return erase_personal_data(
        RightsRequest.objects.filter(pk__in=[request.pk for request in requests]), now=now
    )


def register_sources() -> None:
    register(
        PersonalData(
            key="rights.requests",
            description=_("Your requests about your data"),
            find=requests_of,
            export=request_record,
            erase=erase_requests,
            kept=_(
                "Which right was asked for, when, and when and how it was answered, with no "
                "contact or message: the service must be able to show that it answered."
            ),
            retention="rights.request_personal_data",
            labels={
                "reference": _("Reference code"),
                "right": _("Right"),
                "received": _("Received"),
                "status": _("Status"),
                "answer_due": _("Answer due"),
                "answered": _("Answered"),
                "message": _("Message"),
                "contact": _("Contact"),
            },
        )
    )
