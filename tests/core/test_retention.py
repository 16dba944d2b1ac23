from datetime import timedelta

import pytest
from django.utils import timezone

from acoge.core import retention, scheduler
from acoge.core.models import AuditEntry, ScheduledRun


@pytest.mark.django_db
def test_retention_deletes_audit_entries_older_than_the_setting_and_keeps_recent_ones(settings):
    settings.ACOGE_AUDIT_RETENTION_DAYS = 30
    now = timezone.now()
    old = AuditEntry.objects.create(action="old", created_at=now - timedelta(days=31))
    recent = AuditEntry.objects.create(action="recent", created_at=now - timedelta(days=29))
    counts = retention.run_retention(now=now)
    assert counts["core.audit_entries"] == 1
    assert not AuditEntry.objects.filter(pk=old.pk).exists()
    assert AuditEntry.objects.filter(pk=recent.pk).exists()


@pytest.mark.django_db
def test_each_retention_run_is_itself_logged_with_its_counts(settings):
    settings.ACOGE_AUDIT_RETENTION_DAYS = 1
    AuditEntry.objects.create(action="old", created_at=timezone.now() - timedelta(days=5))
    retention.run_retention()
    log = AuditEntry.objects.get(action="core.retention.ran")
    assert log.data["counts"]["core.audit_entries"] == 1


def test_the_audit_log_declares_its_own_retention():
    assert "core.audit_entries" in {rule.name for rule in retention.rules()}


@pytest.mark.django_db
def test_the_daily_schedule_runs_retention_once_a_day(settings, django_capture_on_commit_callbacks):
    settings.ACOGE_AUDIT_RETENTION_DAYS = 1
    start = timezone.now()
    AuditEntry.objects.create(action="old", created_at=start - timedelta(days=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert "core.retention" in scheduler.tick(now=start)  # immediate backend: runs now
    assert not AuditEntry.objects.filter(action="old").exists()
    assert "core.retention" not in scheduler.tick(now=start + timedelta(hours=23))
    assert "core.retention" in scheduler.tick(now=start + timedelta(hours=24))
    assert ScheduledRun.objects.get(name="core.retention").last_enqueued_at == start + timedelta(
        hours=24
    )


@pytest.mark.django_db
def test_sign_in_records_and_expired_sessions_are_purged(settings):
    from axes.models import AccessLog
    from django.contrib.sessions.models import Session

    settings.ACOGE_SIGN_IN_LOG_RETENTION_DAYS = 90
    now = timezone.now()
    old = AccessLog.objects.create(username="x", ip_address="203.0.113.1", user_agent="UA")
    AccessLog.objects.filter(pk=old.pk).update(attempt_time=now - timedelta(days=91))
    recent = AccessLog.objects.create(username="y", ip_address="203.0.113.2", user_agent="UA")
    Session.objects.create(
        session_key="a" * 32, session_data="", expire_date=now - timedelta(hours=1)
    )
    Session.objects.create(
        session_key="b" * 32, session_data="", expire_date=now + timedelta(hours=1)
    )
    counts = retention.run_retention(now=now)
    assert counts["core.sign_in_records"] == 1 and counts["core.expired_sessions"] == 1
    assert list(AccessLog.objects.all()) == [recent]
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
