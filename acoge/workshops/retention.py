"""Names and contact details of registrations are erased some time after the workshop; the
counts (status, attendance, needs without names) stay for statistics."""

from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import Registration


def erase_registration_contacts(cutoff: datetime) -> int:
    return (
        Registration.objects.with_scopes_disabled()
        .filter(workshop__ends_at__lt=cutoff, personal_data_erased_at__isnull=True)
        .update(
            name="",
            email="",
            phone="",
            accessibility_needs="",
            contact_index=None,
            personal_data_erased_at=timezone.now(),
        )
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
