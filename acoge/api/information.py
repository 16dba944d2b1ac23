"""Open data of relevant information (Law 20.500): the service's policies, plans, programmes
and actions with their budgets, and its pages, news and documents. Read-only, paginated
(`?page=`, 50 a page), each in the language `lang` asks for."""

import datetime
from typing import Literal

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from ninja import Router, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate

from acoge.core import markup
from acoge.core.page_cache import STABLE, public_page
from acoge.information import selectors
from acoge.information.models import Initiative

from .errors import Error

router = Router(tags=["information"])

Language = Literal["es", "en", "ht"]
KindCode = Literal[("", *Initiative.Kind.values)]
PAGE_SIZE = 50


class BudgetOut(Schema):
    year: int
    planned_clp: int
    executed_clp: int | None
    executed_share: float | None


class InitiativeOut(Schema):
    kind: str
    slug: str
    title: str
    objective: str
    responsible_unit: str
    regions: list[str]  # CUT codes; empty: the whole country
    start_year: int
    end_year: int | None
    part_of: str | None  # the slug of the programme or plan it belongs to
    url: str
    last_reviewed: datetime.date
    review_by: datetime.date
    under_review: bool
    budgets: list[BudgetOut]


class PageOut(Schema):
    slug: str
    section: str
    title: str
    summary: str
    text_html: str
    url: str
    last_reviewed: datetime.date
    review_by: datetime.date
    under_review: bool


class NewsOut(Schema):
    slug: str
    date: datetime.date
    title: str
    summary: str
    text_html: str
    url: str


class DocumentOut(Schema):
    slug: str
    date: datetime.date
    title: str
    summary_html: str
    language: str
    kind: str
    size_bytes: int
    url: str
    file_url: str
    last_reviewed: datetime.date
    review_by: datetime.date
    under_review: bool


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


@router.get("/programas", response={200: list[InitiativeOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def list_initiatives(request: HttpRequest, lang: Language = "es", kind: KindCode = ""):
    """Policies, plans, programmes and actions with their budget by year (Chilean pesos);
    `kind` keeps one kind (policy, plan, programme, action)."""
    found = selectors.initiatives().select_related("part_of")
    if kind:
        found = found.filter(kind=kind)
    with translation.override(lang):
        return [
            {
                "kind": item.kind,
                "slug": item.slug,
                "title": item.title,
                "objective": item.objective,
                "responsible_unit": item.responsible_unit,
                "regions": [region.cut_code for region in item.regions.all()],
                "start_year": item.start_year,
                "end_year": item.end_year,
                "part_of": item.part_of.slug if item.part_of else None,
                "url": _absolute(request, item.get_absolute_url()),
                "last_reviewed": item.last_reviewed,
                "review_by": item.review_by,
                "under_review": item.under_review(),
                "budgets": [
                    {
                        "year": budget.year,
                        "planned_clp": budget.planned,
                        "executed_clp": budget.executed,
                        "executed_share": budget.execution,
                    }
                    for budget in item.budgets.all()
                ],
            }
            for item in found
        ]


@router.get("/paginas", response={200: list[PageOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def list_pages(request: HttpRequest, lang: Language = "es"):
    """The service's published pages, with their text as sanitised HTML."""
    with translation.override(lang):
        return [
            {
                "slug": page.slug,
                "section": page.section,
                "title": page.title,
                "summary": page.summary,
                "text_html": str(markup.render(page.body)),
                "url": _absolute(request, page.get_absolute_url()),
                "last_reviewed": page.last_reviewed,
                "review_by": page.review_by,
                "under_review": page.under_review(),
            }
            for page in selectors.pages()
        ]


@router.get("/noticias", response={200: list[NewsOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def list_news(request: HttpRequest, lang: Language = "es"):
    """News, newest first."""
    with translation.override(lang):
        return [
            {
                "slug": item.slug,
                "date": item.published_on,
                "title": item.title,
                "summary": item.summary,
                "text_html": str(markup.render(item.body)),
                "url": _absolute(request, item.get_absolute_url()),
            }
            for item in selectors.news()
        ]


@router.get("/documentos", response={200: list[DocumentOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def list_documents(request: HttpRequest, lang: Language = "es"):
    """Documents with the HTML summary of what each says, and the address of its file."""
    with translation.override(lang):
        return [
            {
                "slug": item.slug,
                "date": item.published_on,
                "title": item.title,
                "summary_html": str(markup.render(item.summary)),
                "language": item.language,
                "kind": item.kind,
                "size_bytes": item.size,
                "url": _absolute(request, item.get_absolute_url()),
                "file_url": _absolute(
                    request, reverse("information:document-file", args=[item.slug])
                ),
                "last_reviewed": item.last_reviewed,
                "review_by": item.review_by,
                "under_review": item.under_review(),
            }
            for item in selectors.documents()
        ]
