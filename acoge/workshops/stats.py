"""Workshop indicators for the statistics registry: registrations, attendance, waiting lists,
needs, by region and topic, and the optional statistics answers — never a count under 5."""

from collections import Counter

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from acoge.core import demographics
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.core.stats import Breakdown, Indicator, breakdown, indicators

from .models import Registration, StatsAnswer, Topic


def _by_region(**filters) -> dict[str, int]:
    with scopes_disabled():
        counts = dict(
            Registration.objects.filter(**filters)
            .values_list("workshop__region__name")
            .annotate(n=Count("id"))
        )
    return {region.name: counts.get(region.name, 0) for region in Region.objects.all()}


def registrations() -> list[Breakdown]:
    active = Q(status__in=["confirmed", "waitlisted"])
    with scopes_disabled():
        by_topic = Counter()
        for topic, n in (
            Registration.objects.filter(active)
            .values_list("workshop__sessions__topic")
            .annotate(n=Count("id", distinct=True))
        ):
            if topic:
                by_topic[topic] += n
    return [
        breakdown(_("Registrations by region"), _by_region(status__in=["confirmed", "waitlisted"])),
        breakdown(_("On the waiting list, by region"), _by_region(status="waitlisted")),
        breakdown(
            _("Registrations by topic"),
            {str(label): by_topic.get(value, 0) for value, label in Topic.choices},
        ),
    ]


def attendance() -> list[Breakdown]:
    closed = {"workshop__closed_at__isnull": False, "status": "confirmed"}
    return [
        breakdown(_("Attended, by region"), _by_region(attended=True, **closed)),
        breakdown(_("Did not come, by region"), _by_region(attended=False, **closed)),
    ]


def needs() -> list[Breakdown]:
    with scopes_disabled():
        confirmed = Registration.objects.filter(status="confirmed")
        counts = {
            str(_("Childcare")): confirmed.exclude(children_ages=[]).count(),
            str(_("Interpreter")): confirmed.exclude(interpreter_language="").count(),
            str(_("Accessibility")): confirmed.exclude(accessibility_needs="").count(),
        }
    return [breakdown(_("Support needed (confirmed registrations)"), counts)]


def participants() -> list[Breakdown]:
    """The optional answers, each question on its own; skipped answers are counted apart."""
    with scopes_disabled():
        return demographics.breakdowns(StatsAnswer.objects.all())


def register_indicators() -> None:
    for key, title, compute in (
        ("workshops.registrations", _("Workshop registrations"), registrations),
        ("workshops.attendance", _("Workshop attendance"), attendance),
        ("workshops.needs", _("Support needed at workshops"), needs),
        ("workshops.participants", _("Who takes part in workshops"), participants),
    ):
        indicators.register(Indicator(key=key, title=title, compute=compute, programme="women"))
