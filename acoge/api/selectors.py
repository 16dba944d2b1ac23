"""Reads of partners' API keys."""

from django.db.models import QuerySet

from acoge.core.tokens import hash_token

from .models import ApiKey
from .services import KEY_PREFIX

MAX_SECRET_LENGTH = 100


def active_key_for(secret: str) -> ApiKey | None:
    """The active key whose secret this is (found by its hash), or None."""
    if not secret.startswith(KEY_PREFIX) or len(secret) > MAX_SECRET_LENGTH:
        return None
    return ApiKey.objects.active().filter(secret_hash=hash_token(secret)).first()


def keys_for_staff() -> QuerySet[ApiKey]:
    """Every key, active ones first, with who issued it."""
    return ApiKey.objects.select_related("created_by", "replaces")
