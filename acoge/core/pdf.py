"""PDF documents made on the server with WeasyPrint from one of our own HTML pages (an answers
document, an annual report), with its SVG charts. Nothing is fetched while rendering: the page
must carry its styles inline, and any other URL it names is refused, so a PDF never reaches a
third party (or the network at all). Needs Debian's Pango (libpango-1.0-0, libpangoft2-1.0-0),
which `.ci/run` installs; `make venv` says so when it is missing."""

from django.http import HttpResponse
from django.template.loader import render_to_string


class ExternalResource(ValueError):
    """A PDF's page named something to fetch."""


def render(template: str, context: dict) -> bytes:
    """The template rendered and laid out as PDF bytes."""
    from weasyprint import HTML  # imported here: Pango is loaded only when a PDF is made
    from weasyprint.urls import URLFetcher

    class Nothing(URLFetcher):
        def fetch(self, url, headers=None):
            raise ExternalResource(f"A PDF fetches nothing: {url[:80]}")

        def __call__(self, url):
            return self.fetch(url)

    html = render_to_string(template, context)
    return HTML(string=html, url_fetcher=Nothing()).write_pdf()


def response(template: str, context: dict, *, filename: str) -> HttpResponse:
    body = HttpResponse(render(template, context), content_type="application/pdf")
    body["Content-Disposition"] = f'inline; filename="{filename}"'
    return body
