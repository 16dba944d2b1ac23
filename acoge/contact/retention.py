"""Personal data of contact requests is erased some time after closing (ACOGE_CONTACT_
RETENTION_DAYS, 12 months by default); topic, region, intake, timings and outcome stay."""

from datetime import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import ContactRequest
from .services import erase_personal_data


def erase_closed_requests(cutoff: datetime) -> int:
    return erase_personal_data(
        ContactRequest.objects.with_scopes_disabled().filter(closed_at__lt=cutoff)
    )


def register_rules() -> None:
    register(
        RetentionRule(
            name="contact.request_personal_data",
            description=_(
                "Name, contact details, message, safe-contact preferences and notes of contact "
                "requests, after the request is closed"
            ),
            days=lambda: settings.ACOGE_CONTACT_RETENTION_DAYS,
            apply=erase_closed_requests,
            action="anonymise",
        )
    )
