"""Staff-written rich text: a small Markdown subset, rendered and then sanitised, never raw HTML.

Staff write Markdown (CommonMark, with tables). markdown-it renders it with HTML input turned
off, so `<script>` typed by staff is shown as text; nh3 (the Rust `ammonia` sanitiser) then keeps
only the tags and attributes below, and only links to http(s), mailto and tel, and to this
site's own paths. A top-level heading is shown as a second-level one: the page's title is its
only h1.
"""

import html
from functools import lru_cache

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

TAGS = {
    "p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "blockquote", "code", "pre",
    "table", "thead", "tbody", "tr", "th", "td", "br", "hr",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def _no_h1(rendered: str) -> str:
    """`# Heading` is shown as `## Heading` would be: the page's title is its only h1."""
    return rendered.replace("<h1>", "<h2>").replace("</h1>", "</h2>")


def _no_other_host(tag: str, attribute: str, value: str) -> str | None:
    """A path on this site, never `//host/…` (another site, whatever the scheme)."""
    if attribute == "href" and value.lstrip().startswith(("//", "\\", "/\\")):
        return None
    return value


def render(text: str) -> SafeString:
    """The safe HTML of a staff-written Markdown text."""
    rendered = _no_h1(_parser().render(text or ""))
    clean = nh3.clean(
        rendered,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noreferrer",
        strip_comments=True,
        attribute_filter=_no_other_host,
    )
    return mark_safe(clean)


def plain(text: str) -> str:
    """The words of a Markdown text without its markup (for search and summaries)."""
    return html.unescape(nh3.clean(_parser().render(text or ""), tags=set())).strip()
