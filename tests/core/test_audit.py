import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from acoge.accounts.models import Role
from acoge.core.audit import describe, entries_for, log_action, log_read
from acoge.core.models import AuditEntry
from acoge.core.scoping import scopes_disabled
from tests.testapp.models import SensitiveNote


@pytest.mark.django_db
def test_reading_a_sensitive_record_is_logged_with_actor_region_and_hashed_address(
    make_staff, region_antofagasta
):
    user = make_staff(Role.GENDER_DELEGATE, [region_antofagasta])
    with scopes_disabled():
        note = SensitiveNote.objects.create(region=region_antofagasta, body="x")
    request = RequestFactory().get("/gestion/x/", REMOTE_ADDR="203.0.113.9")
    request.user = user
    entry = log_read(request, note)
    assert entry.action == "testapp.sensitivenote.read"
    assert entry.actor == user and entry.actor_label == user.username
    assert entry.region == region_antofagasta
    assert entry.ip_hash and "203.0.113.9" not in entry.ip_hash
    assert list(entries_for(note)) == [entry]


@pytest.mark.django_db
def test_audit_entries_are_append_only():
    entry = log_action("test.thing.done", data={"n": 1})
    entry.data = {"n": 2}
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()
    assert AuditEntry.objects.get(pk=entry.pk).data == {"n": 1}


@pytest.mark.django_db
def test_registered_actions_read_as_sentences():
    entry = log_action("accounts.role.granted", data={})
    entry.object_label = "Ana"
    with translation.override("en"):
        assert describe(entry) == "granted a role to Ana"
    with translation.override("es"):
        assert "Ana" in describe(entry) and "granted" not in describe(entry)


@pytest.mark.django_db
def test_national_admin_filters_the_audit_log_by_action(staff_client):
    log_action("contact.request.read", data={})
    log_action("workshops.export", data={})
    client = staff_client(Role.NATIONAL_ADMIN)
    page = client.get(reverse("backoffice:audit-list"), {"action": "workshops"})
    assert page.status_code == 200
    assert "workshops.export" in page.content.decode()
    assert "contact.request.read" not in page.content.decode()


@pytest.mark.django_db
def test_audit_log_keeps_invalid_filter_input_and_explains_it(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    page = client.get(
        reverse("backoffice:audit-list"),
        {"since_day": "31", "since_month": "2", "since_year": "2026"},
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert 'value="31"' in html
    assert "ac-error-summary" in html
