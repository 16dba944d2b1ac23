"""Content staff keep true, across apps: what is past its review date and what falls due soon.

Each app that keeps `ReviewedContent` (core/models.py) registers a `ReviewedSource` in
`AppConfig.ready()`; the review dashboard and the weekly digest to owners read only this
registry, so a guide, a page and a document are reviewed in one place. Each owner gets a
weekly e-mail of hers (`send_review_digest`, scheduled as core.review_digest).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.tasks import task
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import ReviewedContent
from .notify import send_email

STAFF_LANGUAGE = "es"


@dataclass(frozen=True)
class ReviewedSource:
    key: str
    label: Promise | str
    items: Callable[[], QuerySet]  # every record of a ReviewedContent model, published or not


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
        records = source.items().filter(review_by__lte=horizon).select_related("owner")
        if owner is not None:
            records = records.filter(owner=owner)
        for record in records:
            if record.review_by < today:
                overdue.append(ReviewItem(source, record))
            elif record.review_by <= horizon:
                upcoming.append(ReviewItem(source, record))
    key = lambda item: (item.review_by, item.title)  # noqa: E731
    return Due(sorted(overdue, key=key), sorted(upcoming, key=key))


def _line(item: ReviewItem) -> str:
    link = f"{settings.SITE_URL}{item.edit_url}" if item.edit_url else ""
    review = _("review by %(date)s") % {"date": item.review_by.strftime("%d/%m/%Y")}
    return " · ".join(
        part for part in (f"- {item.title}", str(item.source.label), review, link) if part
    )


def render_digest(due: Due, *, today: datetime.date) -> str:
    with translation.override(STAFF_LANGUAGE):
        lines = [_("Content to review, %(date)s") % {"date": today.strftime("%d/%m/%Y")}, ""]
        if due.overdue:
            lines.append(
                ngettext(
                    "%(count)s past its review date, shown to the public as under review:",
                    "%(count)s past their review date, shown to the public as under review:",
                    len(due.overdue),
                )
                % {"count": len(due.overdue)}
            )
            lines += [_line(item) for item in due.overdue] + [""]
        if due.upcoming:
            lines.append(
                ngettext(
                    "%(count)s due in the next %(days)s days:",
                    "%(count)s due in the next %(days)s days:",
                    len(due.upcoming),
                )
                % {"count": len(due.upcoming), "days": settings.ACOGE_REVIEW_DUE_DAYS}
            )
            lines += [_line(item) for item in due.upcoming] + [""]
        lines.append(_("Check each one against its sources, then update its “last reviewed” date."))
    return "\n".join(lines)


def send_review_digest(*, today: datetime.date | None = None) -> int:
    """E-mail each owner her content that is overdue or due soon; returns how many e-mails
    were sent (nobody gets an empty digest; content without an owner is on the dashboard)."""
    today = today or timezone.localdate()
    everything = due(today=today)
    sent = 0
    for owner in get_user_model().objects.filter(pk__in=everything.owner_ids(), is_active=True):
        if not owner.email:
            continue
        hers = everything.owned_by(owner.pk)
        with translation.override(STAFF_LANGUAGE):
            subject = _("Content to review: %(overdue)s overdue, %(upcoming)s due soon") % {
                "overdue": len(hers.overdue),
                "upcoming": len(hers.upcoming),
            }
        send_email(
            to=owner.email,
            subject=subject,
            body=render_digest(hers, today=today),
            sender_name="Acoge",
        )
        sent += 1
    return sent


@task
def send_review_digest_task() -> int:
    return send_review_digest()
