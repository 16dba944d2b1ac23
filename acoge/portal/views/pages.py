"""The public shell's own pages: home, statements, safe browsing."""

import datetime

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from acoge.core import retention
from acoge.core.registries import public_sections

# When the statements' text was last checked against the law and our practice.
STATEMENTS_REVIEWED = datetime.date(2026, 11, 21)


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "portal/pages/home.html",
        {
            "public_sections_women": public_sections.for_programme("women"),
            "public_sections_engagement": public_sections.for_programme("engagement"),
        },
    )


def privacy(request: HttpRequest) -> HttpResponse:
    rules = [{"description": rule.description, "days": rule.days()} for rule in retention.rules()]
    return render(
        request,
        "portal/pages/privacy.html",
        {"retention_rules": rules, "last_reviewed": STATEMENTS_REVIEWED},
    )


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request, "portal/pages/accessibility.html", {"last_reviewed": STATEMENTS_REVIEWED}
    )


def safe_browsing(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/pages/safe_browsing.html")
