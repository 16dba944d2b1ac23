"""The open data API: upcoming workshops with seats left; registration by partner channels."""

import pytest

from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Registration, Workshop
from tests.workshops.test_registration import make_workshop

EN = {"accept-language": "en"}


@pytest.mark.django_db
def test_upcoming_workshops_are_listed_with_seats_left_and_drafts_are_not(client):
    open_one = make_workshop(capacity=3)
    make_workshop(status=Workshop.Status.DRAFT, title="Borrador")
    data = client.get("/api/talleres").json()
    assert [w["id"] for w in data] == [open_one.pk]
    assert data[0]["seats_left"] == 3 and data[0]["region_cut_code"] == "13"


@pytest.mark.django_db
def test_registering_for_a_draft_or_unknown_workshop_is_not_found(client):
    draft = make_workshop(status=Workshop.Status.DRAFT)
    body = {"name": "Marie", "phone": "9 6123 4567", "channel": "sms"}
    for workshop_id in (draft.pk, draft.pk + 1000):
        response = client.post(
            f"/api/talleres/{workshop_id}/inscripciones", body, content_type="application/json"
        )
        assert response.status_code == 404
    with scopes_disabled():
        assert not Registration.objects.exists()


@pytest.mark.django_db
def test_a_partner_registers_a_person_and_gets_her_reference_and_status(client):
    workshop = make_workshop(capacity=1)
    body = {"name": "Marie", "phone": "9 6123 4567", "channel": "whatsapp", "messages_safe": True}
    first = client.post(
        f"/api/talleres/{workshop.pk}/inscripciones",
        body,
        content_type="application/json",
        headers=EN,
    )
    assert first.status_code == 201
    assert first.json()["status"] == "confirmed" and len(first.json()["reference"]) == 6
    again = client.post(
        f"/api/talleres/{workshop.pk}/inscripciones",
        body,
        content_type="application/json",
        headers=EN,
    )
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["reference"] is None, "knowing a phone number must not reveal a code"
    assert again.json()["status"] is None
    other = {**body, "phone": "+56 9 8765 4321"}
    waiting = client.post(
        f"/api/talleres/{workshop.pk}/inscripciones",
        other,
        content_type="application/json",
        headers=EN,
    )
    assert waiting.json()["status"] == "waitlisted"
    with scopes_disabled():
        assert Registration.objects.get(reference=first.json()["reference"]).phone == "+56961234567"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"phone": "12"}, "phone"),
        ({"phone": "+56 2 0000 0000"}, "phone"),  # the shape of a number, but none exists
        ({"channel": "fax"}, "channel"),
        ({"phone": "", "email": "not-an-email", "channel": "email"}, "email"),
        ({"phone": ""}, "phone"),  # text messages need her phone
        ({"children_ages": [3, 18]}, "children_ages.1"),
        ({"children_ages": ["3"]}, "children_ages.0"),
        ({"name": " "}, "name"),
        ({"language": "fr"}, "language"),
        ({"interpreter_language": "x" * 41}, "interpreter_language"),
        ({"nickname": "Ana"}, "nickname"),
    ],
)
def test_bad_input_is_refused_naming_its_field_and_nothing_is_saved(client, change, field):
    workshop = make_workshop()
    body = {"name": "Ana", "phone": "+56 9 6123 4567", "channel": "sms", **change}
    response = client.post(
        f"/api/talleres/{workshop.pk}/inscripciones",
        body,
        content_type="application/json",
        headers=EN,
    )
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == [field]
    assert response.json()["detail"].startswith(f"{field}: ")
    with scopes_disabled():
        assert not Registration.objects.exists()


@pytest.mark.django_db
def test_without_a_key_an_address_registers_five_people_an_hour(client):
    workshop = make_workshop(capacity=100)
    responses = [
        client.post(
            f"/api/talleres/{workshop.pk}/inscripciones",
            {"name": "X", "phone": f"+5699876{n:04d}", "channel": "sms"},
            content_type="application/json",
            headers=EN,
        )
        for n in range(6)
    ]
    assert [r.status_code for r in responses] == [201] * 5 + [429]
    assert int(responses[-1]["Retry-After"]) > 0
    assert "API key" in responses[-1].json()["detail"]
    with scopes_disabled():
        assert Registration.objects.count() == 5


@pytest.mark.django_db
def test_the_openapi_schema_documents_the_workshop_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/talleres" in paths and "/api/talleres/{workshop_id}/inscripciones" in paths


@pytest.mark.django_db
def test_a_null_character_is_refused_plainly_and_nothing_is_stored(client):
    workshop = make_workshop(capacity=3)
    body = {"name": "Ma\x00rie", "phone": "9 6123 4567", "channel": "sms"}
    response = client.post(
        f"/api/talleres/{workshop.pk}/inscripciones", body, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "name"
    assert "control characters" in response.json()["detail"]
    with scopes_disabled():
        assert not Registration.objects.exists()


@pytest.mark.django_db
def test_a_null_character_in_a_filter_is_dropped_not_a_server_error(client):
    workshop = make_workshop(capacity=3)
    listed = client.get("/api/talleres?region=1%003&topic=%00")
    assert listed.status_code == 200
    assert [w["id"] for w in listed.json()] == [workshop.pk], "region 13 once the NUL is gone"
