"""Sessions kept in the database, encrypted at rest.

While she answers the question pages, the session holds what she typed: her name, phone or
e-mail, her message, when it is safe to call and what never to mention. Django signs session
data but does not encrypt it, so a copy of the database would show it. This store encrypts each
row with the field keys (`acoge.core.crypto`), as the models do with what she finally sends.
`SESSION_ENGINE = "acoge.core.sessions"`.
"""

import logging
from typing import Any

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import get_random_string

from .crypto import decrypt_text, encrypt_text

logger = logging.getLogger("acoge.sessions")


class SessionStore(DatabaseSessionStore):
    def _get_new_session_key(self) -> str:
        """A new key without first asking the database whether it is taken (a query on every
        first question page): a new session is always saved with `must_create`, whose insert
        fails on a taken key, and `create()` then draws another."""
        return get_random_string(32, VALID_KEY_CHARS)

    def encode(self, session_dict: dict[str, Any]) -> str:
        return encrypt_text(super().encode(session_dict))

    def decode(self, session_data: str) -> dict[str, Any]:
        """The session's data; an empty session if the row cannot be read (written before
        encryption, or under a field key no longer configured)."""
        try:
            signed = decrypt_text(session_data)
        except (ValueError, ImproperlyConfigured):
            logger.warning("A session could not be decrypted; starting an empty one.")
            return {}
        return super().decode(signed)
