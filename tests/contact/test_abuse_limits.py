"""The contact point's abuse controls: a per-connection limit checked before she writes
anything, a per-contact limit in the service, nothing refused at the last step."""

import pytest
from django.test import Client

from acoge.contact import services
from acoge.contact.errors import ContactError
from acoge.contact.models import ContactRequest
from acoge.core.scoping import scopes_disabled
from tests.contact.test_public import ROSA, send, step

pytestmark = pytest.mark.django_db


def test_women_on_one_connection_can_all_write_and_a_flood_is_stopped_at_the_first_question(
    settings,
):
    settings.ACOGE_RATE_LIMITS = {"contact.start": 3}
    for number in range(3):
        client = Client(REMOTE_ADDR="198.51.100.41")
        send(client, {"como": {**ROSA["como"], "email": f"m{number}@example.org"}})
    late = Client(REMOTE_ADDR="198.51.100.41")
    first = late.get(step("tema", "en"))
    assert first.status_code == 429 and "Retry-After" in first
    html = first.content.decode()
    assert "You have not typed anything yet, so nothing is lost" in html
    assert "Other ways to reach us" in html and "siac.interior.gob.cl" in html
    assert 'href="/en/mujer-migrante/"' in html, "the programme's activities, in person"
    assert 'name="topic"' not in html
    assert late.post(step("tema"), {"topic": "violence"}).status_code == 429
    with scopes_disabled():
        assert ContactRequest.objects.count() == 3


def request_from(email: str):
    return services.request_create(
        topic="work",
        region=None,
        preferences={"methods": ["email"], "write": "yes", "days": [], "times": []},
        language="es",
        email=email,
    )


def test_one_contact_writing_again_and_again_is_told_there_is_no_need(settings):
    settings.ACOGE_RATE_LIMITS = {"contact.request.contact": 2}
    request_from("ana@example.org")
    request_from("ana@example.org")
    with pytest.raises(ContactError) as refused:
        request_from("ana@example.org")
    assert "no es necesario que escribas de nuevo" in str(refused.value.message)
    request_from("otra@example.org")
