"""Names and contact details of registrations are erased some time after the workshop; the
counts (status, attendance, needs without names) stay for statistics."""

from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import Registration
from .services import registrations_erase


def erase_registration_contacts(cutoff: datetime) -> int:
    return registrations_erase(
        registrations=Registration.objects.with_scopes_disabled().filter(
            workshop__ends_at__lt=cutoff
        ),
        now=timezone.now(),
    )


def register_rules() -> None:
    register(
        RetentionRule(
            name="workshops.registration_contacts",
            description=_(
                "Names and contact details of workshop registrations, after the workshop"
            ),
            days=lambda: settings.ACOGE_WORKSHOP_RETENTION_DAYS,
            apply=erase_registration_contacts,
            action="anonymise",
        )
    )
