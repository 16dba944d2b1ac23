"""What the site search finds of relevant information (acoge/core/search.py): published pages,
news, documents (by their HTML summary) and initiatives, in the active language."""

from collections.abc import Iterator

from acoge.core import markup
from acoge.core.search import Document as Found

from . import selectors


def pages() -> Iterator[Found]:
    for page in selectors.pages():
        yield Found(
            key=str(page.pk),
            title=page.title,
            text=f"{page.summary} {markup.plain(page.body)}",
            url=page.get_absolute_url(),
            summary=page.summary,
        )


def news() -> Iterator[Found]:
    for item in selectors.news():
        yield Found(
            key=str(item.pk),
            title=item.title,
            text=f"{item.summary} {markup.plain(item.body)}",
            url=item.get_absolute_url(),
            summary=item.summary,
        )


def documents() -> Iterator[Found]:
    for item in selectors.documents():
        summary = markup.plain(item.summary)
        yield Found(
            key=str(item.pk),
            title=item.title,
            text=summary,
            url=item.get_absolute_url(),
            summary=summary[:300],
        )


def initiatives() -> Iterator[Found]:
    for item in selectors.initiatives():
        yield Found(
            key=str(item.pk),
            title=item.title,
            text=f"{item.objective} {item.responsible_unit} {markup.plain(item.description)}",
            url=item.get_absolute_url(),
            summary=item.objective,
        )
