"""What the site search finds of the humanitarian residence guide: each published case with
what the guide says about it, in the active language."""

from collections.abc import Iterator

from acoge.core.search import Document

from .selectors import published_cases


def cases() -> Iterator[Document]:
    for case in published_cases():
        facts = " ".join(fact.text for fact in case.facts.all())
        yield Document(
            key=str(case.pk),
            title=case.title,
            text=f"{case.summary} {facts}",
            url=case.get_absolute_url(),
            summary=case.summary,
        )
