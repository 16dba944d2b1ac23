"""What the site search finds of consultations: each published one, in the active language."""

from collections.abc import Iterator

from acoge.core import markup
from acoge.core.search import Document

from .selectors import published


def consultations() -> Iterator[Document]:
    for item in published():
        yield Document(
            key=str(item.pk),
            title=item.title,
            text=f"{item.topic} {item.summary} {markup.plain(item.description)}",
            url=item.get_absolute_url(),
            summary=item.summary,
        )
