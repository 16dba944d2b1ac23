"""Sending messages: e-mail through Django's mailers, SMS and WhatsApp through one small interface.

The text-message backend is chosen by ACOGE_SMS_BACKEND: `ConsoleSmsBackend` (development: writes
to the log), `LocmemSmsBackend` (tests: keeps an outbox). A real provider is one class with
`send(to, text, channel)`.
"""

import logging
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.module_loading import import_string

logger = logging.getLogger("acoge.notify")


class SmsBackend(Protocol):
    def send(self, *, to: str, text: str, channel: str) -> None: ...


@dataclass(frozen=True)
class SentText:
    to: str
    text: str
    channel: str


class ConsoleSmsBackend:
    """Sends nothing. In development (DEBUG) it logs the message; otherwise only that one was
    due, without the number or the text (they may hold a private link)."""

    def send(self, *, to: str, text: str, channel: str) -> None:
        if settings.DEBUG:
            logger.info("%s to %s:\n%s", channel, to, text)
        else:
            logger.warning("%s message not sent: no text-message provider is configured", channel)


class LocmemSmsBackend:
    outbox: list[SentText] = []

    def send(self, *, to: str, text: str, channel: str) -> None:
        LocmemSmsBackend.outbox.append(SentText(to=to, text=text, channel=channel))


def sms_backend() -> SmsBackend:
    return import_string(settings.ACOGE_SMS_BACKEND)()


def send_email(*, to: str, subject: str, body: str, sender_name: str) -> None:
    address = settings.ACOGE_FROM_ADDRESS
    EmailMessage(
        subject=subject, body=body, from_email=f"{sender_name} <{address}>", to=[to]
    ).send()


def send_text(*, to: str, text: str, channel: str) -> None:
    sms_backend().send(to=to, text=text, channel=channel)
