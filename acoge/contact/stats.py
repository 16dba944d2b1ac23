"""Contact-point indicators for the statistics registry: requests by topic, region and intake;
median and 90th-percentile hours to first contact; the share that went overdue; referrals by
institution; the optional statistics answers. Never a count under 5."""

from collections import defaultdict

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import demographics
from acoge.core.models import Institution, Region
from acoge.core.scoping import scopes_disabled
from acoge.core.stats import Breakdown, Indicator, breakdown, indicators, measures, shares

from .models import ContactRequest, Intake, Referral, StatsAnswer, Topic

NO_REGION = _("No region given")


def _requests():
    return ContactRequest.objects.with_scopes_disabled()


def _region_label(region_id, names: dict[int, str]) -> str:
    return names.get(region_id) or str(NO_REGION)


def _by(field: str) -> dict:
    return dict(_requests().values_list(field).annotate(n=Count("id")).order_by())


def requests() -> list[Breakdown]:
    by_topic, by_region, by_intake = _by("topic"), _by("region"), _by("intake")
    regions = {region.pk: region.name for region in Region.objects.all()}
    region_rows = {name: by_region.get(pk, 0) for pk, name in regions.items()}
    region_rows[str(NO_REGION)] = by_region.get(None, 0)
    return [
        breakdown(
            _("Requests by topic"),
            {str(label): by_topic.get(value, 0) for value, label in Topic.choices},
        ),
        breakdown(_("Requests by region"), region_rows),
        breakdown(
            _("Requests by how they arrived"),
            {str(label): by_intake.get(value, 0) for value, label in Intake.choices},
        ),
    ]


def first_contact() -> list[Breakdown]:
    """Hours from arrival to the first contact attempt, overall and by region."""
    regions = {region.pk: region.name for region in Region.objects.all()}
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


def overdue() -> list[Breakdown]:
    """Of the requests already due, the share first contacted after the due date (or not yet)."""
    today = timezone.localdate()
    regions = {region.pk: region.name for region in Region.objects.all()}
    parts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    overall = str(_("All regions"))
    for region_id, due_on, first in (
        _requests().filter(due_on__lt=today).values_list("region", "due_on", "first_attempt_at")
    ):
        late = first is None or timezone.localdate(first) > due_on
        for label in (overall, _region_label(region_id, regions)):
            parts[label][0] += late
            parts[label][1] += 1
    rows = {overall: tuple(parts[overall])}
    rows.update({name: tuple(parts.get(name, (0, 0))) for name in regions.values()})
    return [shares(_("Share of requests first contacted late"), rows, overall=overall)]


def referrals() -> list[Breakdown]:
    counts = dict(
        Referral.objects.values_list("institution__short_name").annotate(n=Count("id")).order_by()
    )
    return [
        breakdown(
            _("Referrals by institution"),
            {
                institution.short_name: counts.get(institution.short_name, 0)
                for institution in Institution.objects.all()
            },
        )
    ]


def participants() -> list[Breakdown]:
    with scopes_disabled():
        return demographics.breakdowns(StatsAnswer.objects.all())


def register_indicators() -> None:
    for key, title, compute in (
        ("contact.requests", _("Contact requests"), requests),
        ("contact.first_contact", _("Time to first contact"), first_contact),
        ("contact.overdue", _("Contact requests first contacted late"), overdue),
        ("contact.referrals", _("Referrals from the contact point"), referrals),
        ("contact.participants", _("Who writes to the contact point"), participants),
    ):
        indicators.register(Indicator(key=key, title=title, compute=compute, programme="women"))
