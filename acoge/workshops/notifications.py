"""Messages to registrants, in her language, only if she said messages are safe.

Discreet mode (the default) uses a neutral sender and subject and never names the workshop or
its topics: a title like "Violence against women" must not show on a shared phone.
"""

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from acoge.core import zones
from acoge.core.crypto import decrypt_text, encrypt_text
from acoge.core.notify import send_email, send_text
from acoge.core.scoping import scopes_disabled

from .models import Registration

KINDS = (
    "confirmed",
    "waitlisted",
    "promoted",
    "reminder",
    "changed",
    "cancelled",
    "workshop_cancelled",
    "feedback",
)


def notify(registration: Registration, kind: str, *, manage_token: str | None = None) -> None:
    """Queue a message after the transaction commits; nothing is queued if messages are unsafe."""
    assert kind in KINDS, kind
    if not registration.messages_safe or registration.personal_data_erased_at:
        return
    registration_id = registration.pk
    # The private link's token travels encrypted: task arguments are stored in the database.
    sealed = encrypt_text(manage_token) if manage_token else ""
    transaction.on_commit(lambda: send_registration_message.enqueue(registration_id, kind, sealed))


def _subject(registration: Registration, kind: str) -> str:
    if registration.discreet:
        return _("A message from Acoge")
    return {
        "confirmed": _("Your place is confirmed"),
        "waitlisted": _("You are on the waiting list"),
        "promoted": _("A place is free for you"),
        "reminder": _("Reminder: your workshop is tomorrow"),
        "changed": _("Your workshop has changed"),
        "cancelled": _("Your registration was cancelled"),
        "workshop_cancelled": _("The workshop was cancelled"),
        "feedback": _("Tell us how the workshop went"),
    }[kind]


def render_message(
    registration: Registration, kind: str, manage_token: str = ""
) -> tuple[str, str]:
    """The subject and text of a message, in the registrant's language."""
    workshop = registration.workshop
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "workshop": workshop,
            "kind": kind,
            "discreet": registration.discreet,
            "starts_at": zones.localtime(workshop.starts_at, workshop.region),
            "place": workshop.place(discreet=registration.discreet),
            "manage_url": settings.SITE_URL
            + reverse("workshops:manage", kwargs={"token": manage_token})
            if manage_token
            else "",
            "feedback_url": settings.SITE_URL
            + reverse("workshops:feedback", kwargs={"key": workshop.feedback_key}),
            "show_online_link": registration.status == Registration.Status.CONFIRMED
            and bool(workshop.online_url),
        }
        with zones.override(workshop.region):  # its time on the region's clocks
            text = render_to_string("workshops/messages/message.txt", context).strip()
        return _subject(registration, kind), text


@task
def send_registration_message(registration_id: int, kind: str, sealed_token: str = "") -> str:
    manage_token = decrypt_text(sealed_token) if sealed_token else ""
    with scopes_disabled():
        registration = Registration.objects.select_related("workshop").get(pk=registration_id)
    if not registration.messages_safe or registration.personal_data_erased_at:
        return "skipped"
    subject, text = render_message(registration, kind, manage_token)
    if registration.channel == Registration.Channel.EMAIL:
        if not registration.email:
            return "no e-mail address"
        sender = "Acoge" if registration.discreet else "Acoge · SERMIG"
        send_email(to=registration.email, subject=subject, body=text, sender_name=sender)
    elif registration.phone:
        send_text(to=registration.phone, text=text, channel=registration.channel)
    else:
        return "no phone number"
    return "sent"


def send_due_reminders(*, now=None) -> int:
    """Remind confirmed registrants whose workshop is tomorrow, on the calendar of the
    workshop's region."""
    now = now or timezone.now()
    with scopes_disabled():
        soon = Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            reminder_sent_at__isnull=True,
            walk_in=False,
            workshop__status="published",
            workshop__starts_at__gt=now,
            workshop__starts_at__lt=now + timezone.timedelta(days=2),
        ).select_related("workshop__region")
        due = [
            registration
            for registration in soon
            if zones.localdate(registration.workshop.starts_at, registration.workshop.region)
            == zones.localdate(now, registration.workshop.region) + timezone.timedelta(days=1)
        ]
        count = 0
        for registration in due:
            with transaction.atomic():
                Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=now)
                notify(registration, "reminder")
            count += 1
    return count


@task
def send_due_reminders_task() -> int:
    return send_due_reminders()
