"""The weekly digest to each owner of content: what of hers is past its review date (and shown
publicly as under review) and what falls due in the next days."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from acoge.core import reviews
from acoge.core.notify import send_email

STAFF_LANGUAGE = "es"


def _line(item: reviews.ReviewItem) -> str:
    link = f"{settings.SITE_URL}{item.edit_url}" if item.edit_url else ""
    return " · ".join(
        part
        for part in (
            f"- {item.title}",
            str(item.source.label),
            _("review by %(date)s") % {"date": item.review_by.strftime("%d/%m/%Y")},
            link,
        )
        if part
    )


def render_digest(due: reviews.Due, *, today: datetime.date) -> str:
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
    everything = reviews.due(today=today)
    sent = 0
    for owner in get_user_model().objects.filter(pk__in=everything.owner_ids(), is_active=True):
        if not owner.email:
            continue
        due = everything.owned_by(owner.pk)
        with translation.override(STAFF_LANGUAGE):
            subject = _("Content to review: %(overdue)s overdue, %(upcoming)s due soon") % {
                "overdue": len(due.overdue),
                "upcoming": len(due.upcoming),
            }
        send_email(
            to=owner.email,
            subject=subject,
            body=render_digest(due, today=today),
            sender_name="Acoge",
        )
        sent += 1
    return sent


@task
def send_review_digest_task() -> int:
    return send_review_digest()
