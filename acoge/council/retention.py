"""The representative's name and contact are erased ACOGE_COUNCIL_REJECTED_RETENTION_DAYS after
an application is turned down, and ACOGE_COUNCIL_LAPSED_RETENTION_DAYS after a registration
lapsed; an application whose e-mail was never confirmed is deleted after a month; sign-in codes
go after a day, used or not."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import Organisation
from .services import erase_representative, purge_codes

UNCONFIRMED_DAYS = 30


def erase_rejected(cutoff: datetime.datetime) -> int:
    return erase_representative(
        Organisation.objects.filter(status=Organisation.Status.REJECTED, reviewed_at__lt=cutoff),
        timezone.now(),
    )


def erase_lapsed(cutoff: datetime.datetime) -> int:
    return erase_representative(
        Organisation.objects.filter(
            status=Organisation.Status.LAPSED, valid_until__lt=timezone.localdate(cutoff)
        ),
        timezone.now(),
    )


def delete_unconfirmed(cutoff: datetime.datetime) -> int:
    return Organisation.objects.filter(
        status=Organisation.Status.APPLIED,
        email_confirmed_at__isnull=True,
        accepted_on__isnull=True,
        submitted_at__lt=cutoff,
    ).delete()[0]


def register_rules() -> None:
    register(
        RetentionRule(
            name="council.rejected_representatives",
            description=_(
                "Name and contact of an organisation's representative, after its application "
                "was turned down"
            ),
            days=lambda: settings.ACOGE_COUNCIL_REJECTED_RETENTION_DAYS,
            apply=erase_rejected,
            action="anonymise",
        )
    )
    register(
        RetentionRule(
            name="council.lapsed_representatives",
            description=_(
                "Name and contact of an organisation's representative, after its registration "
                "lapsed without renewal"
            ),
            days=lambda: settings.ACOGE_COUNCIL_LAPSED_RETENTION_DAYS,
            apply=erase_lapsed,
            action="anonymise",
        )
    )
    register(
        RetentionRule(
            name="council.unconfirmed",
            description=_("Applications to the registry whose e-mail address was never confirmed"),
            days=lambda: UNCONFIRMED_DAYS,
            apply=delete_unconfirmed,
        )
    )
    register(
        RetentionRule(
            name="council.codes",
            description=_("Sign-in codes sent to representatives of organisations"),
            days=lambda: 1,
            apply=purge_codes,
        )
    )
