"""The audit log: `log_action` for changes, `log_read` for every staff read of a sensitive record.

Actions are named in domain words (`contact.request.assigned`); apps register a readable sentence
for each so the back office can show "Ana assigned request ABC-123".
"""

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import HttpRequest
from django.utils.functional import Promise

from .crypto import keyed_hash
from .models import AuditEntry, Region

_SENTENCES: dict[str, Promise | str] = {}


def register_action(action: str, sentence: Promise | str) -> None:
    """Register the readable sentence for an action; `%(object)s` stands for the record."""
    _SENTENCES[action] = sentence


def describe(entry: AuditEntry) -> str:
    """The entry as a sentence without its actor, e.g. 'opened request ABC-123'."""
    sentence = _SENTENCES.get(entry.action)
    if sentence is None:
        return f"{entry.action} {entry.object_label}".strip()
    return str(sentence) % {"object": entry.object_label}


def client_ip(request: HttpRequest) -> str:
    """The client's address; behind a proxy listed in ACOGE_TRUSTED_PROXIES, the last address
    in X-Forwarded-For that is not one of those proxies."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.ACOGE_TRUSTED_PROXIES
    if remote not in trusted:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed(forwarded):
        if address and address not in trusted:
            return address
    return remote


def ip_hash(request: HttpRequest | None) -> str:
    """A keyed hash of the client address: lets staff see repeats without storing the address."""
    if request is None or not settings.ACOGE_AUDIT_IP_KEY:
        return ""
    address = client_ip(request)
    return keyed_hash(address, key=settings.ACOGE_AUDIT_IP_KEY) if address else ""


def _region_of(obj: models.Model | None) -> Region | None:
    region = getattr(obj, "region", None)
    return region if isinstance(region, Region) else None


def log_action(
    action: str,
    *,
    actor: Any = None,
    obj: models.Model | None = None,
    region: Region | None = None,
    request: HttpRequest | None = None,
    data: dict | None = None,
) -> AuditEntry:
    """Append one audit entry. The actor defaults to the request's signed-in user."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    entry = AuditEntry(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=str(actor.get_username()) if getattr(actor, "pk", None) else "",
        region=region or _region_of(obj),
        ip_hash=ip_hash(request),
        data=data or {},
    )
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        entry.object_id = str(obj.pk)
        entry.object_label = str(obj)[:200]
    entry.save()
    return entry


def log_read(
    request: HttpRequest, obj: models.Model, *, region: Region | None = None
) -> AuditEntry:
    """Record that the signed-in staff member opened a sensitive record."""
    meta = obj._meta
    return log_action(
        f"{meta.app_label}.{meta.model_name}.read", obj=obj, region=region, request=request
    )


def entries_for(obj: models.Model) -> models.QuerySet[AuditEntry]:
    """Every audit entry about one record, newest first."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return AuditEntry.objects.filter(content_type=content_type, object_id=str(obj.pk))


class LogReadMixin:
    """For staff views of sensitive records: every successful opening (GET) is audit-logged.

    Put it after StaffViewMixin in the bases, so only permitted readers reach it; the view
    provides `get_audited_object()`.
    """

    def get_audited_object(self) -> models.Model:
        raise NotImplementedError

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200:
            log_read(request, self.get_audited_object())
        return response
