"""Larger text and high contrast without JavaScript and without cookies.

The choice travels in the query string (`?texto=1&contraste=alto`). While it is on, internal
links, form actions and redirects on the page carry it along, so the next page keeps it.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, QueryDict

TEXT_PARAM = "texto"
CONTRAST_PARAM = "contraste"
TEXT_STEPS = (0, 1, 2)


@dataclass(frozen=True)
class DisplayPreferences:
    text_step: int = 0
    high_contrast: bool = False

    @classmethod
    def from_query(cls, query: QueryDict) -> "DisplayPreferences":
        raw_step = query.get(TEXT_PARAM, "0")
        step = int(raw_step) if raw_step.isdigit() and int(raw_step) in TEXT_STEPS else 0
        return cls(text_step=step, high_contrast=query.get(CONTRAST_PARAM) == "alto")

    @property
    def active(self) -> bool:
        return self.text_step != 0 or self.high_contrast

    def params(self) -> dict[str, str]:
        params = {}
        if self.text_step:
            params[TEXT_PARAM] = str(self.text_step)
        if self.high_contrast:
            params[CONTRAST_PARAM] = "alto"
        return params

    @property
    def query(self) -> str:
        return urlencode(self.params())

    @property
    def html_class(self) -> str:
        classes = []
        if self.text_step:
            classes.append(f"ac-text-{self.text_step}")
        if self.high_contrast:
            classes.append("ac-contrast")
        return " ".join(classes)

    def with_(self, **changes) -> "DisplayPreferences":
        return DisplayPreferences(**{**self.__dict__, **changes})


_URL_ATTR = re.compile(r'\b(href|action)="(/(?!/)(?!static/)[^"#]*)(#[^"]*)?"')
_GET_FORM = re.compile(r'(<form\b[^>]*\bmethod="get"[^>]*>)', re.IGNORECASE)


def _with_params(url: str, prefs: DisplayPreferences) -> str:
    if TEXT_PARAM + "=" in url or CONTRAST_PARAM + "=" in url:
        return url
    separator = "&amp;" if "?" in url else "?"
    return f"{url}{separator}{prefs.query.replace('&', '&amp;')}"


def carry_preferences(html: str, prefs: DisplayPreferences) -> str:
    """Add the preferences to internal links and forms in an HTML document."""

    def link(match: re.Match) -> str:
        attr, url, fragment = match.group(1), match.group(2), match.group(3) or ""
        return f'{attr}="{_with_params(url, prefs)}{fragment}"'

    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{value}">'
        for name, value in prefs.params().items()
    )
    html = _URL_ATTR.sub(link, html)
    return _GET_FORM.sub(lambda m: m.group(1) + hidden, html)


class DisplayPreferencesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        prefs = DisplayPreferences.from_query(request.GET)
        request.display = prefs
        response = self.get_response(request)
        if not prefs.active or response.streaming:
            return response
        location = response.headers.get("Location", "")
        if location.startswith("/") and not location.startswith("//"):
            separator = "&" if "?" in location else "?"
            if TEXT_PARAM + "=" not in location and CONTRAST_PARAM + "=" not in location:
                response.headers["Location"] = f"{location}{separator}{prefs.query}"
        if response.get("Content-Type", "").startswith("text/html"):
            response.content = carry_preferences(response.content.decode(response.charset), prefs)
        return response
