"""The registry of organisations as a representative uses it: the public list (accepted
organisations only, never a representative), applying a question a page, the code sent to her
address, her organisation's page (documents, renewal), and signing in later. Pages that show
what she typed are never cached or stored."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from acoge.council.models import Organisation
from tests.factories import PDF_BYTES, RUTS, organisation

pytestmark = pytest.mark.django_db

ROSA = "rosa@fundacion.example.org"


def page(name: str, lang: str = "es", **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"council:{name}", kwargs=kwargs)


def step(name: str, lang: str = "es") -> str:
    return page("apply-step", lang, step=name)


def the_code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def apply(client, captured, **about) -> None:
    about = {
        "name": "Fundación Puentes",
        "legal_form": "foundation",
        "rut": "65.000.001-3",
        **about,
    }
    assert client.post(step("organizacion"), about).status_code == 302
    place = {"region": "13", "category": "ong", "description": "Orientación legal."}
    assert client.post(step("lugar"), place).status_code == 302
    who = {"representative_name": "Rosa Joseph", "email": ROSA, "phone": "9 6123 4567"}
    assert client.post(step("representante"), who).status_code == 302
    review = client.get(step("revisar"))
    assert review.status_code == 200 and "65.000.001-3" in review.content.decode()
    with captured(execute=True):
        response = client.post(step("revisar"), {})
    assert response.status_code == 302 and response.url == page("code")


def test_the_public_list_shows_accepted_organisations_only_and_no_representative(client):
    organisation("accepted", name="Red Acoge Norte", representative_name="Rosa Joseph")
    organisation("applied", rut=RUTS[1], name="Colectivo En Espera")
    organisation("rejected", rut=RUTS[2], name="Asociación Rechazada")
    for lang in ("es", "en", "ht"):
        html = client.get(page("list", lang)).content.decode()
        assert "Red Acoge Norte" in html
        assert "Colectivo En Espera" not in html and "Asociación Rechazada" not in html
        assert "Rosa Joseph" not in html and "fundacion.example.org" not in html


def test_the_public_list_filters_by_region_and_group_and_ignores_unknown_values(client):
    organisation("accepted", name="Red Acoge Norte")
    html = client.get(page("list"), {"region": "02"}).content.decode()
    assert "Red Acoge Norte" not in html
    html = client.get(page("list"), {"region": "13", "categoria": "ong"}).content.decode()
    assert "Red Acoge Norte" in html
    odd = client.get(page("list"), {"region": "<x>", "categoria": "'", "page": "9999"})
    assert odd.status_code == 200 and "Red Acoge Norte" in odd.content.decode()


def test_a_wrong_rut_is_explained_on_its_page_and_keeps_what_she_typed(client):
    response = client.post(
        step("organizacion"),
        {"name": "Fundación Puentes", "legal_form": "foundation", "rut": "65.000.001-4"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "RUT" in html and 'value="Fundación Puentes"' in html and "65.000.001-4" in html


def test_applying_confirming_the_address_and_uploading_a_document(
    client, django_capture_on_commit_callbacks
):
    apply(client, django_capture_on_commit_callbacks)
    applied = Organisation.objects.get()
    assert applied.email_confirmed_at is None
    response = client.post(page("code"), {"code": the_code()})
    assert response.status_code == 302 and response.url == page("mine")
    mine = client.get(page("mine"))
    assert "no-store" in mine["Cache-Control"]
    assert "Fundación Puentes" in mine.content.decode()
    applied.refresh_from_db()
    assert applied.email_confirmed_at is not None

    upload = SimpleUploadedFile("vigencia.pdf", PDF_BYTES, content_type="application/pdf")
    prefix = f"o{applied.pk}"
    response = client.post(
        page("document-add", pk=applied.pk),
        {f"{prefix}-kind": "validity", f"{prefix}-file": upload},
    )
    assert response.status_code == 302
    document = applied.documents.get()
    download = client.get(page("document-file", pk=applied.pk, document=document.pk))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF_BYTES
    assert Organisation.objects.to_review().filter(pk=applied.pk).exists()


def test_a_file_that_is_not_a_document_is_refused_with_a_message(
    client, django_capture_on_commit_callbacks
):
    found = organisation(email=ROSA, documents=0)
    sign_in(client, django_capture_on_commit_callbacks)
    prefix = f"o{found.pk}"
    fake = SimpleUploadedFile(
        "vigencia.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = client.post(
        page("document-add", pk=found.pk), {f"{prefix}-kind": "validity", f"{prefix}-file": fake}
    )
    assert response.status_code == 400
    assert 'class="ac-error-summary' in response.content.decode()
    assert not found.documents.exists()


def sign_in(client, captured, email: str = ROSA) -> None:
    with captured(execute=True):
        response = client.post(page("sign-in"), {"email": email})
    assert response.status_code == 302 and response.url == page("code")
    assert client.post(page("code"), {"code": the_code()}).status_code == 302


def test_signing_in_later_shows_only_her_organisations(client, django_capture_on_commit_callbacks):
    hers = organisation("accepted", email=ROSA, name="Fundación Puentes")
    organisation("accepted", rut=RUTS[1], email="otra@example.org", name="Otra Organización")
    sign_in(client, django_capture_on_commit_callbacks)
    html = client.get(page("mine")).content.decode()
    assert "Fundación Puentes" in html and "Otra Organización" not in html
    document = hers.documents.get()
    other = Organisation.objects.get(name="Otra Organización")
    assert client.get(page("document-file", pk=other.pk, document=document.pk)).status_code == 404
    assert (
        client.get(
            page("document-file", pk=other.pk, document=other.documents.get().pk)
        ).status_code
        == 404
    )


def test_an_unknown_address_gets_the_same_code_page_and_nothing_is_sent(client):
    response = client.post(page("sign-in"), {"email": "nadie@example.org"})
    assert response.status_code == 302 and response.url == page("code")
    assert mail.outbox == []
    assert client.post(page("code"), {"code": "123456"}).status_code == 200
    assert client.get(page("mine")).status_code == 302


def test_she_renews_from_her_page_when_the_end_is_near(client, django_capture_on_commit_callbacks):
    ends = timezone.localdate() + timezone.timedelta(days=20)
    found = organisation("accepted", email=ROSA, valid_until=ends)
    sign_in(client, django_capture_on_commit_callbacks)
    assert "renovar" in client.get(page("mine")).content.decode()
    assert client.post(page("renew", pk=found.pk)).status_code == 302
    found.refresh_from_db()
    assert found.renewal_requested_at is not None


def test_signing_out_ends_her_access(client, django_capture_on_commit_callbacks):
    organisation(email=ROSA)
    sign_in(client, django_capture_on_commit_callbacks)
    assert client.get(page("mine")).status_code == 200
    client.post(page("sign-out"))
    assert client.get(page("mine")).status_code == 302


def test_her_access_ends_after_the_sign_in_minutes(
    client, django_capture_on_commit_callbacks, settings
):
    organisation(email=ROSA)
    sign_in(client, django_capture_on_commit_callbacks)
    settings.ACOGE_COUNCIL_SIGN_IN_MINUTES = 0
    assert client.get(page("mine")).status_code == 302
