"""Public workshop pages: find a workshop, register without an account, manage, give feedback."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from acoge.core.models import Region
from acoge.core.notify import LocmemSmsBackend
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import (
    Feedback,
    Modality,
    Registration,
    StatsAnswer,
    Topic,
    Workshop,
)
from acoge.workshops.services import registration_create
from tests.factories import session_of
from tests.workshops import test_registration

pytestmark = pytest.mark.django_db

FORBIDDEN_INPUT = re.compile(
    r'<(?:input|select|textarea)[^>]*name="[^"]*'
    r"(?:status|estado|rut|passport|pasaporte|document|nacionalidad|visa|cedula|dni)",
    re.IGNORECASE,
)


@pytest.fixture(autouse=True)
def _spanish_and_empty_outboxes():
    """Staff write titles in Spanish; a request leaves its language active in this thread."""
    translation.activate("es")
    LocmemSmsBackend.outbox.clear()


def make_workshop(**fields) -> Workshop:
    """A published workshop next week, in Estación Central, with childcare."""
    return test_registration.make_workshop(**{"offers_childcare": True, **fields})


add_session = session_of


def url(name: str, **kwargs) -> str:
    """The Spanish address of a page (a request leaves its language active in this thread)."""
    with translation.override("es"):
        return reverse(f"workshops:{name}", kwargs=kwargs)


def step_url(workshop: Workshop, step: str) -> str:
    return url("register", pk=workshop.pk, step=step)


MARIE = {
    "nombre": {"name": "Marie"},
    "contacto": {"how": "phone", "phone": "9 6123 4567"},
    "mensajes": {"messages_safe": "yes", "channel": "whatsapp", "discreet": "on"},
    "necesidades": {
        "needs": ["childcare", "interpreter"],
        "children_ages": "3, 6",
        "interpreter_language": "ht",
    },
    "estadisticas": {"age_band": "30-44", "nationality_group": "HT"},
    "consentimiento": {"consent": "on"},
}


def register_through(client, workshop: Workshop, answers: dict | None = None, lang="es"):
    """Walk every question page as she would, checking each page's HTML on the way."""
    answers = {**MARIE, **(answers or {})}
    pages = []
    for step, data in answers.items():
        address = f"/{lang}" + step_url(workshop, step)[3:]
        page = client.get(address)
        assert page.status_code == 200, step
        pages.append(page.content.decode())
        response = client.post(address, data)
        assert response.status_code == 302, (step, response.content.decode()[:3000])
    review = client.get(f"/{lang}" + step_url(workshop, "revisar")[3:])
    pages.append(review.content.decode())
    response = client.post(f"/{lang}" + step_url(workshop, "revisar")[3:], {})
    return response, pages


# The initiative and the list ------------------------------------------------------------------


def test_the_initiative_page_says_status_does_not_matter_and_who_gives_each_topic(client):
    make_workshop(title="Derechos laborales en Santiago")
    html = client.get("/en/mujer-migrante/").content.decode()
    assert "immigration status does not matter" in html
    assert "how long you have been in Chile" in html
    for short_name in ("SERMIG", "SernamEG", "MINSAL", "MINEDUC"):
        assert f"({short_name})" in html
    assert "Dirección del Trabajo" in html or "Labour Directorate" in html
    assert "133" in html and "interpreter" in html
    assert "Derechos laborales en Santiago" in html
    assert 'href="/en/mujer-migrante/talleres/"' in html


def test_the_home_page_links_to_the_initiative(client):
    html = client.get("/es/").content.decode()
    assert 'href="/es/mujer-migrante/"' in html


def test_the_list_filters_by_region_topic_and_month(client):
    antofagasta = Region.objects.get(cut_code="02")
    santiago = make_workshop(title="Taller Santiago")
    add_session(santiago, Topic.LABOUR, "Dirección del Trabajo")
    north = make_workshop(title="Taller Antofagasta", region=antofagasta, commune="Antofagasta")
    add_session(north, Topic.HEALTH, "MINSAL")
    later = timezone.localtime() + timedelta(days=70)
    make_workshop(title="Taller más tarde", starts_at=later, ends_at=later + timedelta(hours=2))

    by_region = client.get(url("list"), {"region": "02"}).content.decode()
    assert "Taller Antofagasta" in by_region and "Taller Santiago" not in by_region

    by_topic = client.get(url("list"), {"topic": "labour"}).content.decode()
    assert "Taller Santiago" in by_topic and "Taller Antofagasta" not in by_topic

    month = f"{later.year}-{later.month:02d}"
    by_month = client.get(url("list"), {"month": month}).content.decode()
    assert "Taller más tarde" in by_month and "Taller Santiago" not in by_month
    assert f'value="{month}" selected' in by_month, "the chosen filter stays selected"


def test_each_listed_workshop_shows_time_place_topics_language_services_and_seats(client):
    start = timezone.now().replace(hour=13, minute=0, second=0, microsecond=0) + timedelta(days=9)
    workshop = make_workshop(capacity=20, starts_at=start, ends_at=start + timedelta(hours=3))
    add_session(workshop, Topic.LABOUR, "Dirección del Trabajo")
    online = make_workshop(
        title="En línea", modality=Modality.ONLINE, online_url="https://x.test/s"
    )
    html = client.get("/en" + url("list")[3:]).content.decode()
    local = timezone.localtime(start)
    assert f"{local:%H:%M}–" in html, "times are shown in Chile's time zone"
    assert "Estación Central, Región Metropolitana" in html
    assert "Labour rights (Dirección del Trabajo)" in html
    assert "Spanish" in html and "Free childcare" in html
    assert "20 places left" in html
    assert "En línea" in html and "Online" in html
    assert online.online_url not in html


def test_drafts_are_never_listed_and_their_page_is_not_found(client):
    draft = make_workshop(title="Borrador secreto", status=Workshop.Status.DRAFT)
    assert "Borrador secreto" not in client.get(url("list")).content.decode()
    assert "Borrador secreto" not in client.get(url("calendar")).content.decode()
    assert client.get(url("detail", pk=draft.pk)).status_code == 404
    assert client.get(url("detail-ics", pk=draft.pk)).status_code == 404
    assert client.get(step_url(draft, "nombre")).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"region": "99"},
        {"topic": "papers"},
        {"modality": "x"},
        {"month": "2020-13"},
        {"month": "abc"},
        {"page": "-1"},
        {"page": "zzz"},
        {"region": ["02", "13"]},
        {"region": "\x00", "month": "\x00", "topic": "\x00"},
    ],
)
def test_invalid_filter_values_are_ignored_and_never_an_error(client, query):
    make_workshop(title="Taller visible")
    response = client.get(url("list"), query)
    assert response.status_code == 200
    assert "Taller visible" in response.content.decode()
    assert "There is a problem" not in response.content.decode()
    assert client.get(url("calendar"), query).status_code == 200


def test_the_list_shows_ten_workshops_per_page(client):
    for n in range(12):
        make_workshop(title=f"Taller número {n:02d}")
    first = client.get(url("list")).content.decode()
    second = client.get(url("list"), {"page": 2}).content.decode()
    assert first.count('class="ac-ws"') == 10 and second.count('class="ac-ws"') == 2
    assert 'rel="next"' in first


def test_an_empty_search_says_so(client):
    html = client.get("/en" + url("list")[3:], {"region": "02"}).content.decode()
    assert "No workshops match your search" in html


# iCal ---------------------------------------------------------------------------------------


def test_the_calendar_feed_follows_the_filters_and_never_contains_the_online_link(client):
    north = Region.objects.get(cut_code="02")
    hybrid = make_workshop(
        title="Taller híbrido",
        modality=Modality.HYBRID,
        online_url="https://meet.example/secreto",
        address="Av. Libertador 123",
    )
    make_workshop(title="Taller del norte", region=north)
    response = client.get(url("calendar"), {"region": "13"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    assert "meet.example" not in body
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Taller híbrido"]
    event = events[0]
    assert str(event["UID"]) == f"workshop-{hybrid.pk}@acoge.test", "the site's domain"
    assert event.decoded("DTSTART") == hybrid.starts_at.replace(microsecond=0)
    assert event["DTSTART"].params["TZID"] == "America/Santiago"
    assert "Av. Libertador 123" in str(event["LOCATION"])
    assert str(event["URL"]) == f"http://testserver/es/mujer-migrante/talleres/{hybrid.pk}/"


def test_one_workshop_can_be_downloaded_for_the_calendar(client):
    workshop = make_workshop(modality=Modality.ONLINE, online_url="https://meet.example/x")
    response = client.get(url("detail-ics", pk=workshop.pk))
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1 and str(events[0]["LOCATION"]) in {"Online", "En línea"}
    assert b"meet.example" not in response.content


# The workshop page ----------------------------------------------------------------------------


def test_the_workshop_page_shows_programme_venue_services_and_a_start_button(client):
    workshop = make_workshop(
        venue="Centro Comunitario",
        address="Av. Libertador 123",
        directions="Metro Estación Central, salida norte.",
        accessibility="Baño accesible.",
        step_free_access=True,
        offers_childcare=True,
    )
    add_session(
        workshop,
        Topic.LABOUR,
        "Dirección del Trabajo",
        speaker_name="Ana Pérez",
        speaker_role="Inspectora del trabajo",
    )
    html = client.get("/en" + url("detail", pk=workshop.pk)[3:]).content.decode()
    for text in (
        "Centro Comunitario",
        "Av. Libertador 123",
        "Metro Estación Central, salida norte.",
        "Baño accesible.",
        "Ana Pérez, Inspectora del trabajo",
        "Labour rights",
        "Step-free access",
        "Free childcare",
        "2 places left",
    ):
        assert text in html, text
    assert f'href="/en/mujer-migrante/talleres/{workshop.pk}/inscripcion/nombre/"' in html
    assert f'href="/en/mujer-migrante/talleres/{workshop.pk}/taller.ics"' in html


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": Workshop.Status.CANCELLED}, "This workshop was cancelled"),
        ({"registration_closes_at": timezone.now() - timedelta(hours=1)}, "Registration is closed"),
        ({"capacity": 0, "waitlist_enabled": False}, "This workshop is full"),
        ({"capacity": 0}, "Join the waiting list"),
    ],
)
def test_the_workshop_page_says_why_she_cannot_register(client, fields, expected):
    workshop = make_workshop(**fields)
    html = client.get("/en" + url("detail", pk=workshop.pk)[3:]).content.decode()
    assert expected in html
    can_register = expected == "Join the waiting list"
    assert (step_url(workshop, "nombre")[3:] in html) is can_register
    if not can_register:
        response = client.get(step_url(workshop, "nombre"))
        assert response.status_code == 302 and response["Location"] == url("detail", pk=workshop.pk)


# Registering ----------------------------------------------------------------------------------


def test_marie_registers_page_by_page_and_gets_a_reference_code(
    client, django_capture_on_commit_callbacks
):
    workshop = make_workshop(capacity=10)
    with django_capture_on_commit_callbacks(execute=True):
        response, pages = register_through(client, workshop, lang="ht")
    assert (
        response.status_code == 302
        and response["Location"] == "/ht/mujer-migrante/inscripcion/confirmada/"
    )
    with scopes_disabled():
        registration = Registration.objects.get(workshop=workshop)
    assert registration.name == "Marie" and registration.phone == "+56961234567"
    assert registration.channel == "whatsapp" and registration.messages_safe
    assert registration.discreet and registration.language == "ht"
    assert registration.children_ages == [3, 6] and registration.interpreter_language == "ht"
    assert registration.status == "confirmed"
    confirmation = client.get(response["Location"]).content.decode()
    assert registration.reference in confirmation
    assert "/ht/mujer-migrante/inscripcion/" in confirmation, "the private manage link"
    assert "ac-panel--confirmation" in confirmation
    assert len(LocmemSmsBackend.outbox) == 1, "the confirmation went to her WhatsApp"
    assert client.session["workshops.registration"] == {}, "her answers left the session"
    messages_page = pages[2]
    assert 'name="channel" value="whatsapp"' in messages_page
    assert 'name="channel" value="email"' not in messages_page, "only channels of her contact"
    for html in pages:
        assert not FORBIDDEN_INPUT.search(html), FORBIDDEN_INPUT.search(html)
        assert "novalidate" in html and 'class="ac-back-link"' in html


def test_the_optional_statistics_are_stored_apart_from_her_registration(client):
    workshop = make_workshop()
    register_through(client, workshop)
    with scopes_disabled():
        answer = StatsAnswer.objects.get(workshop=workshop)
    assert answer.age_band == "30-44" and answer.nationality_group == "HT"
    assert answer.gender_identity == ""
    assert not any(field.related_model is Registration for field in StatsAnswer._meta.get_fields())


def test_she_can_skip_the_statistics_questions(client):
    workshop = make_workshop()
    answers = dict(MARIE)
    del answers["estadisticas"]
    for step in ("nombre", "contacto", "mensajes", "necesidades"):
        client.post(step_url(workshop, step), answers[step])
    response = client.post(step_url(workshop, "estadisticas"), {"omitir": "1", "age_band": "60+"})
    assert response["Location"] == step_url(workshop, "consentimiento")
    client.post(step_url(workshop, "consentimiento"), {"consent": "on"})
    review = client.get("/en" + step_url(workshop, "revisar")[3:]).content.decode()
    assert "Not provided" in review
    client.post(step_url(workshop, "revisar"))
    assert not StatsAnswer.objects.filter(workshop=workshop).exists()


def test_an_email_contact_is_kept_and_only_the_email_channel_is_offered(client):
    workshop = make_workshop()
    client.post(step_url(workshop, "nombre"), {"name": "  Ana   María "})
    client.post(
        step_url(workshop, "contacto"),
        {"how": "email", "email": "ana@example.org", "phone": "no importa"},
    )
    html = client.get(step_url(workshop, "mensajes")).content.decode()
    assert 'name="channel"' not in html, "one channel only: nothing to choose"
    assert re.search(r'<input[^>]*name="discreet"[^>]*checked', html), "discreet by default"
    register_through(
        client,
        workshop,
        {
            "nombre": {"name": "  Ana   María "},
            "contacto": {"how": "email", "email": "ana@example.org", "phone": "no importa"},
            "mensajes": {"messages_safe": "yes"},
            "necesidades": {},
        },
    )
    with scopes_disabled():
        registration = Registration.objects.get(workshop=workshop)
    assert registration.name == "Ana María" and registration.email == "ana@example.org"
    assert registration.phone == "" and registration.channel == "email"
    assert registration.discreet is False, "an unticked box means not discreet"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("9 6123 4567", "+56961234567"),
        ("+56 9 6123-4567", "+56961234567"),
        ("961234567", "+56961234567"),
        ("+509 3456 7890", "+50934567890"),
    ],
)
def test_a_phone_number_is_accepted_in_any_usual_form_and_stored_in_e164(client, typed, stored):
    workshop = make_workshop()
    register_through(client, workshop, {"contacto": {"how": "phone", "phone": typed}})
    with scopes_disabled():
        assert Registration.objects.get(workshop=workshop).phone == stored


def test_wrong_input_keeps_what_she_typed_and_shows_the_error_summary(client):
    workshop = make_workshop()
    client.post(step_url(workshop, "nombre"), {"name": "Marie"})
    response = client.post(
        "/en" + step_url(workshop, "contacto")[3:], {"how": "phone", "phone": "12 abc"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html
    assert "There is a problem" in html and 'href="#id_phone"' in html
    assert 'id="id_phone-error"' in html
    assert 'value="12 abc"' in html
    assert 'value="phone" checked' in html

    response = client.post(
        "/en" + step_url(workshop, "contacto")[3:], {"how": "email", "email": "marie@"}
    )
    html = response.content.decode()
    assert "Enter an email address in the right form" in html and 'value="marie@"' in html

    client.post(step_url(workshop, "contacto"), {"how": "phone", "phone": "961234567"})
    client.post(step_url(workshop, "mensajes"), {"messages_safe": "no"})
    response = client.post(
        "/en" + step_url(workshop, "necesidades")[3:],
        {"needs": ["childcare"], "children_ages": "3, 25"},
    )
    html = response.content.decode()
    assert "Childcare is for children from 0 to 17 years old" in html
    assert 'value="3, 25"' in html


def test_a_step_cannot_be_reached_before_the_earlier_ones(client):
    workshop = make_workshop()
    response = client.get(step_url(workshop, "revisar"))
    assert response.status_code == 302 and response["Location"] == step_url(workshop, "nombre")
    assert client.get(step_url(workshop, "no-existe")).status_code == 404


def test_change_links_on_check_answers_come_back_to_check_answers(client):
    workshop = make_workshop()
    for step, data in MARIE.items():
        client.post(step_url(workshop, step), data)
    review = client.get(step_url(workshop, "revisar")).content.decode()
    change = step_url(workshop, "nombre") + "?volver=revisar"
    assert f'href="{change}"' in review
    page = client.get(change).content.decode()
    assert 'value="Marie"' in page, "the old answer is filled in"
    response = client.post(change, {"name": "Marie J."})
    assert response["Location"] == step_url(workshop, "revisar")
    assert "Marie J." in client.get(step_url(workshop, "revisar")).content.decode()


def test_changing_email_to_phone_asks_again_which_channel(client):
    workshop = make_workshop()
    answers = {
        **MARIE,
        "contacto": {"how": "email", "email": "m@example.org"},
        "mensajes": {"messages_safe": "yes"},
    }
    for step, data in answers.items():
        client.post(step_url(workshop, step), data)
    client.post(
        step_url(workshop, "contacto") + "?volver=revisar", {"how": "phone", "phone": "961234567"}
    )
    response = client.get(step_url(workshop, "revisar"))
    assert response["Location"] == step_url(workshop, "mensajes") + "?volver=revisar"


def test_registering_again_with_the_same_contact_keeps_the_existing_one_and_reveals_nothing(client):
    workshop = make_workshop()
    registration_create(
        workshop=workshop, name="Marie", phone="+56961234567", channel="sms", messages_safe=False
    )
    response, _pages = register_through(client, workshop)
    html = client.get("/en" + response["Location"][3:]).content.decode()
    assert "You were already registered" in html
    assert "Your place is confirmed" not in html, "her status is hers to tell, not the page's"
    assert "/en/mujer-migrante/inscripcion/" in html, "she is sent to the find page"
    assert "/cancelar/" not in html and 'id="manage-link"' not in html, "no new manage link"
    with scopes_disabled():
        assert Registration.objects.filter(workshop=workshop).count() == 1
        existing = Registration.objects.get(workshop=workshop)
    assert existing.reference not in html, "the code is not given to whoever knows her number"
    assert not StatsAnswer.objects.exists(), "her statistics are not counted twice"


def test_a_full_workshop_puts_her_on_the_waiting_list_with_her_position(client):
    workshop = make_workshop(capacity=1)
    for n in range(3):
        registration_create(
            workshop=workshop,
            name=f"P{n}",
            phone=f"+5696000000{n}",
            channel="sms",
            messages_safe=False,
        )
    detail = client.get("/en" + url("detail", pk=workshop.pk)[3:]).content.decode()
    assert "Join the waiting list" in detail
    response, pages = register_through(client, workshop)
    assert "Lista de espera" in pages[0], "the first step says she is joining the waiting list"
    html = client.get("/en" + response["Location"][3:]).content.decode()
    assert "You are on the waiting list" in html
    assert "You are number 3 on the waiting list" in html


def test_if_the_workshop_fills_up_while_she_answers_she_is_sent_to_its_page(client):
    workshop = make_workshop(capacity=1, waitlist_enabled=False)
    for step, data in MARIE.items():
        client.post(step_url(workshop, step), data)
    registration_create(
        workshop=workshop, name="Otra", phone="+56960000000", channel="sms", messages_safe=False
    )
    response = client.post(step_url(workshop, "revisar"))
    assert response.status_code == 302 and response["Location"] == url("detail", pk=workshop.pk)


def test_a_registration_error_is_shown_and_her_answers_are_kept(client, monkeypatch):
    from acoge.workshops import services

    workshop = make_workshop()
    for step, data in MARIE.items():
        client.post(step_url(workshop, step), data)

    def refuse(**kwargs):
        raise services.WorkshopFull("This workshop is full.")

    monkeypatch.setattr(services, "registration_create", refuse)
    response = client.post("/en" + step_url(workshop, "revisar")[3:])
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and "This workshop is full." in html
    assert str(workshop.pk) in client.session["workshops.registration"]


def test_a_filled_honeypot_stops_the_final_registration(client):
    workshop = make_workshop()
    for step, data in MARIE.items():
        client.post(step_url(workshop, step), data)
    response = client.post(step_url(workshop, "revisar"), {"website": "http://spam.example"})
    assert response.status_code == 200
    with scopes_disabled():
        assert not Registration.objects.exists()


# Managing -------------------------------------------------------------------------------------


def manage_url(token: str, lang="en") -> str:
    return f"/{lang}" + url("manage", token=token)[3:]


def test_the_manage_link_shows_her_registration_and_changes_her_needs(client):
    workshop = make_workshop()
    result = registration_create(
        workshop=workshop,
        name="Marie",
        phone="+56961234567",
        channel="whatsapp",
        messages_safe=True,
        children_ages=[3, 6],
        interpreter_language="ht",
    )
    html = client.get(manage_url(result.manage_token)).content.decode()
    assert result.registration.reference in html and "Place confirmed" in html
    assert "2 children, aged 3, 6" in html and "Haitian Creole" in html
    assert 'value="3, 6"' in html, "the form starts from her answers"
    response = client.post(
        manage_url(result.manage_token),
        {
            "needs": ["childcare", "accessibility"],
            "children_ages": "4",
            "accessibility_needs": "Silla de ruedas",
            "messages_safe": "yes",
            "channel": "sms",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        registration = Registration.objects.get(pk=result.registration.pk)
    assert registration.children_ages == [4] and registration.interpreter_language == ""
    assert registration.accessibility_needs == "Silla de ruedas"
    assert registration.channel == "sms" and registration.discreet is False
    assert "Your changes are saved." in client.get(manage_url(result.manage_token)).content.decode()


def test_an_unknown_manage_link_is_not_found(client):
    assert client.get(url("manage", token="nada-de-nada")).status_code == 404
    assert client.get(url("manage-cancel", token="nada-de-nada")).status_code == 404


def make_full(workshop, *, safe_waiting: bool):
    first = registration_create(
        workshop=workshop, name="Uno", email="uno@example.org", channel="email", messages_safe=True
    )
    waiting = registration_create(
        workshop=workshop,
        name="Dos",
        email="dos@example.org",
        channel="email",
        messages_safe=safe_waiting,
    )
    return first, waiting


@pytest.mark.parametrize("safe", [True, False])
def test_cancelling_by_link_promotes_the_first_waiting_who_is_told_only_if_safe(
    client, django_capture_on_commit_callbacks, safe
):
    workshop = make_workshop(capacity=1)
    first, waiting = make_full(workshop, safe_waiting=safe)
    cancel = f"/en/mujer-migrante/inscripcion/{first.manage_token}/cancelar/"
    page = client.get(cancel).content.decode()
    assert "Are you sure you want to cancel your registration?" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel)
    assert response.status_code == 302 and response["Location"] == url(
        "manage", token=first.manage_token
    ).replace("/es/", "/en/")
    with scopes_disabled():
        assert Registration.objects.get(pk=first.registration.pk).status == "cancelled"
        assert Registration.objects.get(pk=waiting.registration.pk).status == "confirmed"
    assert [m.to for m in mail.outbox] == ([["dos@example.org"]] if safe else [])
    after = client.get(manage_url(first.manage_token)).content.decode()
    assert "Your registration is cancelled." in after and "Cancel my registration" not in after


def test_she_finds_her_registration_by_code_and_contact_and_can_cancel_it(client):
    workshop = make_workshop()
    result = registration_create(
        workshop=workshop, name="Marie", phone="+56961234567", channel="sms", messages_safe=False
    )
    reference = result.registration.reference
    find = "/en" + url("find")[3:]
    response = client.post(
        find, {"reference": f" {reference[:3]}-{reference[3:].lower()}", "contact": "9 6123 4567"}
    )
    html = response.content.decode()
    assert response.status_code == 200, "the manage page is shown directly, no redirect"
    assert "Your registration" in html and reference in html
    response = client.post(find, {"accion": "cambiar", "needs": [], "messages_safe": "no"})
    assert response.status_code == 302
    assert response["Location"] == "/en" + url("find")[3:] + "?accion=ver"
    assert "Your changes are saved." in client.get(find + "?accion=ver").content.decode()
    assert "Are you sure" in client.get(find + "?accion=cancelar").content.decode()
    client.post(find, {"accion": "cancelar"})
    with scopes_disabled():
        assert Registration.objects.get(pk=result.registration.pk).status == "cancelled"


@pytest.mark.parametrize("wrong", ["code", "contact"])
def test_a_failed_search_does_not_say_whether_the_code_exists(client, wrong):
    workshop = make_workshop()
    result = registration_create(
        workshop=workshop, name="Marie", email="marie@example.org", channel="email", messages_safe=1
    )
    data = {"reference": result.registration.reference, "contact": "marie@example.org"}
    data["reference" if wrong == "code" else "contact"] = (
        "XXXXXX" if wrong == "code" else "otra@example.org"
    )
    html = client.post("/en" + url("find")[3:], data).content.decode()
    assert "We could not find a registration with this code and contact" in html
    assert 'value="' + data["contact"] + '"' in html, "what she typed is kept"
    assert "Your registration" not in html


# Feedback -------------------------------------------------------------------------------------


def test_feedback_is_stored_with_no_link_to_any_registration(client):
    start = timezone.now() - timedelta(hours=2)
    workshop = make_workshop(starts_at=start, ends_at=start + timedelta(hours=1))
    add_session(workshop, Topic.LABOUR, "Dirección del Trabajo")
    add_session(workshop, Topic.HEALTH, "MINSAL")
    address = "/en" + url("feedback", key=workshop.feedback_key)[3:]
    html = client.get(address).content.decode()
    assert "Labour rights" in html and "Health care" in html
    assert not re.search(r'name="(?:name|email|phone|reference)"', html)
    response = client.post(
        address, {"topic_labour": "5", "topic_health": "", "wants_to_learn": "Arriendo"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en" + url("feedback-thanks")[3:]
    feedback = Feedback.objects.get(workshop=workshop)
    assert feedback.usefulness == {"labour": 5} and feedback.wants_to_learn == "Arriendo"
    assert not any(field.related_model is Registration for field in Feedback._meta.get_fields())
    assert client.get(response["Location"]).status_code == 200


def test_feedback_opens_only_once_the_workshop_has_started(client):
    workshop = make_workshop()
    assert client.get(url("feedback", key=workshop.feedback_key)).status_code == 404
    assert client.get(url("feedback", key="no-existe")).status_code == 404
