"""A request about her data, as she makes it: the rights page, which rights, the contact she
gave, the one-time code sent to it, then her records from every module (page, JSON, CSV), or
their erasure, or a request staff answer. Pages that show her data are never cached."""

import csv
import io
import json
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from acoge.core import personal_data
from acoge.core.notify import LocmemSmsBackend
from acoge.core.personal_data import Contact
from acoge.core.scoping import scopes_disabled
from acoge.rights.models import RightsRequest
from acoge.workshops.models import Registration
from tests.factories import WorkshopFactory, contact_request, registration

pytestmark = pytest.mark.django_db

ROSA = "rosa.m@example.org"
WRITE_TO_ME = {
    "methods": ["email"],
    "write": "yes",
    "days": [0, 1, 2, 3, 4],
    "times": ["morning", "afternoon"],
    "say": "",
    "avoid": "",
}


def page(name: str, lang: str = "es", **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"rights:{name}", kwargs=kwargs)


def step(name: str, lang: str = "es") -> str:
    return page("step", lang, step=name)


def her_records():
    """A workshop registration and a contact-point request, both with Rosa's e-mail."""
    workshop = WorkshopFactory(title="Derechos laborales", capacity=5)
    booked = registration(
        workshop, name="Rosa", email=ROSA, phone="", channel="email", messages_safe=True
    ).registration
    written = contact_request(
        "08", email=ROSA, phone="", preferences=WRITE_TO_ME, message="Necesito orientación"
    )
    return booked, written


def ask(client, captured, rights: list[str], *, message: str = "", contact=None) -> str:
    """Answer the questions and send them; return the code that reached her."""
    assert client.get(step("derechos")).status_code == 200
    response = client.post(step("derechos"), {"rights": rights, "message": message})
    assert response.status_code == 302, response.content.decode()[-2000:]
    contact = contact or {"how": "email", "email": ROSA}
    assert client.post(step("contacto"), contact).status_code == 302
    review = client.get(step("revisar"))
    assert review.status_code == 200
    with captured(execute=True):
        response = client.post(step("revisar"), {})
    assert response.status_code == 302 and response.url == page("code")
    by_email = contact["how"] == "email"
    text = mail.outbox[-1].body if by_email else LocmemSmsBackend.outbox[-1].text
    return re.search(r"\b(\d{6})\b", text).group(1)


def test_the_rights_page_explains_every_right_with_the_quick_exit_and_helplines(client):
    for lang in ("es", "en", "ht"):
        response = client.get(page("start", lang))
        assert response.status_code == 200
    html = client.get(page("start")).content.decode()
    assert 'action="/salida/"' in html or "ac-exit" in html, "the quick exit is on the page"
    assert "133" in html and "1455" in html, "the helplines are on the page"
    assert page("start") == "/es/mis-datos/"
    assert 'href="/es/mis-datos/derechos/"' in html


def test_access_across_workshops_and_the_contact_point_then_deletion(
    client, django_capture_on_commit_callbacks
):
    booked, written = her_records()
    code = ask(client, django_capture_on_commit_callbacks, ["access", "portability"])
    response = client.post(page("code"), {"code": code})
    assert response.status_code == 302 and response.url == page("data")

    shown = client.get(page("data"))
    html = shown.content.decode()
    assert "no-store" in shown["Cache-Control"]
    assert "Derechos laborales" in html and booked.reference in html
    assert written.reference in html and "Necesito orientación" in html

    as_json = client.get(page("data-json"))
    assert "no-store" in as_json["Cache-Control"]
    assert "attachment" in as_json["Content-Disposition"]
    document = json.loads(as_json.content)
    sources = {source["key"]: source for source in document["sources"]}
    assert sources["workshops.registrations"]["records"][0]["reference"] == booked.reference
    assert sources["contact.requests"]["records"][0]["reference"] == written.reference
    assert all(source["kept_after_deletion"] for source in sources.values())

    as_csv = client.get(page("data-csv"))
    assert "no-store" in as_csv["Cache-Control"]
    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    assert rows[0] == ["source", "description", "record", "field", "value"]
    cells = {(row[0], row[3]): row[4] for row in rows[1:]}
    assert cells[("workshops.registrations", "reference")] == booked.reference
    assert cells[("contact.requests", "message")] == "Necesito orientación"

    code = ask(client, django_capture_on_commit_callbacks, ["deletion"])
    response = client.post(page("code"), {"code": code})
    assert response.status_code == 302 and response.url == page("done")
    done = client.get(page("done"))
    assert "no-store" in done["Cache-Control"]
    assert personal_data.find_all(Contact(email=ROSA)) == {}, "no module finds her any more"
    with scopes_disabled():
        erased = Registration.objects.get(pk=booked.pk)
    assert erased.email == "" and erased.name == "" and erased.status == "cancelled"
    written.refresh_from_db()
    assert written.email == "" and written.message == ""
    for source in personal_data.sources():
        assert str(source.kept) in done.content.decode(), "what stays is said"


def test_she_may_use_her_phone_and_gets_the_code_by_text_message(
    client, django_capture_on_commit_callbacks
):
    registration(WorkshopFactory(), name="Ana", phone="+56961110008", channel="sms")
    code = ask(
        client,
        django_capture_on_commit_callbacks,
        ["access"],
        contact={"how": "phone", "phone": "9 6111 0008"},
    )
    assert LocmemSmsBackend.outbox[-1].to == "+56961110008"
    client.post(page("code"), {"code": code})
    assert "Ana" in client.get(page("data")).content.decode()


def test_the_code_message_is_discreet(client, django_capture_on_commit_callbacks):
    ask(client, django_capture_on_commit_callbacks, ["deletion"])
    message = mail.outbox[-1]
    assert message.from_email.startswith("Acoge <")
    words = (message.subject + message.body).lower()
    for word in ("dato", "data", "derecho", "right", "delet", "borr", "mujer", "violen", "taller"):
        assert word not in words, word


def test_a_wrong_code_is_refused_and_tries_are_limited(client, django_capture_on_commit_callbacks):
    her_records()
    code = ask(client, django_capture_on_commit_callbacks, ["access"])
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(4):
        response = client.post(page("code"), {"code": wrong})
        assert response.status_code == 200
        assert "no es el código que enviamos" in response.content.decode()
    response = client.post(page("code"), {"code": wrong})
    assert "demasiadas veces" in response.content.decode()
    response = client.post(page("code"), {"code": code})
    assert response.status_code == 200, "the right code no longer works after five wrong ones"
    assert client.get(page("data")).status_code == 302, "nothing is shown"
    assert not RightsRequest.objects.exists()


def test_a_new_code_replaces_the_old_one(client, django_capture_on_commit_callbacks):
    old = ask(client, django_capture_on_commit_callbacks, ["access"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(page("resend"), {}).status_code == 302
    new = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    if old != new:
        assert client.post(page("code"), {"code": old}).status_code == 200
    assert client.post(page("code"), {"code": new}).status_code == 302


def test_correction_opposition_and_blocking_become_requests_for_staff_with_her_message(
    client, django_capture_on_commit_callbacks
):
    missing = client.post(step("derechos"), {"rights": ["rectification"], "message": ""})
    assert missing.status_code == 200, "she must say what to correct"
    code = ask(
        client,
        django_capture_on_commit_callbacks,
        ["rectification", "blocking"],
        message="Mi apellido es Pérez.",
    )
    assert client.post(page("code"), {"code": code}).url == page("done")
    requests = RightsRequest.objects.order_by("right")
    assert [r.right for r in requests] == ["blocking", "rectification"]
    for item in requests:
        assert item.status == "received" and item.message == "Mi apellido es Pérez."
        assert item.contact == ROSA and not item.automatic
    html = client.get(page("done")).content.decode()
    assert all(item.reference in html for item in requests)


def test_nothing_is_asked_but_the_rights_and_the_contact(client):
    forms = [client.get(step("derechos")).content.decode()]
    client.post(step("derechos"), {"rights": ["access"]})
    forms.append(client.get(step("contacto")).content.decode())
    names = set()
    for html in forms:
        names |= set(re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', html))
    asked = names - {"csrfmiddlewaretoken", "inicio", "website"}  # the form's guards, the honeypot
    assert asked == {"rights", "message", "how", "email", "phone"}


def test_every_page_of_the_flow_is_not_cached(client, django_capture_on_commit_callbacks):
    for url in (step("derechos"), step("contacto")):
        assert "no-store" in client.get(url)["Cache-Control"]
    ask(client, django_capture_on_commit_callbacks, ["access"])
    assert "no-store" in client.get(page("code"))["Cache-Control"]


def test_every_page_that_may_show_her_data_is_never_stored_whatever_is_in_the_session(client):
    pages = [
        *(step(name) for name in ("derechos", "contacto", "revisar")),
        *(page(name) for name in ("code", "resend", "data", "data-json", "data-csv", "done")),
    ]
    for address in pages:
        for method in (client.get, client.post):
            response = method(address)
            assert "no-store" in response.get("Cache-Control", ""), (method.__name__, address)


def test_opening_the_resend_address_sends_nothing_and_answers_no_error(client):
    response = client.get("/es/mis-datos/codigo/nuevo/")
    assert response.status_code == 302 and response["Location"] == "/es/mis-datos/"
