"""Retention: each app declares what it deletes or anonymises, after how long; one task runs them.

retention.register(RetentionRule(
    name="audit.entries", description=_("Audit entries"),
    days=lambda: settings.ACOGE_AUDIT_RETENTION_DAYS,
    apply=lambda cutoff: AuditEntry.objects.filter(created_at__lt=cutoff).delete()[0],
))
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("acoge.retention")


@dataclass(frozen=True)
class RetentionRule:
    name: str
    description: Promise | str
    days: Callable[[], int]
    apply: Callable[[datetime], int]  # given the cut-off, deletes or anonymises; returns a count
    action: str = "delete"  # or "anonymise", for the data inventory


_RULES: dict[str, RetentionRule] = {}


def register(rule: RetentionRule) -> None:
    _RULES[rule.name] = rule


def rules() -> list[RetentionRule]:
    return sorted(_RULES.values(), key=lambda rule: rule.name)


def run_retention(*, now: datetime | None = None) -> dict[str, int]:
    """Apply every rule, each in its own transaction; log the counts in the audit log."""
    from .audit import log_action

    now = now or timezone.now()
    counts: dict[str, int] = {}
    for rule in rules():
        cutoff = now - timedelta(days=rule.days())
        with transaction.atomic():
            counts[rule.name] = rule.apply(cutoff)
        logger.info("retention %s: %s records before %s", rule.name, counts[rule.name], cutoff)
    log_action("core.retention.ran", data={"counts": counts, "at": now.isoformat()})
    return counts


def _purge_audit(cutoff: datetime) -> int:
    from .models import AuditEntry

    # QuerySet.delete bypasses AuditEntry.delete(), which refuses single deletions.
    return AuditEntry.objects.filter(created_at__lt=cutoff).delete()[0]


def _purge_rate_counters(cutoff: datetime) -> int:
    from .models import RateCounter

    return RateCounter.objects.filter(window_start__lt=cutoff).delete()[0]


def _purge_sign_in_records(cutoff: datetime) -> int:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def _purge_admin_history(cutoff: datetime) -> int:
    from django.contrib.admin.models import LogEntry

    return LogEntry.objects.filter(action_time__lt=cutoff).delete()[0]


def _purge_expired_sessions(cutoff: datetime) -> int:
    from django.contrib.sessions.models import Session

    return Session.objects.filter(expire_date__lt=cutoff).delete()[0]


def _purge_finished_tasks(cutoff: datetime) -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(finished_at__lt=cutoff).delete()[0]


def register_core_rules() -> None:
    for name, description, days, apply in (
        (
            "core.audit_entries",
            _("Audit log entries"),
            lambda: settings.ACOGE_AUDIT_RETENTION_DAYS,
            _purge_audit,
        ),
        (
            "core.rate_counters",
            _("Rate-limit counters (keyed hashes of addresses)"),
            lambda: 1,
            _purge_rate_counters,
        ),
        (
            "core.admin_history",
            _("History of changes made in the Django admin"),
            lambda: settings.ACOGE_AUDIT_RETENTION_DAYS,
            _purge_admin_history,
        ),
        (
            "core.sign_in_records",
            _("Staff sign-in records (address and browser of each attempt)"),
            lambda: settings.ACOGE_SIGN_IN_LOG_RETENTION_DAYS,
            _purge_sign_in_records,
        ),
        (
            "core.expired_sessions",
            _("Expired sessions (answers kept while a form is being filled in)"),
            lambda: 0,
            _purge_expired_sessions,
        ),
        (
            "core.finished_tasks",
            _("Finished background tasks (sending messages, scheduled jobs)"),
            lambda: 30,
            _purge_finished_tasks,
        ),
    ):
        register(RetentionRule(name=name, description=description, days=days, apply=apply))
