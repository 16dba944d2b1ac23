"""What the public pages and the open data API read: published records only."""

from django.db.models import Prefetch, QuerySet

from .models import Budget, Channel, Document, Initiative, LegalText, News, Page, Section


def initiatives() -> QuerySet[Initiative]:
    return (
        Initiative.objects.published()
        .prefetch_related("regions", Prefetch("budgets", Budget.objects.order_by("-year")))
        .order_by("kind", "order", "title")
    )


def initiatives_by_kind() -> list[tuple[str, list[Initiative]]]:
    """The published initiatives under each kind that has any, in the law's order."""
    found = list(initiatives())
    groups = [
        (label, [item for item in found if item.kind == kind])
        for kind, label in Initiative.Kind.choices
    ]
    return [(label, items) for label, items in groups if items]


def budgets_by_year() -> list[dict]:
    """Each year, newest first, with the (initiative, budget) rows published for it."""
    found = [item for item in initiatives() if item.budgets.all()]
    years = sorted({budget.year for item in found for budget in item.budgets.all()}, reverse=True)
    return [
        {
            "year": year,
            "rows": [
                (item, budget)
                for item in found
                for budget in item.budgets.all()
                if budget.year == year
            ],
        }
        for year in years
    ]


def initiative(*, kind: str, slug: str) -> Initiative | None:
    return (
        initiatives()
        .prefetch_related(
            Prefetch("pages", Page.objects.published()),
            Prefetch("documents", Document.objects.published()),
            Prefetch("parts", Initiative.objects.published()),
        )
        .select_related("part_of")
        .filter(kind=kind, slug=slug)
        .first()
    )


def pages(section: Section | None = None) -> QuerySet[Page]:
    found = Page.objects.published()
    return found.filter(section=section) if section else found


def page_exists(slug: str) -> bool:
    return Page.objects.published().filter(slug=slug).exists()


def news() -> QuerySet[News]:
    return News.objects.published()


def documents() -> QuerySet[Document]:
    return Document.objects.published()


def legal_texts() -> QuerySet[LegalText]:
    return LegalText.objects.published()


def channels() -> QuerySet[Channel]:
    return Channel.objects.filter(shown=True)


def budget_rows(found: QuerySet[Initiative] | list[Initiative]) -> list[list[str]]:
    """The budgets as rows of a CSV file (a header, then one row per initiative and year)."""
    rows = [
        [
            "kind", "initiative", "address", "responsible_unit", "regions", "year",
            "planned_clp", "executed_clp", "executed_percent",
        ]
    ]  # fmt: skip
    for item in found:
        regions = "; ".join(region.name for region in item.regions.all()) or "national"
        for budget in item.budgets.all():
            share = budget.execution
            rows.append(
                [
                    item.kind,
                    item.title,
                    item.get_absolute_url(),
                    item.responsible_unit,
                    regions,
                    str(budget.year),
                    str(budget.planned),
                    "" if budget.executed is None else str(budget.executed),
                    "" if share is None else f"{share * 100:.1f}",
                ]
            )
    return rows
