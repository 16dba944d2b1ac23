"""Lets Django's CSRF protection work with `Referrer-Policy: no-referrer`.

With that policy browsers send `Origin: null` on every form POST, even to the same site, and no
Referer; Django's CsrfViewMiddleware would refuse them all. Browsers also send `Sec-Fetch-Site`,
a header pages cannot forge: when it says the request came from this same origin, this
middleware (placed before CsrfViewMiddleware) restores the real Origin. The CSRF token is still
required as usual, and production cookies carry the __Host- prefix, so a sibling subdomain
cannot plant a token either.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class SameOriginNullOriginMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.META.get("HTTP_ORIGIN") == "null"
            and request.META.get("HTTP_SEC_FETCH_SITE") == "same-origin"
        ):
            scheme = "https" if request.is_secure() else "http"
            request.META["HTTP_ORIGIN"] = f"{scheme}://{request.get_host()}"
        return self.get_response(request)
