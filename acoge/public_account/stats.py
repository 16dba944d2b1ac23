"""Indicators of the Participatory Public Account for the statistics registry: observations by
channel and by region, and by theme; the optional statistics of those who wrote (gender first);
business days from the window's close to each answer, and the share answered late."""

from collections import defaultdict

from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.calendar import business_days_between
from acoge.core.programmes import Programme
from acoge.stats.demographics import EVERYONE_DIMENSIONS, region_dimension
from acoge.stats.measures import measures, shares
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import Dimension, Table, TableSpec, breakdowns, choices_dimension

from .models import Channel, Observation, StatsAnswer, Theme

CHANNEL = choices_dimension("channel", _("Channel"), Channel, blank="")
THEME = Dimension(
    "theme__slug",
    _("Theme"),
    lambda: [(theme.slug, theme.name) for theme in Theme.objects.all()],
    blank=_("Not classified yet"),
)
ALL = _("All observations")


def participation() -> list[Table]:
    """Observations by channel, by region and by theme: margins of one population."""
    return breakdowns(
        Observation.objects.all(),
        TableSpec(title=_("Observations on the public account by channel"), rows=CHANNEL),
        TableSpec(title=_("Observations on the public account by region"), rows=region_dimension()),
        TableSpec(title=_("Observations on the public account by theme"), rows=THEME),
    )


def who_wrote() -> list[Table]:
    """The optional statistics answers of those who wrote online, gender first."""
    ordered = sorted(EVERYONE_DIMENSIONS, key=lambda d: d.field != "gender_identity")
    return breakdowns(
        StatsAnswer.objects.all(),
        *[TableSpec(title=dimension.title, rows=dimension) for dimension in ordered],
    )


def answer_times() -> list[Table]:
    """Business days from the window's close to each answer, by theme; of the observations due
    by today, the share answered after the due date (or not yet)."""
    overall = str(ALL)
    days: dict[str, list[float]] = defaultdict(list)
    for observation in Observation.objects.filter(answered_at__isnull=False).select_related(
        "cycle", "theme"
    ):
        closed = timezone.localdate(observation.cycle.questions_close)
        taken = float(business_days_between(closed, timezone.localdate(observation.answered_at)))
        days[overall].append(taken)
        days[observation.theme.name if observation.theme else str(THEME.blank)].append(taken)
    today = timezone.localdate()
    due = Observation.objects.filter(
        Q(status=Observation.Status.ANSWERED)
        | Q(status=Observation.Status.RECEIVED, due_on__lt=today)
    )
    late = due.filter(Q(answered_at__isnull=True) | Q(answered_at__date__gt=F("due_on")))
    return [
        measures(
            _("Median business days to answer"), dict(days), share=0.5, unit="days", overall=overall
        ),
        shares(_("Share of observations answered late"), {overall: (late.count(), due.count())}),
    ]


def register_indicators() -> None:
    for key, title, compute in (
        ("public_account.participation", _("Participation in the public account"), participation),
        ("public_account.who_wrote", _("Who wrote to the public account"), who_wrote),
        ("public_account.answer_times", _("Answers on the public account"), answer_times),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.ENGAGEMENT)
        )
