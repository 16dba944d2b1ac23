"""The one message a data-subject request sends her: the one-time code, in discreet form (the
neutral sender "Acoge", no subject matter, nothing about data, rights or any programme)."""

import logging

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from acoge.core.notify import send_email, send_text

from .models import ContactKind

logger = logging.getLogger("acoge.rights")
SENDER_NAME = "Acoge"


def render_code(*, code: str, minutes: int, language: str) -> tuple[str, str]:
    """The subject and the text of the code message, in her language."""
    with translation.override(language if language in {"es", "en", "ht"} else "es"):
        subject = _("Your code")
        text = render_to_string(
            "rights/messages/code.txt", {"code": code, "minutes": minutes}
        ).strip()
    return subject, text


def send_code(*, kind: str, to: str, code: str, minutes: int, language: str) -> None:
    """Send the code once the transaction commits; sent at once, never through the task queue,
    whose arguments are stored in the database."""
    subject, text = render_code(code=code, minutes=minutes, language=language)

    def send() -> None:
        try:
            if kind == ContactKind.EMAIL:
                send_email(to=to, subject=subject, body=text, sender_name=SENDER_NAME)
            else:
                send_text(to=to, text=text, channel="sms")
        except Exception:  # she can ask for a new code; the page must not fail
            logger.exception("A one-time code could not be sent.")

    transaction.on_commit(send)
