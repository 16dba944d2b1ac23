"""Headers Django's SecurityMiddleware does not set; query strings without NUL characters, and
posted text with its control characters marked (core/text.py)."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict

from .text import as_typed, has_control_characters


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response


class NullCharactersMiddleware:
    """Drops NUL characters from the query string's names and values.

    A NUL is never part of a real filter or search, and PostgreSQL refuses any text holding one
    (`?region=%00` would be a 500 there). Forms already refuse NUL in what is posted, with a
    translated error; this covers the GET parameters that filters, searches, pagination and the
    API read directly.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "%00" in request.META.get("QUERY_STRING", ""):  # how a NUL arrives in a URL
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class PostedTextMiddleware:
    """Posted form fields as core/text.py keeps them: control characters marked, so the form
    refuses them with a translated error and echoes nothing raw; bidi controls removed."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.content_type in {
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        }:
            posted = request.POST
            if any(
                has_control_characters(value) for _key, values in posted.lists() for value in values
            ):
                cleaned = QueryDict(mutable=True)
                for key, values in posted.lists():
                    cleaned.setlist(key, [as_typed(value) for value in values])
                cleaned._mutable = False
                request.POST = cleaned
        return self.get_response(request)
