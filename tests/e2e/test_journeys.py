"""Journeys of ../shared/JOURNEYS.md, end to end in a real browser at 360 px.

Journey 1. Marie, in Estación Central, switches the site to Kreyòl, finds a labour-rights
workshop next Saturday in Santiago, registers with her first name and WhatsApp number, asks for a
Kreyòl interpreter and childcare for two children (3 and 6), and says messages are safe. She
gets a reference code and, the day before, a reminder. At the door the facilitator finds her by
code on a phone and marks her present; closing the workshop sends her the feedback link, and she
answers the anonymous form. No page ever asked about her papers.

Journey 2 (its contact-point part) and journey 3, the Antofagasta gender delegate handling
Carolina's request: see each test's docstring.
"""

import re
from datetime import datetime, time, timedelta

import pytest
from django.contrib.sessions.models import Session as WebSession
from django.utils import timezone, translation
from django.utils.translation import gettext

from acoge.accounts.models import Role
from acoge.contact import services as contact
from acoge.contact.models import ContactRequest
from acoge.core.models import AuditEntry, Institution, Region
from acoge.core.notify import LocmemSmsBackend
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Feedback, Registration, Session, Topic, Workshop
from acoge.workshops.notifications import send_due_reminders
from tests.workshops.test_registration import make_workshop

from .conftest import axe_violations
from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)

HER_PHONE = "+56961234567"
# What no form may ask: immigration status, RUT, passport or any identity document.
PAPERS = re.compile(r"rut|run\b|passport|pasaporte|paspò|status|estatus|visa|document|dni", re.I)


def next_saturday_at_ten() -> datetime:
    today = timezone.localdate()
    days = (5 - today.weekday()) % 7 or 7
    return timezone.make_aware(datetime.combine(today + timedelta(days=days), time(10)))


def workshop(title: str, cut: str, commune: str, topic: Topic, short_name: str) -> Workshop:
    start = next_saturday_at_ten()
    created = make_workshop(
        capacity=20,
        title=title,
        region=Region.objects.get(cut_code=cut),
        commune=commune,
        venue="Centro Comunitario",
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        offers_childcare=True,
    )
    Session.objects.create(
        workshop=created,
        topic=topic,
        institution=Institution.objects.get(short_name=short_name),
        speaker_name="Ana Pérez",
        speaker_role="Inspectora",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    return created


def accessible(page, axe_source) -> None:
    assert axe_violations(page, axe_source) == [], page.url


def send(page, selector: str = "main form .ac-button[type=submit]") -> None:
    with page.expect_navigation():
        page.click(selector)


def texts_to_her() -> list[str]:
    return [sent.text for sent in LocmemSmsBackend.outbox if sent.to == HER_PHONE]


def test_marie_registers_in_kreyol_is_reminded_marked_present_and_answers_feedback(
    browser, site, axe_source
):
    LocmemSmsBackend.outbox.clear()
    labour = workshop("Derechos laborales", "13", "Santiago", Topic.LABOUR, "Dirección del Trabajo")
    workshop("Salud de mujeres y niñas", "02", "Antofagasta", Topic.HEALTH, "MINSAL")
    workshop("Trámites migratorios", "13", "Santiago", Topic.MIGRATION, "SERMIG")

    her_phone = browser.new_context(locale="es-CL", viewport={"width": 360, "height": 800})
    page = her_phone.new_page()

    # She opens the site and switches it to Kreyòl.
    page.goto(f"{site}/es/")
    with page.expect_navigation():
        page.click(".ac-lang__link[hreflang=ht]")
    assert page.url.startswith(f"{site}/ht/")
    assert page.get_attribute("html", "lang") == "ht"

    # She finds the labour-rights workshop in Santiago with the filters (no JavaScript needed).
    page.goto(f"{site}/ht/mujer-migrante/talleres/")
    assert page.locator("main .ac-ws").count() == 3
    page.click("main .ac-details__summary")
    page.select_option("#id_region", "13")
    page.select_option("#id_topic", Topic.LABOUR)
    send(page, "main form.ac-filter button[type=submit]")
    assert page.locator("main .ac-ws").count() == 1
    assert "Derechos laborales" in page.inner_text("main .ac-ws")
    accessible(page, axe_source)
    send(page, "main .ac-ws a.ac-link")
    send(page, "main .ac-button--start")

    asked: set[str] = set()

    def next_page() -> None:
        """Note every field this page asked for, then send it."""
        asked.update(page.eval_on_selector_all("main form [name]", "els => els.map(e => e.name)"))
        send(page)

    page.fill("#id_name", "Marie")
    next_page()
    page.check("input[name=how][value=phone]")
    page.fill("#id_phone", "9 6123 4567")
    next_page()
    page.check("input[name=messages_safe][value=yes]")
    page.check("input[name=channel][value=whatsapp]")
    next_page()
    page.check("input[name=needs][value=childcare]")
    page.check("input[name=needs][value=interpreter]")
    page.fill("#id_children_ages", "3, 6")
    page.select_option("#id_interpreter_language", "ht")
    next_page()
    next_page()  # the statistics questions: she skips them all
    page.check("#id_consent")
    next_page()
    assert "/revisar/" in page.url
    next_page()

    assert page.url.endswith("/ht/mujer-migrante/inscripcion/confirmada/")
    reference = page.inner_text(".ac-panel__reference").strip()
    assert re.fullmatch(r"[34679ACDEFGHJKMNPQRTUVWXY]{6}", reference)
    asked.discard("csrfmiddlewaretoken")
    assert {"name", "phone", "channel", "children_ages", "consent"} <= asked
    assert not [name for name in asked if PAPERS.search(name)], asked

    with scopes_disabled():
        registration = Registration.objects.get(reference=reference)
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.workshop_id == labour.pk and registration.language == "ht"
    assert registration.channel == Registration.Channel.WHATSAPP
    assert registration.children_ages == [3, 6] and registration.interpreter_language == "ht"
    confirmation = texts_to_her()
    assert len(confirmation) == 1 and reference in confirmation[0]

    # The day before, the hourly task reminds her, on WhatsApp and in Kreyòl.
    assert send_due_reminders(now=labour.starts_at - timedelta(days=1)) == 1
    reminder = texts_to_her()[-1]
    assert len(texts_to_her()) == 2 and reference in reminder
    with translation.override("ht"):
        assert gettext("This is a reminder: we will see you tomorrow.") in reminder
        assert gettext("Your place is confirmed.") in confirmation[0]

    # Saturday: the workshop has begun. The facilitator, on her phone, finds Marie by code.
    with scopes_disabled():
        Workshop.objects.filter(pk=labour.pk).update(
            starts_at=timezone.now() - timedelta(minutes=30),
            ends_at=timezone.now() + timedelta(hours=2),
        )
    facilitator_phone = browser.new_context(locale="es-CL", viewport={"width": 360, "height": 800})
    door = facilitator_phone.new_page()
    labour.facilitators.add(sign_in_as(door, site, Role.FACILITATOR, cut="13"))
    door.goto(f"{site}/gestion/talleres/")
    send(door, f"main a[href='/gestion/talleres/{labour.pk}/']")
    send(door, f"main a[href='/gestion/talleres/{labour.pk}/asistencia/']")
    door.fill("#id_q", reference.lower())
    send(door, "main form.ac-filter button[type=submit]")
    card = door.locator("main .ac-card")
    assert card.count() == 1 and "Marie" in card.inner_text()
    accessible(door, axe_source)
    send(door, "main .ac-card button[name=attended][value='1']")
    assert door.locator("main .ac-card .ac-tag--green").count() == 1

    # At the end she closes the workshop: Marie is counted, and gets the feedback link.
    send(door, "main a.ac-button--warning")
    send(door)
    closed = door.inner_text("main .ac-panel--confirmation")
    assert "1 persona inscrita asistió" in closed and "0 personas no asistieron" in closed
    feedback_text = texts_to_her()[-1]
    link = re.search(r"https?://\S+/ht/mujer-migrante/opinion/[\w-]+/", feedback_text)
    assert link, feedback_text

    # She opens the link from her messages and answers, anonymously.
    page.goto(site + re.sub(r"^https?://[^/]+", "", link.group(0)))
    accessible(page, axe_source)
    page.check(f"input[name=topic_{Topic.LABOUR}][value='5']")
    page.fill("#id_wants_to_learn", "Kijan pou m jwenn yon kontra travay.")
    send(page)
    assert page.url.endswith("/ht/mujer-migrante/opinion/gracias/")
    accessible(page, axe_source)

    (answer_row,) = Feedback.objects.filter(workshop=labour)
    assert answer_row.usefulness == {Topic.LABOUR: 5}
    fields = {field.name for field in Feedback._meta.get_fields()}
    assert not fields & {"registration", "name", "phone", "email", "created_at"}
    her_phone.close()
    facilitator_phone.close()


def test_the_antofagasta_delegate_calls_carolina_safely_refers_her_and_closes(
    page, site, axe_source
):
    """Journey 3: the delegate signs in with her authenticator, finds Carolina's request first
    with the safe-contact preferences before her number, calls in the evening with the agreed
    phrase, records it, refers her to SernamEG and closes. Biobío's request stays out of reach,
    and each opening is in the audit log."""
    carolina = contact.request_create(
        topic="violence",
        region=Region.objects.get(cut_code="02"),
        preferences={
            "methods": ["call"],
            "call": "yes",
            "voicemail": "no",
            "days": [0, 1, 2, 3, 4],
            "times": ["evening"],
            "say": "Llamo de la clínica.",
            "avoid": "No mencionar Migraciones.",
        },
        language="es",
        message="Necesito hablar con alguien.",
        name="Carolina",
        phone="+56987654321",
        now=timezone.now() - timedelta(hours=3),
    ).request
    later = contact.request_create(
        topic="work",
        region=Region.objects.get(cut_code="02"),
        # Due in the same window as Carolina's, or a later one: she arrived first.
        preferences={"methods": ["email"], "write": "yes", "times": ["evening"]},
        language="es",
        name="Luisa",
        email="luisa@example.org",
    ).request
    biobio = contact.request_create(
        topic="health",
        region=Region.objects.get(cut_code="08"),
        preferences={"methods": ["email"], "write": "yes"},
        language="es",
        name="Rosa",
        email="rosa@example.org",
    ).request

    delegate = sign_in_as(page, site, Role.GENDER_DELEGATE, cut="02")
    page.goto(f"{site}/gestion/contacto/")
    inbox = page.inner_text("main table")
    assert biobio.reference not in inbox and later.reference in inbox
    first_row = page.locator("main table tbody tr").first.inner_text()
    assert carolina.reference in first_row, "the request due first comes first"
    send(page, f"main table a:has-text('{carolina.reference}')")
    accessible(page, axe_source)
    main = page.inner_text("main")
    assert main.index("Llamo de la clínica.") < main.index("9 8765 4321")
    assert "No mencionar Migraciones." in main

    # 19:00: she calls, says the phrase, and records the attempt.
    send(page, f"main a[href='/gestion/contacto/{carolina.pk}/intento/']")
    page.check("input[name=channel][value=call]")
    page.check("input[name=result][value=reached]")
    page.fill("#id_note", "Dije que llamaba de la clínica. Puede hablar los jueves.")
    if page.locator("#id_reason").count():  # the test runs outside her evenings
        page.fill("#id_reason", "Prueba fuera de su horario.")
    send(page)

    # She refers her to SernamEG.
    send(page, f"main a[href='/gestion/contacto/{carolina.pk}/derivacion/']")
    page.select_option("#id_institution", label="SernamEG")
    page.fill("#id_unit", "Centro de la Mujer de Antofagasta")
    today = timezone.localdate()
    page.fill("input[name=referred_on_day]", str(today.day))
    page.fill("input[name=referred_on_month]", str(today.month))
    page.fill("input[name=referred_on_year]", str(today.year))
    send(page)

    # And closes the request with its outcome.
    send(page, f"main a[href='/gestion/contacto/{carolina.pk}/cerrar/']")
    page.check("input[name=outcome][value=referred]")
    send(page)
    accessible(page, axe_source)

    with scopes_disabled():
        closed = ContactRequest.objects.get(pk=carolina.pk)
        assert closed.outcome == ContactRequest.Outcome.REFERRED
        assert closed.attempts.get().result == "reached"
        assert closed.referrals.get().institution.short_name == "SernamEG"

    # Biobío's request: not found for her, even by its address.
    response = page.goto(f"{site}/gestion/contacto/{biobio.pk}/")
    assert response.status == 404
    opened = AuditEntry.objects.filter(
        actor=delegate, action="contact.contactrequest.read", object_id=str(carolina.pk)
    )
    assert opened.count() >= 1
    assert not AuditEntry.objects.filter(
        actor=delegate, action="contact.contactrequest.read", object_id=str(biobio.pk)
    ).exists()


def test_carolina_leaves_mid_form_with_shift_and_nothing_she_typed_stays(page, site):
    """Journey 2, the contact point: Carolina says calls are safe only in the evening and what
    the caller should say; her partner walks in and she presses Shift three times. The page is
    gone, what she typed is gone from the server, and no page Back reaches shows any of it."""
    page.goto(f"{site}/es/mujer-migrante/contacto/tema/")
    page.check("input[name=topic][value=violence]")
    send(page)
    page.select_option("#id_region", "02")
    send(page)
    page.fill("#id_message", "Necesito hablar con alguien sobre mi situación en casa.")
    send(page)
    page.check("input[name=methods][value=call]")
    page.fill("#id_phone", "9 8765 4321")
    send(page)
    page.check("input[name=call][value=yes]")
    page.check("input[name=voicemail][value=no]")
    page.check("input[name=times][value=evening]")
    page.fill("#id_say", "Llamo de la clínica.")
    send(page)
    assert "/idioma/" in page.url
    (her_session,) = [c["value"] for c in page.context.cookies() if c["name"] == "sessionid"]
    assert WebSession.objects.filter(session_key=her_session).exists(), "her answers wait there"

    with page.expect_navigation(url="https://neutral.example/"):
        for _ in range(3):
            page.keyboard.press("Shift")

    # The beacon emptied her session on the server (polled, not slept on).
    for _ in range(50):
        if not WebSession.objects.filter(session_key=her_session).exists():
            break
        page.wait_for_timeout(100)
    assert not WebSession.objects.filter(session_key=her_session).exists()

    # Back cannot undo history a browser already holds, but none of it shows what she chose
    # or typed: the pages come back from the server, which forgot her, and the forms carry
    # autocomplete="off", so the browser restores no answer either.
    pages_back = 0
    for _ in range(8):
        page.go_back()
        if not page.url.startswith(site):
            continue
        pages_back += 1
        shown = page.evaluate(
            """() => [...document.querySelectorAll('main input, main textarea')]
                .filter(e => (e.type === 'radio' || e.type === 'checkbox') ? e.checked
                    : e.type !== 'hidden' && e.value)
                .map(e => e.name + '=' + e.value)"""
        )
        assert shown == [], (page.url, shown)
        html = page.content()
        assert "Necesito hablar" not in html and "Llamo de la clínica." not in html
    assert pages_back >= 1, "Back reached the earlier question pages"
