"""Workshop indicators for the statistics registry: registrations, attendance, waiting lists,
needs, by region and topic, and the optional statistics answers — never a count under 5."""

from collections import Counter

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from acoge.core import demographics
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.core.stats import Breakdown, Indicator, breakdown, indicators, shares

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
        with_topic = (
            Registration.objects.filter(active, workshop__sessions__isnull=False)
            .values("id")
            .distinct()
            .count()
        )
    return [
        breakdown(_("Registrations by region"), _by_region(status__in=["confirmed", "waitlisted"])),
        breakdown(_("On the waiting list, by region"), _by_region(status="waitlisted")),
        breakdown(
            _("Registrations by topic"),
            {str(label): by_topic.get(value, 0) for value, label in Topic.choices},
            total=with_topic,
            total_label=_("Registrations (a workshop can cover several topics)"),
        ),
    ]


def attendance() -> list[Breakdown]:
    """Of the people registered for workshops already closed, who came; walk-ins apart."""
    regions = [region.name for region in Region.objects.all()]
    came, missed, walk_ins = Counter(), Counter(), Counter()
    with scopes_disabled():
        for region, attended, walk_in in Registration.objects.filter(
            workshop__closed_at__isnull=False, status="confirmed"
        ).values_list("workshop__region__name", "attended", "walk_in"):
            (walk_ins if walk_in else came if attended else missed)[region] += 1
    overall = str(_("All regions"))
    rates = {overall: (came.total(), came.total() + missed.total())}
    rates.update({name: (came[name], came[name] + missed[name]) for name in regions})
    return [
        shares(_("Attendance rate of registered people, by region"), rates, overall=overall),
        breakdown(_("Attended, by region"), {name: came[name] for name in regions}),
        breakdown(_("Did not come, by region"), {name: missed[name] for name in regions}),
        breakdown(
            _("Came without registering, by region"), {name: walk_ins[name] for name in regions}
        ),
    ]


def needs() -> list[Breakdown]:
    with scopes_disabled():
        confirmed = Registration.objects.filter(status="confirmed")
        childcare = ~Q(children_ages=[])
        interpreter = ~Q(interpreter_language="")
        access = ~Q(accessibility_needs="")
        counts = {
            str(_("Childcare")): confirmed.filter(childcare).count(),
            str(_("Interpreter")): confirmed.filter(interpreter).count(),
            str(_("Accessibility")): confirmed.filter(access).count(),
        }
        anyone = confirmed.filter(childcare | interpreter | access).count()
    return [
        breakdown(
            _("Support needed (confirmed registrations)"),
            counts,
            total=anyone,
            total_label=_("Registrations needing some support"),
        )
    ]


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
