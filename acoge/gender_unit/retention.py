"""A closed Ley Karin report keeps what was said, whom it named and the outcome for
ACOGE_KARIN_RETENTION_DAYS (its legal source: ACOGE_KARIN_RETENTION_SOURCE); then they are
erased and the person reporting unlinked, leaving the kind, region, state and dates the
half-yearly figures count."""

import datetime

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext

from acoge.core.retention import RetentionRule, register

from .models.karin import Report
from .services.karin import erase_reports


def erase_closed(cutoff: datetime.datetime) -> int:
    return erase_reports(
        Report.objects.filter(
            state=Report.State.CLOSED, closed_at__lt=cutoff, erased_at__isnull=True
        )
    )


def register_rules() -> None:
    register(
        RetentionRule(
            name="gender_unit.karin_reports",
            description=lazy(
                lambda: (
                    gettext(
                        "What a Ley Karin report says, whom it names and its outcome, after the "
                        "report closed (source: %(source)s)"
                    )
                    % {"source": settings.ACOGE_KARIN_RETENTION_SOURCE}
                ),
                str,
            )(),
            days=lambda: settings.ACOGE_KARIN_RETENTION_DAYS,
            apply=erase_closed,
            action="anonymise",
        )
    )
