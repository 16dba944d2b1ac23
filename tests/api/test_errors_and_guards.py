"""Writes take JSON from partners' servers only; every error is JSON, in one language."""

import json

import pytest

from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Registration, Workshop
from tests.workshops.test_registration import make_workshop

BODY = {"name": "Marie", "phone": "+56 9 6123 4567", "channel": "sms"}


def url(workshop_id) -> str:
    return f"/api/talleres/{workshop_id}/inscripciones"


def nobody_registered() -> bool:
    with scopes_disabled():
        return not Registration.objects.exists()


@pytest.mark.django_db
def test_a_cross_site_form_posting_text_plain_is_refused_and_registers_nobody(client):
    """What a plain HTML form or a no-preflight fetch on any website sends."""
    workshop = make_workshop()
    response = client.post(
        url(workshop.pk),
        json.dumps(BODY),
        content_type="text/plain",
        headers={"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
    assert nobody_registered()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": "http://testserver.evil.example"},
    ],
)
def test_json_sent_from_another_sites_page_is_refused(client, headers):
    response = client.post(
        url(make_workshop().pk), BODY, content_type="application/json", headers=headers
    )
    assert response.status_code == 403 and response.json()["detail"]
    assert nobody_registered()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers", [{}, {"origin": "http://testserver"}, {"sec-fetch-site": "same-origin"}]
)
def test_a_partners_server_or_this_site_may_write(client, headers):
    response = client.post(
        url(make_workshop().pk), BODY, content_type="application/json", headers=headers
    )
    assert response.status_code == 201


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""],
)
def test_a_write_that_is_not_json_is_refused_with_415(client, content_type):
    response = client.generic(
        "POST", url(make_workshop().pk), json.dumps(BODY), content_type=content_type
    )
    assert response.status_code == 415 and response.json()["detail"]
    assert nobody_registered()


@pytest.mark.django_db
def test_json_with_a_charset_is_json(client):
    response = client.post(
        url(make_workshop().pk), BODY, content_type="application/json; charset=utf-8"
    )
    assert response.status_code == 201


@pytest.mark.django_db
@pytest.mark.parametrize("workshop_id", [2**63, 2**64 + 5, 10**40, 0, -1])
def test_an_id_no_column_can_hold_is_not_found_as_json(client, workshop_id):
    response = client.post(url(workshop_id), BODY, content_type="application/json")
    assert response.status_code == 404
    assert response.json()["detail"] == "This workshop does not exist."


@pytest.mark.django_db
def test_an_id_that_is_not_a_number_is_refused_as_json(client):
    response = client.post(url("abc"), BODY, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "workshop_id"


@pytest.mark.django_db
def test_a_10_mb_body_answers_413_as_json(client):
    body = json.dumps({**BODY, "accessibility_needs": "x" * 10_000_000})
    response = client.post(url(make_workshop().pk), body, content_type="application/json")
    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    assert nobody_registered()


@pytest.mark.django_db
def test_a_body_over_djangos_own_limit_without_a_length_answers_413_as_json(client, settings):
    """Django's DATA_UPLOAD_MAX_MEMORY_SIZE, should a body get past the API's own limit."""
    from acoge.api import auth

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    original, auth.MAX_BODY = auth.MAX_BODY, 10**9
    try:
        body = json.dumps({**BODY, "accessibility_needs": "x" * 200})
        response = client.post(url(make_workshop().pk), body, content_type="application/json")
    finally:
        auth.MAX_BODY = original
    assert response.status_code == 413 and response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("body", ['{"name": "Marie",', "[1, 2", "\xff", "{'name': 1}"])
def test_malformed_json_answers_400_as_json(client, body):
    response = client.post(url(make_workshop().pk), body, content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json" and response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["[]", '"Marie"', "null", "3"])
def test_json_that_is_not_an_object_is_refused_as_json(client, body):
    response = client.post(url(make_workshop().pk), body, content_type="application/json")
    assert response.status_code == 422 and response.json()["detail"]


@pytest.mark.django_db
def test_unknown_addresses_and_methods_answer_json(client):
    missing = client.get("/api/no-such-thing")
    assert missing.status_code == 404 and missing.json()["detail"]
    posted = client.post("/api/no-such-thing", {}, content_type="application/json")
    assert posted.status_code == 404 and posted.json()["detail"]
    wrong = client.delete("/api/talleres")
    assert wrong.status_code == 405 and wrong.json()["detail"]
    assert wrong["Allow"] == "GET"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("", "This workshop does not exist."),
        ("es", "Este taller no existe."),
        ("es-CL,es;q=0.9,en;q=0.5", "Este taller no existe."),
        ("ht", "Atelye sa a pa egziste."),
        ("fr, en;q=0.8", "This workshop does not exist."),
        ("de", "This workshop does not exist."),
    ],
)
def test_errors_are_in_the_language_accept_language_asks_for_english_by_default(
    client, language, expected
):
    draft = make_workshop(status=Workshop.Status.DRAFT)
    headers = {"accept-language": language} if language else {}
    response = client.post(url(draft.pk), BODY, content_type="application/json", headers=headers)
    assert response.status_code == 404
    assert response.json()["detail"] == expected
    assert response["Content-Language"] == (language[:2] if expected[0] != "T" else "en")


@pytest.mark.django_db
def test_a_refusal_of_the_service_is_in_spanish_for_a_spanish_caller(client):
    full = make_workshop(capacity=1, waitlist_enabled=False)
    client.post(url(full.pk), BODY, content_type="application/json")
    refused = client.post(
        url(full.pk),
        {**BODY, "phone": "+56 9 8765 4321"},
        content_type="application/json",
        headers={"accept-language": "es"},
    )
    assert refused.status_code == 409
    assert refused.json()["detail"] == "Este taller ya no tiene cupos."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["region=99", "region=Biob%C3%ADo", "topic=astrology", "lang=fr", "region=13&topic=x"]
)
def test_an_unknown_region_or_topic_filter_is_refused_alike(client, query):
    make_workshop()
    response = client.get(f"/api/talleres?{query}")
    assert response.status_code == 422 and response.json()["errors"]


@pytest.mark.django_db
def test_known_filters_and_no_filter_list_workshops(client):
    workshop = make_workshop()
    for query in ("", "region=13", "region=", "topic=", "lang=ht"):
        assert [w["id"] for w in client.get(f"/api/talleres?{query}").json()] == [workshop.pk]
    assert client.get("/api/talleres?region=08").json() == []
    assert client.get("/api/talleres?topic=health").json() == []
