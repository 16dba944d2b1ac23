"""The registry's staff pages: the tabs, an application (every opening and every document
downloaded audit-logged), accepting it (the public list shows it at once, even from the page
cache) and turning it down with a reason, which loses nothing typed when it is missing."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from acoge.accounts.models import Role
from acoge.core import page_cache
from acoge.core.models import AuditEntry
from acoge.council.models import Organisation
from tests.factories import PDF_BYTES, RUTS, organisation

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs) -> str:
    return reverse(f"council_staff:{name}", kwargs=kwargs)


def test_the_review_tab_lists_confirmed_applications_and_renewals_only(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    organisation(name="Confirmada")
    organisation(rut=RUTS[1], name="Sin Confirmar", email_confirmed_at=None)
    organisation("accepted", rut=RUTS[2], name="Ya Aceptada")
    html = client.get(url("organisations")).content.decode()
    assert "Confirmada" in html and "Sin Confirmar" not in html and "Ya Aceptada" not in html
    html = client.get(url("organisations"), {"ver": "sin-confirmar"}).content.decode()
    assert "Sin Confirmar" in html and "Confirmada</a>" not in html
    html = client.get(url("organisations"), {"ver": "todas", "q": "65.000.002"}).content.decode()
    assert "Sin Confirmar" in html and "Ya Aceptada" not in html


def test_opening_an_application_and_its_documents_is_audit_logged(staff_client):
    client = staff_client(Role.COSOC_SECRETARY)
    found = organisation()
    response = client.get(url("organisation", pk=found.pk))
    assert response.status_code == 200 and "Rosa Joseph" in response.content.decode()
    document = found.documents.get()
    download = client.get(url("document", pk=found.pk, document=document.pk))
    assert b"".join(download.streaming_content) == PDF_BYTES
    reads = AuditEntry.objects.filter(action="council.organisation.read", object_id=str(found.pk))
    assert reads.count() == 2 and {entry.actor for entry in reads} == {client.user}


def test_a_document_of_another_organisation_is_not_found(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    one = organisation()
    other = organisation(rut=RUTS[1])
    missing = url("document", pk=one.pk, document=other.documents.get().pk)
    assert client.get(missing).status_code == 404


def test_accepting_shows_the_organisation_on_the_cached_public_list_at_once(
    staff_client, settings, django_capture_on_commit_callbacks
):
    settings.ACOGE_PAGE_CACHE = True
    caches[page_cache.ALIAS].clear()
    found = organisation(name="Recién Aceptada")
    public = "/es/participacion/organizaciones/"
    assert "Recién Aceptada" not in Client().get(public).content.decode()
    with CaptureQueriesContext(connection) as queries:
        Client().get(public)
    assert not queries.captured_queries, "the list is served from the cache"
    client = staff_client(Role.ENGAGEMENT)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("accept", pk=found.pk))
    assert response.status_code == 302
    assert "Recién Aceptada" in Client().get(public).content.decode()
    caches[page_cache.ALIAS].clear()


def test_turning_down_without_a_reason_says_so(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    found = organisation()
    response = client.post(url("reject", pk=found.pk), {"reason": ""})
    assert response.status_code == 200 and 'class="ac-error-summary' in response.content.decode()
    found.refresh_from_db()
    assert found.status == Organisation.Status.APPLIED
    response = client.post(url("reject", pk=found.pk), {"reason": "Falta la vigencia."})
    assert response.status_code == 302
    found.refresh_from_db()
    assert found.status == Organisation.Status.REJECTED and found.reason == "Falta la vigencia."


def test_nothing_to_decide_once_decided(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    found = organisation("accepted")
    assert client.post(url("accept", pk=found.pk)).status_code == 403
    assert client.get(url("reject", pk=found.pk)).status_code == 403
    assert (
        "Accept in the registry"
        not in client.get(url("organisation", pk=found.pk)).content.decode()
    )
