"""Indicators of the Unidad de Género for the statistics registry: who took part in the
regional directorates' activities, by region and gender, and staff trained. Counts of people,
so every count under 5 (and whatever would give it away) is hidden (stats/tables.py)."""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.programmes import Programme
from acoge.core.scoping import scopes_disabled
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import Dimension, Table, TableSpec, breakdowns

from .models import Activity

GENDERS = [
    ("women", _("Women")),
    ("men", _("Men")),
    ("other_gender", _("Another gender identity")),
    ("gender_not_stated", _("Gender not stated")),
]
REGION = Dimension(
    "region", _("Region"), lambda: list(Region.objects.values_list("pk", "name")), blank=""
)
GENDER = Dimension("gender", _("Gender"), lambda: GENDERS, blank="")


def participant_counter(activities) -> Any:
    """A counter for `breakdowns`: the activities' participants by region and by gender (each
    activity records how many of each gender took part)."""
    with scopes_disabled():
        sums = list(
            activities.values("plan__region").annotate(
                **{name: Sum(name) for name, _label in GENDERS}
            )
        )

    def count(dims: Sequence[Dimension]) -> dict[tuple[Any, ...], int]:
        fields = [dim.field for dim in dims]
        counted: Counter = Counter()
        for row in sums:
            for gender, _label in GENDERS:
                values = {"region": row["plan__region"], "gender": gender}
                counted[tuple(values[field] for field in fields)] += row[gender] or 0
        return dict(counted)

    return count


def held(**filters):
    with scopes_disabled():
        return Activity.objects.filter(status=Activity.Status.DONE, **filters)


def participation() -> list[Table]:
    """Everyone counted at the activities held, by region and by gender: one population."""
    return breakdowns(
        participant_counter(held()),
        TableSpec(title=_("People at gender activities by region"), rows=REGION),
        TableSpec(title=_("People at gender activities by gender"), rows=GENDER),
        TableSpec(
            title=_("People at gender activities by region and gender"), rows=REGION, cols=GENDER
        ),
    )


def training() -> list[Table]:
    """Staff at training activities held, by region and by gender."""
    return breakdowns(
        participant_counter(held(kind=Activity.Kind.TRAINING, audience=Activity.Audience.STAFF)),
        TableSpec(title=_("Staff trained by region"), rows=REGION),
        TableSpec(title=_("Staff trained by gender"), rows=GENDER),
    )


def register_indicators() -> None:
    for key, title, compute in (
        ("gender_unit.participation", _("People at the regions' gender activities"), participation),
        ("gender_unit.training", _("Staff trained on gender"), training),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.WOMEN)
        )
