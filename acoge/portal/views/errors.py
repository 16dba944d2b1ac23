"""Error pages: translated, styled, with the quick exit; never a bare server page."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader


def _error(request: HttpRequest, status: int) -> HttpResponse:
    return render(request, f"{status}.html", {"status": status}, status=status)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return _error(request, 400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return _error(request, 403)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return _error(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    try:
        # No database: the footer's helplines are left out if the database is the problem.
        return render(request, "500.html", {"status": 500, "footer_helplines": []}, status=500)
    except Exception:
        return HttpResponse(loader.get_template("500_plain.html").render(), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", {"status": 403}, status=403)
