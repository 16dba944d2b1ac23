"""The OpenAPI schema tells a partner every answer she can get: each status the registration
endpoint really sends is documented, with the error body's shape, and a 429's Retry-After; the
fields the service checks are constrained in the schema, so a client can check before sending."""

import json

import pytest

from tests.api.test_errors_and_guards import BODY, url
from tests.workshops.test_registration import make_workshop

pytestmark = pytest.mark.django_db

OPERATION = ("/api/talleres/{workshop_id}/inscripciones", "post")


@pytest.fixture
def schema(client) -> dict:
    return client.get("/api/openapi.json").json()


def documented(schema: dict) -> dict:
    path, method = OPERATION
    return schema["paths"][path][method]["responses"]


def answers_of_every_kind(client) -> dict[int, object]:
    """One real response for each status the endpoint answers (each from its own address, but
    the 429s, so the anonymous limit of 5 an hour is met only where it is meant to be)."""
    open_one = make_workshop(capacity=50)
    full = make_workshop(capacity=1, waitlist_enabled=False)
    addresses = iter(range(1, 250))

    def post(*args, **kwargs):
        return client.post(*args, REMOTE_ADDR=f"10.0.0.{next(addresses)}", **kwargs)

    answers = {
        201: post(url(open_one.pk), BODY, content_type="application/json"),
        200: post(url(open_one.pk), BODY, content_type="application/json"),
        400: post(url(open_one.pk), "{not json", content_type="application/json"),
        401: post(
            url(open_one.pk),
            BODY,
            content_type="application/json",
            headers={"authorization": "Bearer not-a-key"},
        ),
        403: post(
            url(open_one.pk),
            BODY,
            content_type="application/json",
            headers={"origin": "https://elsewhere.example", "sec-fetch-site": "cross-site"},
        ),
        404: post(url(2**70), BODY, content_type="application/json"),
        413: post(
            url(open_one.pk),
            json.dumps({**BODY, "accessibility_needs": "x" * 200_000}),
            content_type="application/json",
        ),
        415: post(url(open_one.pk), json.dumps(BODY), content_type="text/plain"),
        422: post(url(open_one.pk), {**BODY, "channel": "fax"}, content_type="application/json"),
    }
    post(url(full.pk), {**BODY, "phone": "+56 9 8765 4321"}, content_type="application/json")
    answers[409] = post(
        url(full.pk), {**BODY, "phone": "+56 9 8765 4322"}, content_type="application/json"
    )
    for n in range(10):  # the anonymous limit of one address: 5 an hour
        answers[429] = client.post(
            url(open_one.pk),
            {**BODY, "phone": f"+56 9 8766 {n:04d}"},
            content_type="application/json",
            REMOTE_ADDR="10.0.1.1",
        )
    return answers


def test_every_status_the_registration_endpoint_answers_is_documented(client, schema):
    responses = documented(schema)
    answers = answers_of_every_kind(client)
    for status, response in answers.items():
        assert response.status_code == status, (status, response.content[:200])
        assert str(status) in responses, f"{status} is answered but not in the schema"
        assert response["Content-Type"].startswith("application/json")
    for status in {400, 401, 403, 404, 409, 413, 415, 422, 429}:
        body = answers[status].json()
        assert isinstance(body["detail"], str) and body["detail"], status
        content = responses[str(status)]["content"]["application/json"]["schema"]
        assert content["$ref"].endswith("/Error"), status


def test_a_429_documents_and_sends_retry_after(client, schema):
    header = documented(schema)["429"]["headers"]["Retry-After"]
    assert header["required"] is True and header["schema"]["type"] == "integer"
    answers = answers_of_every_kind(client)
    assert int(answers[429]["Retry-After"]) >= header["schema"]["minimum"]


def test_the_fields_the_service_checks_are_constrained_in_the_schema(schema):
    shapes = schema["components"]["schemas"]
    by_phone, by_email = shapes["ByPhone"]["properties"], shapes["ByEmail"]["properties"]
    assert by_phone["channel"]["enum"] == ["sms", "whatsapp"]
    assert by_email["channel"]["const"] == "email"
    assert "phone" in shapes["ByPhone"]["required"] and "email" in shapes["ByEmail"]["required"]
    for shape in (by_phone, by_email):
        assert shape["language"]["enum"] == ["es", "en", "ht"]
        ages = shape["children_ages"]
        assert (ages["items"]["minimum"], ages["items"]["maximum"]) == (0, 17)
        assert ages["maxItems"] >= 1
        assert shape["interpreter_language"]["maxLength"] <= 40
        assert "\\u0000" in shape["name"]["pattern"], "control characters are refused"
    for shape in ("ByPhone", "ByEmail"):
        assert shapes[shape]["additionalProperties"] is False
