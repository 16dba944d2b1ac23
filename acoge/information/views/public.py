"""Public pages of relevant information, under /es|en|ht/informacion/: the same for every
visitor, so all of them are served from the page cache (staff changes invalidate it)."""

import datetime

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from acoge.core import uploads
from acoge.core.page_cache import STABLE, public_page
from acoge.core.spreadsheets import csv_response

from .. import selectors
from ..models import KIND_PATHS, Initiative, News, Section

PAGE_SIZE = 20
KINDS_BY_PATH = {path: kind for kind, path in KIND_PATHS.items()}


@public_page(STABLE)
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "information/public/index.html",
        {
            "groups": selectors.initiatives_by_kind(),
            "news": selectors.news()[:3],
            "documents": selectors.documents()[:5],
            "pages": selectors.pages(Section.INFORMATION),
            "channels": selectors.channels(),
        },
    )


def _initiative(kind: str, slug: str) -> Initiative:
    found = selectors.initiative(kind=KINDS_BY_PATH[kind], slug=slug)
    if found is None:
        raise Http404
    return found


@public_page(STABLE)
def initiative(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    item = _initiative(kind, slug)
    return render(request, "information/public/initiative.html", {"item": item})


@public_page(STABLE)
def initiative_csv(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    item = _initiative(kind, slug)
    return csv_response(selectors.budget_rows([item]), f"presupuesto-{item.slug}.csv")


@public_page(STABLE)
def budgets(request: HttpRequest) -> HttpResponse:
    return render(
        request, "information/public/budgets.html", {"years": selectors.budgets_by_year()}
    )


@public_page(STABLE)
def budgets_csv(request: HttpRequest) -> HttpResponse:
    return csv_response(selectors.budget_rows(selectors.initiatives()), "presupuestos.csv")


@public_page(STABLE)
def page(request: HttpRequest, slug: str) -> HttpResponse:
    found = selectors.pages().filter(slug=slug).first()
    if found is None:
        raise Http404
    context: dict[str, object] = {"page": found}
    if found.shows == found.Shows.LEGAL_TEXTS:
        context["legal_texts"] = selectors.legal_texts()
    elif found.shows == found.Shows.CHANNELS:
        context["channels"] = selectors.channels()
    return render(request, "information/public/page.html", context)


@public_page(STABLE)
def news_list(request: HttpRequest) -> HttpResponse:
    page_obj = Paginator(selectors.news(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "information/public/news_list.html", {"page_obj": page_obj})


@public_page(STABLE)
def news_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = selectors.news().filter(slug=slug).first()
    if found is None:
        raise Http404
    return render(request, "information/public/news_detail.html", {"item": found})


class NewsFeed(Feed):
    """The news as an Atom feed, in the language of its address."""

    feed_type = Atom1Feed

    def title(self) -> str:
        return _("News of the National Migration Service")

    def link(self) -> str:
        return reverse("information:news")

    def subtitle(self) -> str:
        return _("News of Acoge, the National Migration Service's platform.")

    def items(self):
        return selectors.news()[:PAGE_SIZE]

    def item_title(self, item: News) -> str:
        return item.title

    def item_description(self, item: News) -> str:
        return escape(item.summary)  # Atom's summary is read as HTML; hers is plain text

    def item_pubdate(self, item: News) -> datetime.datetime:
        return _midnight(item.published_on)


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), timezone.get_current_timezone())


news_feed = public_page(STABLE)(NewsFeed())


@public_page(STABLE)
def documents(request: HttpRequest) -> HttpResponse:
    page_obj = Paginator(selectors.documents(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "information/public/documents.html", {"page_obj": page_obj})


@public_page(STABLE)
def document(request: HttpRequest, slug: str) -> HttpResponse:
    found = selectors.documents().filter(slug=slug).first()
    if found is None:
        raise Http404
    return render(request, "information/public/document.html", {"item": found})


def document_file(request: HttpRequest, slug: str) -> FileResponse:
    """The file itself, as a download of the type its content was checked to be."""
    found = selectors.documents().filter(slug=slug).first()
    if found is None:
        raise Http404
    return uploads.attachment(
        found.file, kind=found.kind, filename=f"{found.slug}{found.extension}"
    )
