"""The staff side of data-protection requests: the list with due dates and status, one request,
starting, answering and refusing with a reason; each step written to the audit log. (Who may
open each page: tests/rights/matrix.py.)"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.core.models import AuditEntry
from acoge.rights import services
from acoge.rights.errors import RightsError
from tests.factories import rights_request

pytestmark = pytest.mark.django_db


def test_the_list_shows_due_dates_status_and_what_is_overdue(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    late = rights_request(due_on=timezone.localdate() - datetime.timedelta(days=1))
    fresh = rights_request(right="opposition")
    html = client.get(reverse("rights_staff:list")).content.decode()
    assert late.reference in html and fresh.reference in html
    assert "ac-row--overdue" in html
    assert "Mi apellido" not in html, "the list shows no personal data"


def test_each_staff_action_is_audit_logged(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    item = rights_request()
    assert client.get(reverse("rights_staff:detail", args=[item.pk])).status_code == 200
    client.post(reverse("rights_staff:start", args=[item.pk]))
    client.post(reverse("rights_staff:answer", args=[item.pk]), {"resolution": "Corregido."})
    other = rights_request(right="opposition")
    client.post(reverse("rights_staff:refuse", args=[other.pk]), {"reason": "No hay datos."})
    mine = AuditEntry.objects.filter(actor=client.user).order_by("id")
    actions = list(mine.values_list("action", "object_id"))
    assert actions == [
        ("rights.rightsrequest.read", str(item.pk)),
        ("rights.request.started", str(item.pk)),
        ("rights.request.answered", str(item.pk)),
        ("rights.request.refused", str(other.pk)),
    ]
    item.refresh_from_db()
    other.refresh_from_db()
    assert item.status == "answered" and item.answered_by == client.user
    assert other.status == "refused" and other.resolution == "No hay datos."


def test_refusing_needs_a_reason_and_an_answered_request_is_closed(make_staff):
    admin = make_staff(Role.NATIONAL_ADMIN)
    item = rights_request()
    with pytest.raises(RightsError):
        services.request_refuse(request=item, actor=admin, reason=" ")
    services.request_answer(request=item, actor=admin)
    with pytest.raises(RightsError):
        services.request_refuse(request=item, actor=admin, reason="Tarde.")


def test_the_detail_shows_her_message_and_contact_to_the_handler(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    item = rights_request()
    html = client.get(reverse("rights_staff:detail", args=[item.pk])).content.decode()
    assert "Mi apellido se escribe Pérez" in html and "rosa.m@example.org" in html


def test_an_answered_request_offers_no_actions(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    item = rights_request()
    services.request_answer(request=item, actor=client.user)
    html = client.get(reverse("rights_staff:detail", args=[item.pk])).content.decode()
    assert reverse("rights_staff:refuse", args=[item.pk]) not in html
    assert client.get(reverse("rights_staff:refuse", args=[item.pk])).status_code == 403
