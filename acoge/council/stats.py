"""Indicators of the registry of organisations for the statistics registry: accepted
organisations by group and by region, every application by status, and the council in office
by gender and group."""

from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.programmes import Programme
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import Dimension, Table, TableSpec, breakdowns, choices_dimension

from .models import Category, Organisation

GROUP = Dimension(
    "category__slug",
    _("Group"),
    lambda: [(category.slug, category.name) for category in Category.objects.all()],
    blank="",
)
REGION = Dimension(
    "region__cut_code",
    _("Region"),
    lambda: [(region.cut_code, region.name) for region in Region.objects.order_by("order")],
    blank="",
)
STATUS = choices_dimension("status", _("Status"), Organisation.Status, blank="")


def registry() -> list[Table]:
    """Accepted organisations by group and by region: two margins of one population."""
    return breakdowns(
        Organisation.objects.accepted(),
        TableSpec(title=_("Organisations in the registry by group"), rows=GROUP),
        TableSpec(title=_("Organisations in the registry by region"), rows=REGION),
    )


def applications() -> list[Table]:
    return breakdowns(
        Organisation.objects.all(),
        TableSpec(title=_("Applications to the registry by status"), rows=STATUS),
    )


def composition() -> list[Table]:
    """The council in office today by gender and by group (none: no tables)."""
    from django.utils import timezone

    from .selectors.council import composition as of_term
    from .selectors.council import current_term

    today = timezone.localdate()
    term = current_term(today)
    return of_term(term, today) if term else []


def register_indicators() -> None:
    for key, title, compute in (
        ("council.composition", _("The Civil Society Council (COSOC) by gender"), composition),
        ("council.registry", _("Organisations in the registry"), registry),
        ("council.applications", _("Applications to the registry of organisations"), applications),
    ):
        indicators.register(
            Indicator(key=key, title=title, compute=compute, programme=Programme.ENGAGEMENT)
        )
