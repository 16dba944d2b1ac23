"""The roster of regional gender delegates: who is in office in each region today, and which
regions are vacant (no delegate in office)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from acoge.core.models import Region

from ..models import Appointment, Desk


@dataclass(frozen=True)
class RegionRoster:
    region: Region
    desk: Desk | None
    delegate: Appointment | None
    alternate: Appointment | None

    @property
    def vacant(self) -> bool:
        return self.delegate is None

    @property
    def public_email(self) -> str:
        """The desk's role e-mail while the region has a delegate; nothing when vacant."""
        return self.desk.email if self.desk and not self.vacant else ""


def roster(today: datetime.date | None = None) -> list[RegionRoster]:
    """Every region in order with its desk and the delegate and alternate in office."""
    today = today or timezone.localdate()
    desks = {desk.region_id: desk for desk in Desk.objects.all()}
    in_office: dict[tuple[int, str], Appointment] = {}
    for appointment in (
        Appointment.objects.in_office(today).select_related("person").order_by("starts_on")
    ):
        in_office[(appointment.region_id, appointment.kind)] = appointment  # the latest wins
    return [
        RegionRoster(
            region=region,
            desk=desks.get(region.pk),
            delegate=in_office.get((region.pk, Appointment.Kind.DELEGATE)),
            alternate=in_office.get((region.pk, Appointment.Kind.ALTERNATE)),
        )
        for region in Region.objects.order_by("order")
    ]


def vacant_regions(today: datetime.date | None = None) -> list[Region]:
    return [row.region for row in roster(today) if row.vacant]


def delegates_in_office(day: datetime.date) -> list[Appointment]:
    """The delegates (not alternates) in office on a day, in the regions' order."""
    return list(
        Appointment.objects.in_office(day)
        .filter(kind=Appointment.Kind.DELEGATE)
        .select_related("region", "person")
        .order_by("region__order")
    )
