"""Every change to partners' API keys: issuing, revoking, rotating, and recording a use."""

import secrets
from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.audit import log_action, register_action
from acoge.core.errors import ServiceError
from acoge.core.tokens import hash_token, retry_on_code_collision

from .models import ApiKey

KEY_PREFIX = "acoge_"
PREFIX_LENGTH = 8  # random characters of the key shown to staff after KEY_PREFIX

register_action("api.key.issued", _("issued the API key %(object)s"))
register_action("api.key.revoked", _("revoked the API key %(object)s"))
register_action("api.key.rotated", _("rotated the API key %(object)s"))
register_action("api.key.used", _("a partner used the API key %(object)s"))


class KeyRevoked(ServiceError):
    """The key was revoked already: it cannot be revoked or rotated again."""


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    secret: str  # shown once to the national administrator; never stored


def _new_secret() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)  # 32 random bytes


def _create(*, name: str, organisation: str, hourly_limit: int, actor, replaces=None) -> IssuedKey:
    secret = _new_secret()
    key = ApiKey(
        name=name,
        organisation=organisation,
        hourly_limit=hourly_limit,
        prefix=secret[: len(KEY_PREFIX) + PREFIX_LENGTH],
        secret_hash=hash_token(secret),
        created_by=actor if getattr(actor, "pk", None) else None,
        replaces=replaces,
    )
    key.full_clean(exclude=["prefix", "secret_hash", "replaces"])
    key.save()
    return IssuedKey(key, secret)


@retry_on_code_collision(lambda: ServiceError(_("Please try again.")))
@transaction.atomic
def api_key_issue(
    *,
    name: str,
    organisation: str,
    hourly_limit: int,
    actor,
    request: HttpRequest | None = None,
) -> IssuedKey:
    """A new key for a partner; the secret is in the result, and nowhere else."""
    issued = _create(name=name, organisation=organisation, hourly_limit=hourly_limit, actor=actor)
    log_action(
        "api.key.issued",
        actor=actor,
        obj=issued.key,
        request=request,
        data={"organisation": organisation, "hourly_limit": hourly_limit},
    )
    return issued


@transaction.atomic
def api_key_revoke(*, key: ApiKey, actor, request: HttpRequest | None = None) -> ApiKey:
    """The key stops working at once."""
    key = ApiKey.objects.select_for_update().get(pk=key.pk)
    if not key.is_active:
        raise KeyRevoked(_("This key was already revoked."))
    key.revoked_at = timezone.now()
    key.save(update_fields=["revoked_at"])
    log_action("api.key.revoked", actor=actor, obj=key, request=request)
    return key


@retry_on_code_collision(lambda: ServiceError(_("Please try again.")))
@transaction.atomic
def api_key_rotate(*, key: ApiKey, actor, request: HttpRequest | None = None) -> IssuedKey:
    """A new secret under the same name, organisation and limit; the old key is revoked."""
    old = ApiKey.objects.select_for_update().get(pk=key.pk)
    if not old.is_active:
        raise KeyRevoked(_("This key was revoked: issue a new one instead."))
    old.revoked_at = timezone.now()
    old.save(update_fields=["revoked_at"])
    issued = _create(
        name=old.name,
        organisation=old.organisation,
        hourly_limit=old.hourly_limit,
        actor=actor,
        replaces=old,
    )
    log_action(
        "api.key.rotated",
        actor=actor,
        obj=issued.key,
        request=request,
        data={"replaces": old.prefix},
    )
    return issued


def api_key_used(*, key: ApiKey, request: HttpRequest) -> None:
    """Record one call made with the key: its last use, and an audit entry."""
    now = timezone.now()
    ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
    log_action(
        "api.key.used",
        obj=key,
        request=request,
        data={"method": request.method, "path": request.path[:200]},
    )
