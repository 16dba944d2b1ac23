"""The public contact point, as she uses it: the start page, one question per page, check and
send, the confirmation with a private link, the status page, finding and withdrawing."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from acoge.accounts.models import Role
from acoge.contact import services
from acoge.contact.models import ContactRequest, Note, StatsAnswer
from acoge.core.scoping import scopes_disabled
from tests.contact.test_services import make_handler, reloaded
from tests.factories import attempt

pytestmark = pytest.mark.django_db

# Names of form controls that would ask about her status, her papers or where she lives.
FORBIDDEN_INPUT = re.compile(
    r'<(?:input|select|textarea)[^>]*\bname="[^"]*'
    r"(?:status|estado|estatus|rut|passport|pasaporte|document|cedula|dni|visa|"
    r"address|direccion|domicilio|id_number|identity_card)",
    re.IGNORECASE,
)

ROSA = {
    "tema": {"topic": "violence"},
    "region": {"region": "08"},
    "mensaje": {"message": "Necesito orientación, por favor."},
    "como": {
        "methods": ["call", "email"],
        "phone": "9 6123 4567",
        "email": "rosa.m@example.org",
        "name": "Rosa",
    },
    "seguridad": {
        "call": "yes",
        "voicemail": "no",
        "write": "yes",
        "days": ["1", "3"],
        "times": ["morning"],
        "say": "Llamo del consultorio por su hora.",
        "avoid": "No mencionar la oficina.",
    },
    "idioma": {"language": "es"},
}


def page(name: str, lang: str = "es", **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"contact:{name}", kwargs=kwargs)


def step(name: str, lang: str = "es") -> str:
    return page("step", lang, step=name)


def answer_every_question(client, answers: dict | None = None, lang: str = "es") -> list[str]:
    """Walk the question pages as she would; return the HTML of each page, check page last."""
    answers = {**ROSA, **(answers or {})}
    pages = []
    for name, data in answers.items():
        shown = client.get(step(name, lang))
        assert shown.status_code == 200, name
        pages.append(shown.content.decode())
        response = client.post(step(name, lang), data)
        assert response.status_code == 302, (name, response.content.decode()[-3000:])
    stats = client.get(step("estadisticas", lang))
    pages.append(stats.content.decode())
    assert client.post(step("estadisticas", lang), {"omitir": "1"}).status_code == 302
    review = client.get(step("revisar", lang))
    assert review.status_code == 200
    pages.append(review.content.decode())
    return pages


def send(client, answers: dict | None = None, lang: str = "es"):
    """Answer every question and send; return (confirmation page HTML, the request, pages)."""
    pages = answer_every_question(client, answers, lang)
    response = client.post(step("revisar", lang))
    assert response.status_code == 302 and response["Location"] == page("sent", lang)
    with scopes_disabled():
        request = ContactRequest.objects.latest("id")
    return client.get(response["Location"]).content.decode(), request, pages


def private_link(confirmation: str) -> str:
    return re.search(r'id="status-link" href="([^"]+)"', confirmation).group(1)


def status_of(client, link: str, lang: str = "en") -> str:
    """The status tag on her status page (the private link is in Spanish)."""
    html = client.get(f"/{lang}/" + link[4:]).content.decode()
    return re.search(r'class="ac-tag[^"]*">([^<]+)<', html).group(1)


# The start page --------------------------------------------------------------------------------


def test_the_start_page_shows_the_emergency_number_before_the_start_button(client):
    html = client.get(page("start")).content.decode()
    emergency = html.find('href="tel:133"')
    start = html.find(f'href="{step("tema")}"')
    assert emergency != -1 and start != -1
    assert emergency < start


def test_the_danger_box_names_133_149_and_1455_before_the_start_button(client):
    html = client.get(page("start")).content.decode()
    start = html.find(f'href="{step("tema")}"')
    for number in ("133", "149", "1455"):
        found = html.find(f'href="tel:{number}"')
        assert -1 < found < start, number


# Sending a request -----------------------------------------------------------------------------


def test_she_writes_to_us_page_by_page_and_follows_her_request_with_a_private_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        confirmation, request, pages = send(client)
    assert (request.topic, request.region.cut_code, request.intake) == ("violence", "08", "web")
    assert request.name == "Rosa" and request.message == "Necesito orientación, por favor."
    assert request.phone == "+56961234567" and request.email == "rosa.m@example.org"
    assert request.preferences["methods"] == ["call", "email"]
    assert request.preferences["days"] == [1, 3] and request.preferences["times"] == ["morning"]
    assert request.preferences["say"] == "Llamo del consultorio por su hora."
    assert request.language == "es" and request.created_by is None
    assert "contact.answers" not in client.session, "her answers left the session"
    review = pages[-1]
    others = [client.get(page(name)).content.decode() for name in ("start", "find")]
    for html in [*pages, *others]:
        assert not FORBIDDEN_INPUT.search(html), FORBIDDEN_INPUT.search(html)
    assert (
        "Rosa" in review and "rosa.m@example.org" in review and "No mencionar la oficina" in review
    )

    assert request.reference in confirmation
    link = private_link(confirmation)
    assert link.startswith("/es/mujer-migrante/contacto/estado/")
    assert status_of(client, link) == "New"
    assert status_of(client, link, "es") == "Nuevo"

    staff = make_handler(Role.GENDER_UNIT)
    services.request_take(request=request, actor=staff)
    assert status_of(client, link) == "In progress"
    services.request_close(request=reloaded(request), actor=staff, outcome="informed")
    closed = client.get("/en/" + link[4:]).content.decode()
    assert status_of(client, link) == "Closed"
    assert "Information or guidance given" not in closed, "the outcome is for staff"
    assert staff.username not in closed and "Test" not in closed, "so is who handled it"


def test_she_can_skip_the_statistics_or_answer_them_apart_from_her_request(client):
    send(client)
    assert not StatsAnswer.objects.exists()
    answer_every_question(client)
    client.post(step("estadisticas"), {"age_band": "30-44", "nationality_group": "HT"})
    client.post(step("revisar"))
    answer = StatsAnswer.objects.get()
    assert (answer.topic, answer.region.cut_code) == ("violence", "08")
    assert answer.age_band == "30-44" and answer.nationality_group == "HT"
    assert not any(f.related_model is ContactRequest for f in StatsAnswer._meta.get_fields())


def test_she_may_not_give_her_region(client):
    _confirmation, request, _pages = send(client, {"region": {"region": "ninguna"}})
    assert request.region is None and request.national_queue is True


def test_a_later_question_cannot_be_reached_before_the_earlier_ones(client):
    client.post(step("tema"), ROSA["tema"])
    response = client.get(step("revisar"))
    assert response.status_code == 302 and response["Location"] == step("region")
    assert client.get(step("no-existe")).status_code == 404


def test_a_filled_honeypot_sends_nothing(client):
    answer_every_question(client)
    response = client.post(step("revisar"), {"website": "http://spam.example"})
    assert response.status_code == 200
    with scopes_disabled():
        assert not ContactRequest.objects.exists()


# Wrong answers ---------------------------------------------------------------------------------


def test_no_way_to_contact_her_chosen_is_an_error(client):
    for name in ("tema", "region", "mensaje"):
        client.post(step(name), ROSA[name])
    response = client.post(step("como", "en"), {"phone": "9 6123 4567", "name": "Rosa"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select at least one way for us to contact you" in html
    assert 'value="9 6123 4567"' in html and 'value="Rosa"' in html


@pytest.mark.parametrize(
    ("data", "error", "kept"),
    [
        (
            {"methods": ["whatsapp"], "phone": "12 abc"},
            "Enter a phone number, like 9 1234 5678",
            ['value="12 abc"', 'value="whatsapp" checked'],
        ),
        (
            {"methods": ["email"], "email": "rosa@", "name": "Rosa"},
            "Enter an email address in the right form",
            ['value="rosa@"', 'value="email" checked', 'value="Rosa"'],
        ),
        ({"methods": ["sms"]}, "Enter your phone number", ['value="sms" checked']),
    ],
    ids=["invalid phone", "invalid email", "missing phone"],
)
def test_a_wrong_contact_detail_is_shown_with_what_she_typed(client, data, error, kept):
    for name in ("tema", "region", "mensaje"):
        client.post(step(name), ROSA[name])
    response = client.post(step("como", "en"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    for value in kept:
        assert value in html, value
    assert "como" not in client.session["contact.answers"]


def test_safety_answers_that_leave_no_safe_way_are_an_error_and_her_answers_stay(client):
    answers = {**ROSA, "como": {"methods": ["call"], "phone": "9 6123 4567"}}
    for name in ("tema", "region", "mensaje", "como"):
        client.post(step(name), answers[name])
    page_html = client.get(step("seguridad")).content.decode()
    assert 'name="call"' in page_html and 'name="write"' not in page_html, "only about calls"
    response = client.post(
        step("seguridad", "en"),
        {"call": "no", "voicemail": "no", "days": ["2"], "say": "Soy del colegio."},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "With these answers we have no safe way to contact you" in html
    assert 'value="Soy del colegio."' in html
    assert re.search(r'name="call" value="no"[^>]*checked', html)
    assert re.search(r'name="days" value="2"[^>]*checked', html)
    assert "seguridad" not in client.session["contact.answers"]


# The confirmation e-mail -----------------------------------------------------------------------


def mail_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def test_no_confirmation_email_is_sent_unless_she_asks(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        confirmation, request, _pages = send(client)
    assert request.confirmation_email is False
    assert mail_to("rosa.m@example.org") == []
    assert "rosa.m@example.org" not in confirmation


def test_the_confirmation_email_she_asks_for_is_discreet(
    client, django_capture_on_commit_callbacks
):
    como = {**ROSA["como"], "confirmation_email": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        _confirmation, request, _pages = send(client, {"como": como})
    assert request.confirmation_email is True
    [message] = mail_to("rosa.m@example.org")
    assert message.subject == "Tu código de referencia"
    assert message.from_email.startswith("Acoge <")
    assert request.reference in message.body
    # Her private link names nothing: not the programme, not the contact point.
    [link] = [line for line in message.body.splitlines() if line.startswith("https://")]
    assert link.startswith("https://acoge.test/es/s/"), message.body
    text = f"{message.subject}\n{message.body}".lower()
    for word in ("violencia", "violence", "riesgo", "migraciones", "sermig", "género", "mujer"):
        assert word not in text, word
    status = client.get(link.removeprefix("https://acoge.test"))
    assert status.status_code == 200 and request.reference in status.content.decode()
    for language in ("es", "en", "ht"):
        with translation.override(language):
            assert request.get_topic_display().lower() not in text


# Her request afterwards ------------------------------------------------------------------------


def test_she_finds_her_request_with_its_reference_and_her_phone(client):
    _confirmation, request, _pages = send(client)
    found = client.post(
        page("find", "en"), {"reference": request.reference.lower(), "contact": "+56 9 6123 4567"}
    )
    assert found.status_code == 200
    assert request.reference in found.content.decode() and "New" in found.content.decode()
    by_email = client.post(
        page("find", "en"), {"reference": request.reference, "contact": "Rosa.M@example.org"}
    )
    assert request.reference in by_email.content.decode()


def test_a_wrong_contact_is_not_found_and_what_she_typed_stays(client):
    _confirmation, request, _pages = send(client)
    response = client.post(
        page("find", "en"), {"reference": request.reference, "contact": "9 9999 9999"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "We could not find a request with this reference code" in html
    assert f'value="{request.reference}"' in html
    assert 'value="9 9999 9999"' in html
    assert "Withdraw my request" not in html


def test_withdrawing_through_the_private_link_erases_her_details_and_the_link(client):
    confirmation, request, _pages = send(client)
    link = private_link(confirmation)
    staff = make_handler(Role.GENDER_UNIT)
    services.note_add(request=request, actor=staff, text="Llamar el martes")
    attempt(request=request, actor=staff, channel="call", result="no_answer", note="Sin respuesta")
    withdraw = page("withdraw", token=link.rstrip("/").rsplit("/", 1)[1])
    assert withdraw == link + "retirar/"
    assert client.get(withdraw).status_code == 200
    response = client.post(withdraw)
    assert response.status_code == 302 and response["Location"] == page("withdrawn")

    erased = reloaded(request)
    assert erased.status == "closed" and erased.outcome == "withdrawn"
    assert erased.closed_at is not None and erased.personal_data_erased_at is not None
    assert (erased.name, erased.email, erased.phone, erased.message) == ("", "", "", "")
    assert erased.preferences == {}
    assert erased.email_index is None and erased.phone_index is None
    assert erased.status_token_hash is None
    assert not Note.objects.filter(request=erased).exists()
    assert erased.attempts.get().note == ""
    # What stays for the statistics.
    assert (erased.topic, erased.region.cut_code, erased.intake) == ("violence", "08", "web")
    assert erased.created_at == request.created_at and erased.due_on == request.due_on
    assert erased.first_attempt_at is not None

    assert client.get(link).status_code == 404
    assert client.get(withdraw).status_code == 404
    found = client.post(
        page("find", "en"), {"reference": request.reference, "contact": "9 6123 4567"}
    )
    assert "We could not find a request" in found.content.decode()


def test_she_can_withdraw_a_request_she_found_by_reference(client):
    _confirmation, request, _pages = send(client)
    client.post(page("find"), {"reference": request.reference, "contact": "9 6123 4567"})
    response = client.post(page("withdraw-found"))
    assert response.status_code == 302
    assert reloaded(request).outcome == "withdrawn" and reloaded(request).phone == ""
    again = client.post(page("withdraw-found"))  # nothing found any more: back to finding
    assert again.status_code == 302 and again.headers["Location"] == page("find")


def test_withdrawing_without_a_found_request_leads_to_the_find_page(client):
    response = client.get(page("withdraw-found"))
    assert response.status_code == 302
    assert response.headers["Location"] == page("find")
