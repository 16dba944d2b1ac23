"""Contact-point indicators for the statistics registry: requests by topic, region and intake;
median and 90th-percentile hours to first contact; the share that went overdue; referrals by
institution; the optional statistics answers. Never a count under 5, nor one that the
published figures would give away."""

from collections import defaultdict

from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Institution, Region
from acoge.core.programmes import Programme
from acoge.stats import demographics
from acoge.stats.measures import measures, shares
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import (
    Table,
    TableSpec,
    breakdowns,
    choices_dimension,
    counts_table,
)

from .models import ContactRequest, Intake, Referral, StatsAnswer, Topic

NO_REGION = _("No region given")
REGION = demographics.region_dimension("region", blank=NO_REGION)
TOPIC = choices_dimension("topic", _("Topic"), Topic, blank="")
INTAKE = choices_dimension("intake", _("How it arrived"), Intake, blank="")


def _requests():
    return ContactRequest.objects.with_scopes_disabled()


def _region_label(region_id, names: dict[int, str]) -> str:
    return names.get(region_id) or str(NO_REGION)


def requests() -> list[Table]:
    """Requests by topic, by region and by how they arrived: three margins of one population,
    protected together."""
    return breakdowns(
        _requests(),
        TableSpec(title=_("Requests by topic"), rows=TOPIC),
        TableSpec(title=_("Requests by region"), rows=REGION),
        TableSpec(title=_("Requests by how they arrived"), rows=INTAKE),
    )


def first_contact() -> list[Table]:
    """Hours from arrival to the first contact attempt, overall and by region."""
    regions = dict(Region.objects.values_list("pk", "name"))
    samples: dict[str, list[float]] = defaultdict(list)
    overall = str(_("All regions"))
    for region_id, created, first in (
        _requests()
        .filter(first_attempt_at__isnull=False)
        .values_list("region", "created_at", "first_attempt_at")
    ):
        hours = (first - created).total_seconds() / 3600
        samples[overall].append(hours)
        samples[_region_label(region_id, regions)].append(hours)
    rows = {overall: samples[overall]}
    rows.update({name: samples.get(name, []) for name in regions.values()})
    rows[str(NO_REGION)] = samples.get(str(NO_REGION), [])
    return [
        measures(
            _("Median hours to first contact"), rows, share=0.5, unit="hours", overall=overall
        ),
        measures(
            _("90th percentile of hours to first contact"),
            rows,
            share=0.9,
            unit="hours",
            overall=overall,
        ),
    ]


def overdue() -> list[Table]:
    """Of the requests whose due window has closed, the share first contacted after it closed
    (or not yet): the inbox's rule for overdue, on the stored `overdue_at`. Counted by region
    in the database; the overall row also counts the requests without a region."""
    late = Q(first_attempt_at__isnull=True) | Q(first_attempt_at__gte=F("overdue_at"))
    counted = (
        _requests()
        .filter(overdue_at__lte=timezone.now())
        .order_by()
        .values_list("region")
        .annotate(late=Count("pk", filter=late), due=Count("pk"))
    )
    by_region = {region_id: (part, whole) for region_id, part, whole in counted}
    overall = str(_("All regions"))
    rows = {
        overall: (
            sum(part for part, _whole in by_region.values()),
            sum(whole for _part, whole in by_region.values()),
        )
    }
    for region_id, name in Region.objects.values_list("pk", "name"):
        rows[name] = by_region.get(region_id, (0, 0))
    return [shares(_("Share of requests first contacted late"), rows, overall=overall)]


def referrals() -> list[Table]:
    counts = dict(
        Referral.objects.order_by().values_list("institution__short_name").annotate(n=Count("id"))
    )
    return [
        counts_table(
            _("Referrals by institution"),
            {
                institution.short_name: counts.get(institution.short_name, 0)
                for institution in Institution.objects.all()
            },
        )
    ]


def participants() -> list[Table]:
    """The optional answers, each question on its own, and age and origin by region."""
    return demographics.participant_tables(
        StatsAnswer.objects.all(),
        crossed=(("age_band", REGION), ("nationality_group", REGION)),
    )


def register_indicators() -> None:
    for key, title, compute in (
        ("contact.requests", _("Contact requests"), requests),
        ("contact.first_contact", _("Time to first contact"), first_contact),
        ("contact.overdue", _("Contact requests first contacted late"), overdue),
        ("contact.referrals", _("Referrals from the contact point"), referrals),
        ("contact.participants", _("Who writes to the contact point"), participants),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.WOMEN)
        )
