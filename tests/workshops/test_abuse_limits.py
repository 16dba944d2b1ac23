"""Nobody honest is turned away after answering everything: the per-connection limit is checked
before the first answer, the per-contact and per-workshop limits live in the service whoever
calls it, and a flood is stopped before its first answer."""

import pytest
from django.test import Client

from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from acoge.workshops.models import Registration
from tests.workshops.test_public import MARIE, make_workshop, step_url

pytestmark = pytest.mark.django_db

SHARED_WIFI = "198.51.100.40"


def woman(number: int) -> dict:
    return {
        **MARIE,
        "nombre": {"name": f"Mujer {number}"},
        "contacto": {"how": "phone", "phone": f"9 6100 {number:04d}"},
    }


def register(client: Client, workshop, answers: dict):
    for step, data in answers.items():
        assert client.get(step_url(workshop, step)).status_code == 200, step
        response = client.post(step_url(workshop, step), data)
        assert response.status_code == 302, step
    return client.post(step_url(workshop, "revisar"), {})


def test_forty_women_on_one_connection_all_get_through():
    workshop = make_workshop(capacity=40)
    for number in range(40):
        response = register(Client(REMOTE_ADDR=SHARED_WIFI), workshop, woman(number))
        assert response.status_code == 302, number
    with scopes_disabled():
        assert Registration.objects.filter(status="confirmed").count() == 40


def test_a_script_flooding_one_workshop_is_stopped_before_its_first_answer(settings):
    settings.ACOGE_RATE_LIMITS = {"workshops.start.workshop": 3}
    workshop, other = make_workshop(), make_workshop()
    script = [Client(REMOTE_ADDR="203.0.113.9") for _ in range(5)]
    for client in script[:3]:
        assert client.post(step_url(workshop, "nombre"), {"name": "x"}).status_code == 302

    first_question = script[3].get("/en" + step_url(workshop, "nombre")[3:])
    assert first_question.status_code == 429
    assert int(first_question["Retry-After"]) > 0
    html = first_question.content.decode()
    assert "You have not typed anything yet, so nothing is lost" in html
    assert 'name="name"' not in html, "no question is shown: she is told before answering"
    assert 'href="/en/mujer-migrante/"' in html, "what she can do instead"
    assert "register you at the door" in html

    refused = script[4].post(step_url(workshop, "nombre"), {"name": "x"})
    assert refused.status_code == 429
    assert "workshops.registration" not in script[4].session, "nothing was kept"
    # Another workshop, from the same connection, is still open to her.
    assert script[3].get(step_url(other, "nombre")).status_code == 200


def test_a_journey_she_started_is_never_refused_later_for_her_connection(settings):
    workshop = make_workshop(capacity=10)
    mine = Client(REMOTE_ADDR=SHARED_WIFI)
    answers = woman(1)
    steps = list(answers.items())
    mine.post(step_url(workshop, steps[0][0]), steps[0][1])
    settings.ACOGE_RATE_LIMITS = {"workshops.start": 0, "workshops.start.workshop": 0}
    for step, data in steps[1:]:
        assert mine.post(step_url(workshop, step), data).status_code == 302
    assert mine.post(step_url(workshop, "revisar"), {}).status_code == 302
    with scopes_disabled():
        assert Registration.objects.count() == 1


def test_failed_attempts_at_the_last_step_do_not_use_up_anything():
    workshop = make_workshop(capacity=5)
    client = Client(REMOTE_ADDR=SHARED_WIFI)
    for step, data in MARIE.items():
        client.post(step_url(workshop, step), data)
    for _ in range(30):  # a robot's honeypot, or her own mistakes
        client.post(step_url(workshop, "revisar"), {"website": "x"})
    assert client.post(step_url(workshop, "revisar"), {}).status_code == 302


def registration(workshop, phone: str):
    return services.registration_create(
        workshop=workshop, name="Ana", phone=phone, channel="sms", messages_safe=False
    )


def test_one_contact_cannot_register_more_than_the_limit_whoever_sends_it(settings):
    settings.ACOGE_RATE_LIMITS = {"workshops.register.contact": 3}
    workshops = [make_workshop() for _ in range(4)]
    for workshop in workshops[:3]:
        assert registration(workshop, "+56961110000").created
    with pytest.raises(services.TooManyAttempts) as refused:
        registration(workshops[3], "+56961110000")
    assert "punto de contacto" in str(refused.value.message)
    assert registration(workshops[3], "+56961110001").created, "another woman is not affected"


def test_one_workshop_cannot_take_more_than_the_limit_in_an_hour(settings):
    settings.ACOGE_RATE_LIMITS = {"workshops.register.workshop": 2}
    workshop = make_workshop(capacity=10)
    registration(workshop, "+56961110002")
    registration(workshop, "+56961110003")
    with pytest.raises(services.TooManyAttempts):
        registration(workshop, "+56961110004")
    assert registration(make_workshop(), "+56961110004").created


def test_staff_at_the_door_are_not_counted(settings):
    settings.ACOGE_RATE_LIMITS = {"workshops.register.workshop": 0}
    workshop = make_workshop(capacity=3)
    result = services.registration_create(
        workshop=workshop,
        name="Rose",
        phone="+56961110005",
        channel="sms",
        messages_safe=False,
        walk_in=True,
    )
    assert result.created
