"""Field encryption (MultiFernet with key rotation) and keyed blind indexes for equality lookups.

Keys come from settings: ACOGE_FIELD_KEYS (comma-separated Fernet keys, newest first) and
ACOGE_BLIND_INDEX_KEY. Rotation: put the new key first, run `manage.py rotate_field_keys`,
then drop the old key.
"""

import hashlib
import hmac
import json
import unicodedata
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from acoge.core.text import BIDI_CONTROLS

TOKEN_PREFIX = "enc1:"  # noqa: S105 (a marker, not a secret)


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("ACOGE_FIELD_KEYS is empty: field encryption needs a key.")
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    """The MultiFernet for the configured keys (the first encrypts, all decrypt)."""
    return _fernet(tuple(settings.ACOGE_FIELD_KEYS))


def encrypt_text(value: str) -> str:
    return TOKEN_PREFIX + fernet().encrypt(value.encode()).decode()


def decrypt_text(token: str) -> str:
    if not token.startswith(TOKEN_PREFIX):
        raise ValueError("Value is not an Acoge encrypted token.")
    try:
        return fernet().decrypt(token.removeprefix(TOKEN_PREFIX).encode()).decode()
    except InvalidToken as exc:
        raise ImproperlyConfigured(
            "An encrypted value cannot be decrypted with ACOGE_FIELD_KEYS (missing old key?)."
        ) from exc


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; code sees plaintext. Not searchable: add a blind index.

    What people typed is read back without bidirectional controls (core/text.py), so a value
    stored before they were removed on the way in cannot reorder what staff read next to it.
    """

    description = "Text encrypted at rest"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return BIDI_CONTROLS.sub("", decrypt_text(value))

    def to_python(self, value):
        if isinstance(value, str) and value.startswith(TOKEN_PREFIX):
            return decrypt_text(value)
        return value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_text(str(value))

    def get_lookup(self, lookup_name):
        if lookup_name not in {"isnull", "exact"}:
            return None  # ciphertext cannot be compared; use a blind index
        return super().get_lookup(lookup_name)


class EncryptedJSONField(EncryptedTextField):
    """A JSON object stored encrypted, as one token; code sees the dict. Empty: {}."""

    description = "JSON encrypted at rest"
    # For django-stubs: code sets and reads a dict, not the stored text.
    _pyi_private_set_type: dict
    _pyi_private_get_type: dict

    def from_db_value(self, value, expression, connection):
        text = super().from_db_value(value, expression, connection)
        return json.loads(text) if text else {}

    def to_python(self, value):
        if isinstance(value, dict):
            return value
        text = super().to_python(value)
        return json.loads(text) if text else {}

    def get_prep_value(self, value):
        if not value:
            return ""
        return encrypt_text(json.dumps(value, ensure_ascii=False, sort_keys=True))

    def value_to_string(self, obj) -> str:
        return json.dumps(self.value_from_object(obj), ensure_ascii=False, sort_keys=True)


def normalise_for_index(value: str) -> str:
    """Case-, accent- and space-insensitive form, so 'Ana@X.cl ' and 'ana@x.cl' match."""
    folded = unicodedata.normalize("NFKD", value.strip().casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch) and not ch.isspace())


def blind_index(value: str, *, purpose: str) -> str:
    """Keyed HMAC-SHA256 of the normalised value, separated by purpose; hex, 64 characters."""
    key = settings.ACOGE_BLIND_INDEX_KEY
    if not key:
        raise ImproperlyConfigured("ACOGE_BLIND_INDEX_KEY is not set.")
    message = f"{purpose}\x00{normalise_for_index(value)}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def keyed_hash(value: str, *, key: str, length: int = 16) -> str:
    """A short keyed hash for pseudonymous identifiers (for example client addresses)."""
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()[:length]
