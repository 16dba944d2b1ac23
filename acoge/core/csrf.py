"""CSRF protection that works with `Referrer-Policy: no-referrer`.

With that policy browsers send `Origin: null` on every form POST, even to the same site, and no
Referer. Django would refuse them all. Browsers also send `Sec-Fetch-Site`, a header pages
cannot forge: when it says the POST came from this same origin, the null Origin is accepted. The
CSRF token is still required as usual, and production cookies carry the __Host- prefix, so a
sibling subdomain cannot plant a token either.
"""

from django.http import HttpRequest
from django.middleware.csrf import CsrfViewMiddleware


class NoReferrerCsrfViewMiddleware(CsrfViewMiddleware):
    def _origin_verified(self, request: HttpRequest) -> bool:
        if (
            request.META.get("HTTP_ORIGIN") == "null"
            and request.META.get("HTTP_SEC_FETCH_SITE") == "same-origin"
        ):
            return True
        return super()._origin_verified(request)
