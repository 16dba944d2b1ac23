"""The public shell's own pages: home, statements, safe browsing."""

import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from acoge.core import retention
from acoge.core import search as site_search
from acoge.core.page_cache import SEATS, STABLE, public_page
from acoge.core.programmes import Programme
from acoge.core.registries import public_sections

from ..forms import SearchForm

# When the statements' text was last checked against the law and our practice.
STATEMENTS_REVIEWED = datetime.date(2026, 11, 21)


# Each programme's landing page, by the URL name the shell links to.
LANDINGS = {Programme.WOMEN: "portal:women", Programme.ENGAGEMENT: "portal:engagement"}
SEARCH_RESULTS = 30


@public_page(STABLE)
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/pages/home.html",
        {
            "public_sections_women": public_sections.for_programme(Programme.WOMEN),
            "public_sections_engagement": public_sections.for_programme(Programme.ENGAGEMENT),
        },
    )


@public_page(SEATS)
def programme(request: HttpRequest, programme: Programme) -> HttpResponse:
    """A programme's landing page: what it is, then what each of its sections shows here."""
    sections = public_sections.for_programme(programme)
    if not sections:
        raise Http404
    parts = [
        render_to_string(
            section.landing,
            section.landing_context(request) if section.landing_context else {},
            request=request,
        )
        for section in sections
        if section.landing
    ]
    return render(
        request,
        f"portal/pages/programme_{programme}.html",
        {"sections": sections, "parts": parts, "programme": programme},
    )


@public_page(STABLE)
def privacy(request: HttpRequest) -> HttpResponse:
    rules = [{"description": rule.description, "days": rule.days()} for rule in retention.rules()]
    return render(
        request,
        "portal/pages/privacy.html",
        {"retention_rules": rules, "last_reviewed": STATEMENTS_REVIEWED},
    )


@public_page(STABLE)
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request, "portal/pages/accessibility.html", {"last_reviewed": STATEMENTS_REVIEWED}
    )


@public_page(STABLE)
def safe_browsing(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/pages/safe_browsing.html")


@never_cache
def search(request: HttpRequest) -> HttpResponse:
    """Site search over every public page registered with core/search.py, in her language.
    What she searched for is hers: never stored in a cache (shared or the browser's) and never
    logged (the access logs leave out query strings)."""
    form = SearchForm(request.GET if "q" in request.GET else None)
    results = None
    if form.is_valid():
        results = [
            {"entry": entry, "source": site_search.source_label(entry.source)}
            for entry in site_search.search(
                form.cleaned_data["q"], language=get_language(), limit=SEARCH_RESULTS
            )
        ]
    return render(
        request,
        "portal/pages/search.html",
        {"form": form, "results": results, "private_address": True},
    )
