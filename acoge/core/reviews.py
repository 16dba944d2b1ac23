"""Content staff keep true, across apps: what is past its review date and what falls due soon.

Each app that keeps `ReviewedContent` (core/models.py) registers a `ReviewedSource` in
`AppConfig.ready()`; the review dashboard and the weekly digest to owners read only this
registry, so a guide, a page and a document are reviewed in one place.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import Promise

from .models import ReviewedContent


@dataclass(frozen=True)
class ReviewedSource:
    key: str
    label: Promise | str
    items: Callable[[], Iterable[ReviewedContent]]  # every record, published or not


@dataclass(frozen=True)
class ReviewItem:
    source: ReviewedSource
    record: ReviewedContent

    @property
    def title(self) -> str:
        return str(self.record)

    @property
    def owner(self):
        return self.record.owner

    @property
    def owner_id(self) -> int | None:
        return self.record.owner_id  # type: ignore[attr-defined]

    @property
    def review_by(self) -> datetime.date:
        return self.record.review_by

    @property
    def edit_url(self) -> str:
        meta = self.record._meta
        try:
            return reverse(
                f"admin:{meta.app_label}_{meta.model_name}_change", args=[self.record.pk]
            )
        except NoReverseMatch:
            return ""

    def days_left(self, today: datetime.date) -> int:
        return (self.review_by - today).days


_SOURCES: dict[str, ReviewedSource] = {}


def register(source: ReviewedSource) -> None:
    _SOURCES[source.key] = source


def sources() -> list[ReviewedSource]:
    return list(_SOURCES.values())


@dataclass(frozen=True)
class Due:
    overdue: list[ReviewItem]  # past the review date: shown publicly as under review
    upcoming: list[ReviewItem]  # due within the horizon

    def __bool__(self) -> bool:
        return bool(self.overdue or self.upcoming)

    def owned_by(self, owner_id: int) -> "Due":
        return Due(
            [item for item in self.overdue if item.owner_id == owner_id],
            [item for item in self.upcoming if item.owner_id == owner_id],
        )

    def owner_ids(self) -> set[int]:
        return {
            item.owner_id for item in [*self.overdue, *self.upcoming] if item.owner_id is not None
        }


def due(*, today: datetime.date | None = None, within_days: int | None = None, owner=None) -> Due:
    """What is overdue and what falls due in the next `within_days` (ACOGE_REVIEW_DUE_DAYS),
    soonest first; only one owner's with `owner`."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(
        days=settings.ACOGE_REVIEW_DUE_DAYS if within_days is None else within_days
    )
    overdue: list[ReviewItem] = []
    upcoming: list[ReviewItem] = []
    for source in sources():
        for record in source.items():
            if owner is not None and record.owner_id != owner.pk:  # type: ignore[attr-defined]
                continue  # the FK's id column, which django-stubs does not see on the abstract
            if record.review_by < today:
                overdue.append(ReviewItem(source, record))
            elif record.review_by <= horizon:
                upcoming.append(ReviewItem(source, record))
    key = lambda item: (item.review_by, item.title)  # noqa: E731
    return Due(sorted(overdue, key=key), sorted(upcoming, key=key))
