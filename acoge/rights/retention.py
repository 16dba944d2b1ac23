"""Her contact and message on a data-protection request are erased some time after it was
answered (ACOGE_RIGHTS_RETENTION_DAYS); one-time codes go after a day, used or not."""

from datetime import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import RightsRequest
from .services import erase_personal_data, purge_verifications


def erase_answered_requests(cutoff: datetime) -> int:
    return erase_personal_data(RightsRequest.objects.filter(answered_at__lt=cutoff))


def register_rules() -> None:
    register(
        RetentionRule(
            name="rights.request_personal_data",
            description=_(
                "Contact details and message of requests about personal data, after the "
                "request is answered"
            ),
            days=lambda: settings.ACOGE_RIGHTS_RETENTION_DAYS,
            apply=erase_answered_requests,
            action="anonymise",
        )
    )
    register(
        RetentionRule(
            name="rights.codes",
            description=_("One-time codes sent to confirm a request about personal data"),
            days=lambda: 1,
            apply=purge_verifications,
        )
    )
