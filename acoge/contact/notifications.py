"""Messages about contact requests.

To her: only the confirmation e-mail she asked for, in discreet form (neutral sender and
subject, no topic, no mention of violence or of the service). To staff: an alert when a request
arrives in their queue and a daily digest of what is new and overdue — references and links
only, never her name, contact details or message.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from acoge.accounts.models import Role
from acoge.accounts.policy import has_role
from acoge.core import zones
from acoge.core.calendar import is_business_day
from acoge.core.crypto import decrypt_text, encrypt_text
from acoge.core.models import Region
from acoge.core.notify import send_email
from acoge.core.scoping import scopes_disabled

from . import selectors
from .models import ContactRequest
from .permissions import DELEGATES

STAFF_LANGUAGE = "es"


def send_confirmation(request: ContactRequest, status_token: str) -> None:
    """Queue her confirmation e-mail after the transaction commits."""
    request_id = request.pk
    sealed = encrypt_text(status_token)  # task arguments are stored in the database
    transaction.on_commit(lambda: send_confirmation_task.enqueue(request_id, sealed))


def render_confirmation(request: ContactRequest, status_token: str) -> tuple[str, str]:
    language = request.language if request.language in {"es", "en", "ht"} else "es"
    with translation.override(language):
        status_url = settings.SITE_URL + reverse(
            "contact:status-discreet", kwargs={"token": status_token}
        )
        due = request.due_on.strftime("%d/%m/%Y")
        lines = [
            _("Hello,"),
            "",
            _("We received your message. Your reference code is %(reference)s.")
            % {"reference": request.reference},
            _("We will contact you by %(date)s, in the way and at the times you told us.")
            % {"date": due},
            "",
            _("To see how it is going, or to withdraw it, open this private link:"),
            status_url,
            "",
            _("If you did not write to us, you can ignore this message."),
        ]
        return _("Your reference code"), "\n".join(lines)


@task
def send_confirmation_task(request_id: int, sealed_token: str) -> str:
    with scopes_disabled():
        request = ContactRequest.objects.filter(pk=request_id).first()
    if request is None or request.personal_data_erased_at or not request.email:
        return "skipped"
    subject, body = render_confirmation(request, decrypt_text(sealed_token))
    send_email(to=request.email, subject=subject, body=body, sender_name="Acoge")
    return "sent"


def alert_handlers(request: ContactRequest) -> None:
    request_id = request.pk
    transaction.on_commit(lambda: alert_handlers_task.enqueue(request_id))


def _staff_url(request: ContactRequest) -> str:
    return settings.SITE_URL + reverse("contact_staff:detail", kwargs={"pk": request.pk})


@task
def alert_handlers_task(request_id: int) -> int:
    """Tell the handlers of the request's queue that it arrived; returns how many were told."""
    with scopes_disabled():
        request = ContactRequest.objects.select_related("region").filter(pk=request_id).first()
    if request is None:
        return 0
    recipients = [user.email for user in selectors.handlers_to_alert(request) if user.email]
    with translation.override(STAFF_LANGUAGE):
        queue = _("national queue") if request.national_queue else request.region.name
        subject = _("New contact request %(reference)s (%(queue)s)") % {
            "reference": request.reference,
            "queue": queue,
        }
        body = "\n".join(
            [
                subject,
                _("Topic: %(topic)s") % {"topic": request.get_topic_display()},
                _("First contact due: %(date)s") % {"date": request.due_on.strftime("%d/%m/%Y")},
                "",
                _staff_url(request),
            ]
        )
    for address in recipients:
        send_email(to=address, subject=subject, body=body, sender_name="Acoge")
    return len(recipients)


def render_digest(digest: dict[str, list[ContactRequest]], *, today: datetime.date) -> str:
    with translation.override(STAFF_LANGUAGE):
        lines = [_("Contact requests, %(date)s") % {"date": today.strftime("%d/%m/%Y")}, ""]
        for key in ("overdue", "new"):
            items = digest[key]
            if not items:
                continue
            if key == "overdue":
                title = ngettext(
                    "%(count)s request overdue:", "%(count)s requests overdue:", len(items)
                )
            else:
                title = ngettext(
                    "%(count)s new request, not yet taken:",
                    "%(count)s new requests, not yet taken:",
                    len(items),
                )
            lines.append(title % {"count": len(items)})
            for request in items:
                region = request.region.short_name if request.region else _("no region")
                lines.append(
                    f"- {request.reference} · {region} · "
                    + _("due %(date)s") % {"date": request.due_on.strftime("%d/%m/%Y")}
                    + f" · {_staff_url(request)}"
                )
            lines.append("")
        return "\n".join(lines).strip()


def _at_work(user, today: datetime.date) -> bool:
    """The Gender Unit works on national business days; a delegate is off on a holiday of her
    region (all of them, if she covers several)."""
    if has_role(user, Role.GENDER_UNIT):
        return True
    regions = [region for region in Region.objects.all() if DELEGATES.covers(user, region)]
    return not regions or any(is_business_day(today, region) for region in regions)


def digest_zones() -> list[str]:
    """The zones the digest is scheduled in, each from ACOGE_CONTACT_DIGEST_HOUR on its clocks:
    the site's, and those of the regions that keep their own (core/zones.py)."""
    return sorted({settings.TIME_ZONE, *zones.REGION_ZONES.values()})


def _scheduled_zone(user) -> str:
    zone = selectors.digest_zone(user)
    return zone if zone in digest_zones() else settings.TIME_ZONE


def send_daily_digest(*, now: datetime.datetime | None = None, zone: str | None = None) -> int:
    """On business days, e-mail each delegate and the Gender Unit what is new and overdue;
    returns how many e-mails were sent (nobody gets an empty digest, nor one on a holiday of
    her region). With `zone` (the schedule of that zone's morning), only the recipients whose
    digest comes in that zone; each one's day is her zone's."""
    now = now or timezone.now()
    sent = 0
    recipients = selectors.digest_recipients()
    for user in recipients:
        user_zone = _scheduled_zone(user)
        if zone is not None and user_zone != zone:
            continue
        today = timezone.localdate(now, zones.zone_named(user_zone))
        if not user.email or not is_business_day(today) or not _at_work(user, today):
            continue
        digest = selectors.digest_for(user, now=now)
        if not digest["new"] and not digest["overdue"]:
            continue
        with translation.override(STAFF_LANGUAGE):
            subject = _("Contact requests: %(new)s new, %(overdue)s overdue") % {
                "new": len(digest["new"]),
                "overdue": len(digest["overdue"]),
            }
        send_email(
            to=user.email,
            subject=subject,
            body=render_digest(digest, today=today),
            sender_name="Acoge",
        )
        sent += 1
    return sent


@task
def send_daily_digest_task(zone: str | None = None) -> int:
    return send_daily_digest(zone=zone)
