"""Staff pages of the contact point: the inbox by region, every opening audited, taking, opening
a request on her behalf, the export without personal data, spam."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from acoge.accounts.models import Role
from acoge.contact import services
from acoge.contact.models import ContactRequest, Note
from acoge.contact.views.backoffice import EXPORT_HEADER
from acoge.core.audit import entries_for
from acoge.core.models import AuditEntry
from acoge.core.scoping import scopes_disabled
from tests.conftest import sign_in
from tests.contact.test_services import (
    TUESDAY_MORNINGS,
    local,
    make_handler,
    make_request,
    region,
    reloaded,
)
from tests.factories import ANY_TIME_REASON, attempt

pytestmark = pytest.mark.django_db

READ = "contact.contactrequest.read"


def url(name: str, request: ContactRequest | None = None) -> str:
    return reverse(f"contact_staff:{name}", kwargs={"pk": request.pk} if request else {})


def signed_in(user, client: Client | None = None) -> Client:
    client = client or Client()
    sign_in(client, user)
    return client


# Region ----------------------------------------------------------------------------------------


def test_a_valparaiso_delegate_sees_valparaiso_requests_and_not_biobio_ones():
    delegate = make_handler(cut="05")
    valparaiso = make_request("05")
    biobio = make_request("08")
    html = signed_in(delegate).get(url("inbox")).content.decode()
    assert valparaiso.reference in html
    assert biobio.reference not in html


def test_the_gender_unit_sees_every_region_and_the_national_queue():
    requests = [make_request("05"), make_request("08"), make_request(None)]
    html = signed_in(make_handler(Role.GENDER_UNIT)).get(url("inbox")).content.decode()
    assert all(request.reference in html for request in requests)


@pytest.mark.parametrize("page", ["detail", "attempt", "referral", "close", "spam"])
def test_a_biobio_request_is_not_found_for_a_valparaiso_delegate(page):
    biobio = make_request("08")
    response = signed_in(make_handler(cut="05")).get(url(page, biobio))
    assert response.status_code == 404
    assert biobio.reference not in response.content.decode()


@pytest.mark.parametrize(
    ("page", "data"),
    [
        ("take", {}),
        ("attempt", {"channel": "call", "result": "reached", "reason": ANY_TIME_REASON}),
        ("note", {"text": "Intento desde otra región"}),
        ("close", {"outcome": "informed"}),
        ("spam", {}),
    ],
)
def test_a_valparaiso_delegate_cannot_change_a_biobio_request(page, data):
    biobio = make_request("08")
    response = signed_in(make_handler(cut="05")).post(url(page, biobio), data)
    assert response.status_code == 404
    unchanged = reloaded(biobio)
    assert unchanged.status == "new" and unchanged.assigned_to is None
    assert not unchanged.attempts.exists() and not unchanged.notes.exists()


# Audit -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["detail", "attempt"])
def test_each_opening_of_her_details_is_written_to_the_audit_log(page):
    request = make_request("08")
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    client = signed_in(staff)
    for _ in range(2):
        assert client.get(url(page, request)).status_code == 200
    reads = entries_for(request).filter(action=READ)
    assert reads.count() == 2
    assert {entry.actor for entry in reads} == {staff}


def test_a_refused_opening_writes_nothing():
    request = make_request("08")
    client = signed_in(make_handler(cut="05"))
    assert client.get(url("detail", request)).status_code == 404
    assert client.get(url("attempt", request)).status_code == 404
    outsider = signed_in(make_handler(Role.ENGAGEMENT))
    assert outsider.get(url("detail", request)).status_code == 403
    assert not AuditEntry.objects.filter(action=READ).exists()


def test_recording_an_attempt_is_not_counted_as_a_read():
    request = make_request("08")
    client = signed_in(make_handler(Role.REGIONAL_STAFF, cut="08"))
    response = client.post(
        url("attempt", request),
        {"channel": "call", "result": "no_answer", "reason": ANY_TIME_REASON},
    )
    assert response.status_code == 302
    assert not entries_for(request).filter(action=READ).exists()
    assert entries_for(request).filter(action="contact.attempt.recorded").count() == 1


def test_her_safety_preferences_come_before_her_contact_details_and_say_when_paused():
    request = make_request(
        "08",
        preferences={**TUESDAY_MORNINGS, "say": "Llamo del consultorio.", "avoid": "La oficina."},
    )
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    client = signed_in(staff)
    html = client.get(url("detail", request), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    say, avoid, phone = (
        html.index("Llamo del consultorio."),
        html.index("La oficina."),
        html.index("+56 9 6111 0008"),
    )
    assert say < phone and avoid < phone
    assert "Paused" not in html
    attempt(request=request, actor=staff, channel="call", result="not_safe")
    html = client.get(url("detail", request), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Paused" in html and "Do not contact her before" in html


# Handling --------------------------------------------------------------------------------------


def test_the_second_person_to_take_a_request_is_told_and_the_first_keeps_it():
    request = make_request("08")
    first = make_handler(Role.GENDER_UNIT, first_name="Ana", last_name="Soto")
    second = make_handler(Role.REGIONAL_STAFF, cut="08", first_name="Berta", last_name="Díaz")
    first_client, second_client = signed_in(first), signed_in(second)
    assert second_client.get(url("detail", request)).status_code == 200  # both have it open
    assert first_client.post(url("take", request)).status_code == 302
    response = second_client.post(url("take", request), follow=True, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert "Ana Soto took this request first." in html
    assert reloaded(request).assigned_to == first


def test_staff_assign_a_request_to_a_colleague_of_its_region():
    request = make_request("08")
    colleague = make_handler(Role.REGIONAL_STAFF, cut="08")
    elsewhere = make_handler(cut="05")
    client = signed_in(make_handler(Role.GENDER_UNIT))
    client.post(url("assign", request), {"assignee": elsewhere.pk})
    assert reloaded(request).assigned_to is None, "not someone of another region"
    client.post(url("assign", request), {"assignee": colleague.pk})
    assigned = reloaded(request)
    assert assigned.assigned_to == colleague and assigned.status == "assigned"


def test_a_call_while_she_is_paused_is_refused_on_the_attempt_page():
    request = make_request("08", preferences=TUESDAY_MORNINGS)
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    attempt(request=request, actor=staff, channel="call", result="not_safe")
    response = signed_in(staff).post(
        url("attempt", request),
        {"channel": "call", "result": "reached", "reason": ANY_TIME_REASON},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "She said it was not safe" in response.content.decode()
    assert reloaded(request).attempts.count() == 1


def test_notes_and_closing_are_recorded_and_a_closed_request_accepts_no_more_attempts():
    request = make_request("08")
    client = signed_in(make_handler(Role.REGIONAL_STAFF, cut="08"))
    client.post(url("note", request), {"text": "Prefiere que la llamen los martes."})
    assert client.post(url("close", request), {"outcome": "informed"}).status_code == 302
    closed = reloaded(request)
    assert closed.notes.get().text == "Prefiere que la llamen los martes."
    assert closed.status == "closed" and closed.outcome == "informed"
    client.post(url("attempt", request), {"channel": "call", "result": "reached"})
    assert not reloaded(request).attempts.exists()


# Opening a request on her behalf ---------------------------------------------------------------

PHONED = {
    "intake": "phone",
    "topic": "health",
    "region": "08",
    "message": "Llamó para saber dónde atenderse.",
    "methods": ["call"],
    "phone": "9 6111 2233",
    "name": "Luz",
    "call": "yes",
    "voicemail": "no",
    "days": ["1", "3"],
    "times": ["morning"],
    "say": "Que llaman del consultorio.",
    "language": "es",
}


def test_staff_open_a_request_for_a_woman_who_phoned():
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    response = signed_in(staff).post(url("create"), PHONED)
    with scopes_disabled():
        request = ContactRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == url("detail", request)
    assert request.created_by == staff and request.intake == "phone"
    assert request.region.cut_code == "08" and request.phone == "+56961112233"
    assert request.preferences["days"] == [1, 3] and request.preferences["say"]
    entry = AuditEntry.objects.get(action="contact.request.created")
    assert entry.actor == staff and entry.object_id == str(request.pk)


def test_a_valparaiso_delegate_cannot_open_a_request_for_biobio():
    response = signed_in(make_handler(cut="05")).post(
        url("create"), PHONED, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "You can only open requests for your own regions." in response.content.decode()
    with scopes_disabled():
        assert not ContactRequest.objects.exists()
    assert not AuditEntry.objects.filter(action="contact.request.created").exists()


def test_the_staff_form_speaks_about_her_not_to_her():
    import re

    from django.utils import translation

    from acoge.contact.forms_backoffice import StaffRequestForm

    with translation.override("en"):
        form = StaffRequestForm()
        words = [
            str(text)
            for field in form.fields.values()
            for text in (
                field.label,
                field.help_text,
                *(label for _value, label in getattr(field, "choices", [])),
            )
        ]
    unquoted = [re.sub(r"“[^”]*”", "", text) for text in words]  # what the e-mail says is quoted
    speaking_to_her = [text for text in unquoted if re.search(r"\b(you|your|me|my)\b", text, re.I)]
    assert speaking_to_her == []
    html = signed_in(make_handler(Role.GENDER_UNIT)).get(url("create"), HTTP_ACCEPT_LANGUAGE="en")
    assert "Send her a confirmation email" in html.content.decode()


def test_the_staff_form_asks_the_same_safety_questions():
    data = {**PHONED, "call": "no"}  # calls only, and calls are not safe
    response = signed_in(make_handler(Role.GENDER_UNIT)).post(
        url("create"), data, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "we have no safe way to contact you" in response.content.decode()
    with scopes_disabled():
        assert not ContactRequest.objects.exists()


# Export ----------------------------------------------------------------------------------------


def exported(client: Client) -> list[list[str]]:
    response = client.get(url("export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_export_has_one_row_per_visible_request_and_no_personal_data():
    valparaiso = [
        make_request(
            "05",
            name=f"Nombre{n}",
            phone=f"+5696111000{n}",
            email=f"correo{n}@example.org",
            message=f"Mensaje privado {n}",
            preferences={
                "methods": ["call", "email"],
                "call": "yes",
                "write": "yes",
                "say": f"Decir esto {n}",
                "avoid": f"Evitar esto {n}",
            },
        )
        for n in range(3)
    ]
    biobio = make_request("08")
    staff = make_handler(Role.GENDER_UNIT)
    attempt(request=valparaiso[0], actor=staff, channel="call", result="reached")

    delegate = make_handler(cut="05")
    header, *rows = exported(signed_in(delegate))
    assert header == EXPORT_HEADER
    assert sorted(row[0] for row in rows) == sorted(r.reference for r in valparaiso)
    assert all(row[2] == "05" for row in rows)
    text = "\n".join(",".join(row) for row in rows)
    for n in range(3):
        for secret in (
            f"Nombre{n}",
            f"6111000{n}",
            f"correo{n}@example.org",
            f"Mensaje privado {n}",
            f"Decir esto {n}",
            f"Evitar esto {n}",
        ):
            assert secret not in text
    assert AuditEntry.objects.filter(
        action="contact.requests.exported", actor=delegate, data={"rows": 3}
    ).exists()

    header, *rows = exported(signed_in(make_handler(Role.GENDER_UNIT)))
    assert len(rows) == 4 and biobio.reference in {row[0] for row in rows}


# Spam ------------------------------------------------------------------------------------------


def test_marking_spam_erases_the_request_and_the_log_keeps_its_reference():
    request = make_request("08")
    staff = make_handler(Role.GENDER_UNIT)
    services.note_add(request=request, actor=staff, text="Publicidad")
    attempt(request=request, actor=staff, channel="call", result="no_answer")
    client = signed_in(staff)
    assert client.get(url("spam", request)).status_code == 200
    response = client.post(url("spam", request), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"] == url("inbox")
    with scopes_disabled():
        assert not ContactRequest.objects.filter(pk=request.pk).exists()
    assert not Note.objects.filter(request_id=request.pk).exists()
    inbox = client.get(url("inbox"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"Request {request.reference} erased as spam." in inbox
    assert f'href="{url("detail", request)}"' not in inbox
    entry = AuditEntry.objects.get(action="contact.request.spam")
    assert entry.actor == staff and entry.data["reference"] == request.reference
    assert client.get(url("detail", request)).status_code == 404


def test_the_inbox_overdue_tab_lists_requests_nobody_tried_to_contact_in_time():
    late = make_request("08", now=local(2026, 9, 1))
    on_time = make_request("08")
    html = signed_in(make_handler(Role.GENDER_UNIT)).get(url("inbox"), {"ver": "vencidas"})
    html = html.content.decode()
    assert late.reference in html and on_time.reference not in html
    assert region("08").short_name in html


def test_a_long_inbox_is_paged_and_the_pages_keep_the_tab():
    made = [make_request("08", now=local(2026, 9, 1, 9, n)) for n in range(53)]
    client = signed_in(make_handler(Role.GENDER_UNIT))
    first = client.get(url("inbox"), {"ver": "vencidas"}).content.decode()
    second = client.get(url("inbox"), {"ver": "vencidas", "page": 2}).content.decode()
    on_first = [r.reference for r in made if r.reference in first]
    on_second = [r.reference for r in made if r.reference in second]
    assert len(on_first) == 50 and len(on_second) == 3
    assert set(on_first).isdisjoint(on_second)
    # oldest due first, and the link to the next page stays on the same tab
    assert on_first == [r.reference for r in made[:50]]
    assert 'href="?ver=vencidas&amp;page=2"' in first
