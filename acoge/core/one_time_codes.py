"""One-time codes that prove she holds a contact: sent to an e-mail address or by text message,
typed back within minutes, a few wrong tries at most.

An app's pending code is a model built on `OneTimeCode` (the contact encrypted and emptied once
used, its blind index, the salted keyed hash of the code, tries, expiry); the functions here make,
send and check it, so the data-subject requests and the verified consultations prove a contact
the same way. The message is discreet: the neutral sender "Acoge", the code, how long it works,
and nothing about what it is for.
"""

import datetime
import hmac
import logging
import secrets

from django.conf import settings
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import ratelimit
from .crypto import EncryptedTextField, keyed_hash
from .errors import ServiceError
from .notify import send_email, send_text

logger = logging.getLogger("acoge.one_time_codes")

CODE_LENGTH = 6
CODE_MINUTES = 15
CODE_ATTEMPTS = 5  # wrong tries before the code stops working
SENDER_NAME = "Acoge"


class ContactKind(models.TextChoices):
    EMAIL = "email", gettext_lazy("Email")
    PHONE = "phone", gettext_lazy("Phone (text message)")


class WrongCode(ServiceError):
    """The code typed is not the one sent; `remaining` tries are left."""

    def __init__(self, message, remaining: int) -> None:
        super().__init__(message)
        self.remaining = remaining


class CodeUnusable(ServiceError):
    """The code expired, was used, or had too many wrong tries: a new one is needed."""


class OneTimeCode(models.Model):
    """A code sent to the contact she gave, waiting to be typed."""

    contact_kind = models.CharField(max_length=5, choices=ContactKind.choices)
    contact = EncryptedTextField(blank=True)  # emptied once used or expired
    contact_index = models.CharField(max_length=64, db_index=True)
    language = models.CharField(max_length=5, default="es")
    code_salt = models.CharField(max_length=32)
    code_hash = models.CharField(max_length=64)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    def is_usable(self, now: datetime.datetime) -> bool:
        return self.confirmed_at is None and now < self.expires_at and bool(self.contact)


def _code_hash(salt: str, code: str) -> str:
    return keyed_hash(f"{salt}:{code}", key=settings.ACOGE_BLIND_INDEX_KEY, length=64)


def new_code(pending: OneTimeCode, now: datetime.datetime) -> str:
    """A fresh code for `pending` (the old one stops working); returns it, keeps its hash."""
    code = f"{secrets.randbelow(10**CODE_LENGTH):0{CODE_LENGTH}d}"
    pending.code_salt = secrets.token_hex(16)
    pending.code_hash = _code_hash(pending.code_salt, code)
    pending.attempts = 0
    pending.expires_at = now + datetime.timedelta(minutes=CODE_MINUTES)
    return code


def count_sent(
    limit: ratelimit.Limit, index: str, *, error: type[ServiceError] = ServiceError
) -> None:
    """Count a code sent to one contact (by its blind index), whatever the connection: a
    person asks once or twice; someone trying another person's contact gets few to guess.
    Past the limit, raises `error` (the app's own refusal)."""
    try:
        ratelimit.hit_limit(limit, index)
    except ratelimit.RateLimited as exc:
        raise error(
            _(
                "We already sent several codes to this contact in the last hour. Use the "
                "latest one, or try again in an hour."
            )
        ) from exc


def render_code(*, code: str, minutes: int, language: str) -> tuple[str, str]:
    """The subject and the text of the code message, in her language."""
    with translation.override(language if language in {"es", "en", "ht"} else "es"):
        subject = _("Your code")
        text = render_to_string(
            "core/messages/code.txt", {"code": code, "minutes": minutes}
        ).strip()
    return subject, text


def send(pending: OneTimeCode, code: str) -> None:
    """Send the code once the transaction commits; at once, never through the task queue,
    whose arguments are stored in the database."""
    subject, text = render_code(code=code, minutes=CODE_MINUTES, language=pending.language)
    kind, to = pending.contact_kind, pending.contact

    def deliver() -> None:
        try:
            if kind == ContactKind.EMAIL:
                send_email(to=to, subject=subject, body=text, sender_name=SENDER_NAME)
            else:
                send_text(to=to, text=text, channel="sms")
        except Exception:  # she can ask for a new code; the page must not fail
            logger.exception("A one-time code could not be sent.")

    transaction.on_commit(deliver)


def issue(
    pending: OneTimeCode,
    *,
    limit: ratelimit.Limit,
    now: datetime.datetime,
    error: type[ServiceError] = ServiceError,
) -> None:
    """Count, make, keep and send a new code for `pending` (saved; the old code stops
    working). Call it inside the transaction that saves the app's row."""
    count_sent(limit, pending.contact_index, error=error)
    code = new_code(pending, now)
    pending.save()
    send(pending, code)


def check[C: OneTimeCode](pending: C, code: str, now: datetime.datetime) -> tuple[C, bool]:
    """Check the code typed, in a transaction of its own with the row locked: returns the row
    (used up when right) and whether it was right. Each wrong try is counted for good."""
    with transaction.atomic():
        locked = type(pending).objects.select_for_update().get(pk=pending.pk)
        if not locked.is_usable(now) or locked.attempts >= CODE_ATTEMPTS:
            raise CodeUnusable(_("This code no longer works. Ask for a new code, or start again."))
        locked.attempts += 1
        right = hmac.compare_digest(
            locked.code_hash, _code_hash(locked.code_salt, "".join(code.split()))
        )
        if right:
            locked.confirmed_at = now
        locked.save(update_fields=["attempts", "confirmed_at"])
    return locked, right


def refuse(locked: OneTimeCode) -> None:
    """The error for a wrong code: how many tries are left, or that a new code is needed."""
    remaining = CODE_ATTEMPTS - locked.attempts
    if remaining <= 0:
        raise CodeUnusable(
            _("The code was typed wrong too many times. Ask for a new code, or start again.")
        )
    raise WrongCode(
        ngettext(
            "This is not the code we sent. You can try %(count)d more time.",
            "This is not the code we sent. You can try %(count)d more times.",
            remaining,
        )
        % {"count": remaining},
        remaining=remaining,
    )
