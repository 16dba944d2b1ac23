"""Ley Karin reports in the personal-data registry: a staff member's own reports, found by her
staff e-mail address. Her copy says which reports she made and where they stand, not what she
wrote (a copy goes to whoever holds her mailbox; she reads the text signed in). Erasing on
request applies to closed reports (an open one is part of an investigation the law requires,
and is erased on schedule after it closes)."""

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from .models.karin import Report
from .services.karin import erase_reports


def reports_of(contact: Contact) -> QuerySet[Report]:
    if not contact.email:
        return Report.objects.none()
    return Report.objects.filter(
        reporter__email__iexact=contact.email.strip(), erased_at__isnull=True
    ).order_by("received_at")


def report_record(report: Report) -> dict[str, Any]:
    return {
        "reference": report.reference,
        "kind": report.get_kind_display(),
        "channel": report.get_channel_display(),
        "received": timezone.localtime(report.received_at).isoformat(),
        "state": report.get_state_display(),
        # Not what she wrote: her copy goes to whoever holds her mailbox. She reads it signed in.
        "where": str(_("Signed in, in the Ley Karin channel of the back office")),
    }


def erase(reports: list[Report], now: datetime) -> int:
    closed = Report.objects.filter(
        pk__in=[report.pk for report in reports], state=Report.State.CLOSED
    )
    return erase_reports(closed, now)


def register_sources() -> None:
    register(
        PersonalData(
            key="gender_unit.karin_reports",
            description=_("Your reports in the Ley Karin channel"),
            find=reports_of,
            export=report_record,
            erase=erase,
            kept=_(
                "A report still under investigation, until it closes and its retention period "
                "ends; after erasing, only its kind, region, state and dates, for the channel's "
                "half-yearly figures."
            ),
            retention="gender_unit.karin_reports",
            labels={
                "reference": _("Reference"),
                "kind": _("What happened"),
                "channel": _("Channel"),
                "received": _("Received"),
                "state": _("State"),
                "where": _("Where to read what you reported"),
            },
        )
    )
