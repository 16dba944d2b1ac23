"""Staff pages of the workshops: programme, registrations and exports, attendance, feedback."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from acoge.accounts.models import Role
from acoge.core.models import AuditEntry, Institution, Region
from acoge.core.registries import menu
from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from acoge.workshops.models import Feedback, Modality, Registration, Session, Workshop
from tests.conftest import sign_in
from tests.factories import WorkshopFactory, registration

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
SAFE = {"messages_safe": True}


def a_workshop(cut: str = "02", capacity: int = 10, **fields) -> Workshop:
    values = {
        "title": "Salud de mujeres, niñas y niños",
        "title_es": "Salud de mujeres, niñas y niños",
        "commune": "Antofagasta",
        "days_ahead": 10,
        **fields,
    }
    return WorkshopFactory(cut=cut, capacity=capacity, **values)


def register(workshop: Workshop, n: int, **fields) -> Registration:
    return registration(workshop, n, **fields).registration


def refreshed(obj):
    with scopes_disabled():
        return type(obj).objects.get(pk=obj.pk)


def url(name: str, workshop: Workshop, **kwargs) -> str:
    return reverse(f"workshops_staff:{name}", kwargs={"pk": workshop.pk, **kwargs})


@pytest.fixture
def delegate(staff_client, region_antofagasta):
    """A signed-in gender delegate of Antofagasta (02)."""
    return staff_client(Role.GENDER_DELEGATE, regions=[region_antofagasta])


def workshop_form_data(**changes) -> dict:
    data = {
        "title_es": "Derechos laborales",
        "title_en": "Labour rights",
        "title_ht": "Dwa travay",
        "description_es": "Un taller gratuito.",
        "region": Region.objects.get(cut_code="02").pk,
        "commune": "Antofagasta",
        "venue": "Sede vecinal",
        "modality": Modality.IN_PERSON,
        "starts_at": "2031-05-10T10:00",
        "ends_at": "2031-05-10T13:00",
        "capacity": "25",
        "waitlist_enabled": "on",
        "language": "es",
        "offers_childcare": "on",
        "status": Workshop.Status.PUBLISHED,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def form_data_for(workshop: Workshop, **changes) -> dict:
    local = timezone.localtime
    data = workshop_form_data(
        title_es=workshop.title_es,
        title_en="",
        title_ht="",
        description_es="",
        region=workshop.region_id,
        commune=workshop.commune,
        venue="",
        starts_at=local(workshop.starts_at).strftime("%Y-%m-%dT%H:%M"),
        ends_at=local(workshop.ends_at).strftime("%Y-%m-%dT%H:%M"),
        capacity=str(workshop.capacity),
        offers_childcare=None,
    )
    data.update(changes)
    return data


# Creating and editing


@pytest.mark.django_db
def test_a_delegate_creates_a_workshop_in_three_languages(delegate):
    response = delegate.post(reverse("workshops_staff:create"), workshop_form_data())
    with scopes_disabled():
        workshop = Workshop.objects.get()
    assert response.status_code == 302
    assert response.headers["Location"] == url("sessions", workshop)
    assert (workshop.title_es, workshop.title_en, workshop.title_ht) == (
        "Derechos laborales",
        "Labour rights",
        "Dwa travay",
    )
    with translation.override("ht"):
        assert workshop.title == "Dwa travay"
    start = timezone.localtime(workshop.starts_at)
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 0, "America/Santiago")
    assert AuditEntry.objects.filter(
        action="workshops.workshop.created", actor=delegate.user
    ).exists()


@pytest.mark.django_db
def test_a_delegate_cannot_create_a_workshop_in_another_region(delegate):
    valparaiso = Region.objects.get(cut_code="05")
    response = delegate.post(
        reverse("workshops_staff:create"), workshop_form_data(region=valparaiso.pk)
    )
    html = response.content.decode()
    assert response.status_code == 200 and "ac-error-summary" in html
    assert f'value="{valparaiso.pk}"' not in html, "only her regions are offered"
    with scopes_disabled():
        assert not Workshop.objects.exists()


@pytest.mark.django_db
def test_the_spanish_title_is_required_and_the_end_must_follow_the_start(delegate):
    response = delegate.post(
        reverse("workshops_staff:create"),
        workshop_form_data(title_es="", ends_at="2031-05-10T09:00"),
        **ENGLISH,
    )
    errors = response.context["form"].errors
    assert set(errors) == {"title_es", "ends_at"}
    assert "The end must be after the start." in response.content.decode()


@pytest.mark.django_db
def test_changing_the_time_tells_everyone_registered(delegate, django_capture_on_commit_callbacks):
    workshop = a_workshop()
    for n in range(2):
        register(workshop, n, email=f"persona{n}@example.org", phone="", channel="email", **SAFE)
    register(workshop, 3, messages_safe=False)
    new_start = timezone.localtime(workshop.starts_at) + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = delegate.post(
            url("edit", workshop),
            form_data_for(
                workshop,
                starts_at=new_start.strftime("%Y-%m-%dT%H:%M"),
                ends_at=(new_start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
            ),
        )
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == [
        "persona0@example.org",
        "persona1@example.org",
    ], "those who said messages are safe are told"
    assert timezone.localtime(refreshed(workshop).starts_at).date() == new_start.date()


@pytest.mark.django_db
def test_saving_without_changing_the_time_or_place_tells_nobody(
    delegate, django_capture_on_commit_callbacks
):
    workshop = a_workshop()
    register(workshop, 1, email="persona@example.org", phone="", channel="email", **SAFE)
    with django_capture_on_commit_callbacks(execute=True):
        response = delegate.post(
            url("edit", workshop), form_data_for(workshop, title_en="Health care")
        )
    assert response.status_code == 302
    assert mail.outbox == []
    assert refreshed(workshop).title_en == "Health care"


@pytest.mark.django_db
def test_sessions_are_added_within_the_workshop_and_removed(delegate):
    workshop = a_workshop()
    start = timezone.localtime(workshop.starts_at)
    minsal = Institution.objects.get(short_name="MINSAL")
    session = {
        "topic": "health",
        "institution": minsal.pk,
        "speaker_name": "Ana Rojas",
        "speaker_role_es": "Matrona",
        "speaker_role_ht": "Fanm saj",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
    }
    added = delegate.post(url("sessions", workshop), session)
    assert added.status_code == 302, added.context["form"].errors
    late = {**session, "ends_at": (start + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M")}
    refused = delegate.post(url("sessions", workshop), late)
    assert refused.status_code == 200 and "starts_at" in refused.context["form"].errors
    added = Session.objects.get(workshop=workshop)
    assert (added.speaker_role_es, added.speaker_role_ht) == ("Matrona", "Fanm saj")
    delegate.post(url("session-remove", workshop, session_pk=added.pk))
    assert not Session.objects.filter(workshop=workshop).exists()


@pytest.mark.django_db
def test_cancelling_a_workshop_tells_the_people_registered(
    delegate, django_capture_on_commit_callbacks
):
    workshop = a_workshop()
    register(workshop, 1, email="persona@example.org", phone="", channel="email", **SAFE)
    assert delegate.get(url("cancel", workshop)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = delegate.post(url("cancel", workshop))
    assert response.status_code == 302
    assert refreshed(workshop).status == Workshop.Status.CANCELLED
    assert [message.to for message in mail.outbox] == [["persona@example.org"]]


# Registrations, exports, audit


@pytest.mark.django_db
def test_the_registrations_list_totals_what_the_team_must_prepare(delegate):
    workshop = a_workshop(capacity=3)
    register(workshop, 1, children_ages=[3, 6], interpreter_language="ht")
    register(workshop, 2, children_ages=[3], interpreter_language="ht")
    register(workshop, 3, interpreter_language="fr", accessibility_needs="Silla de ruedas")
    register(workshop, 4, children_ages=[9])  # on the waiting list: not counted
    response = delegate.get(url("registrations", workshop), **ENGLISH)
    logistics = response.context["logistics"]
    assert logistics["children"] == 3
    assert logistics["children_by_age"] == [(3, 2), (6, 1)]
    assert [(str(language), count) for language, count in logistics["interpreters"]] == [
        ("French (Français)", 1),
        ("Haitian Creole (Kreyòl ayisyen)", 2),
    ]
    assert (logistics["accessibility"], logistics["confirmed"], logistics["waitlisted"]) == (
        1,
        3,
        1,
    )
    html = response.content.decode()
    assert "2 children aged 3" in html and "1 child aged 6" in html
    assert "Persona 1" not in html, "names are shown only on a registration's own page"


@pytest.mark.django_db
def test_the_registrations_list_filters_by_need_and_status(delegate):
    workshop = a_workshop(capacity=2)
    with_children = register(workshop, 1, children_ages=[4])
    register(workshop, 2, interpreter_language="ht")
    waiting = register(workshop, 3)
    childcare = delegate.get(url("registrations", workshop), {"childcare": "on"})
    assert [r.pk for r in childcare.context["object_list"]] == [with_children.pk]
    waitlisted = delegate.get(url("registrations", workshop), {"status": "waitlisted"})
    assert [r.pk for r in waitlisted.context["object_list"]] == [waiting.pk]
    interpreter = delegate.get(url("registrations", workshop), {"interpreter": "on"})
    assert len(interpreter.context["object_list"]) == 1


@pytest.mark.django_db
def test_the_csv_export_holds_the_logistics_list_and_is_written_to_the_audit_log(delegate):
    workshop = a_workshop()
    marie = register(workshop, 1, name="Marie", children_ages=[3, 6], interpreter_language="ht")
    tricky = register(workshop, 2, name='=HYPERLINK("http://x")')
    cancelled = register(workshop, 3)
    services.registration_cancel(registration=cancelled)
    response = delegate.get(url("registrations-csv", workshop))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3, "a header and the two active registrations"
    by_reference = {row[0]: row for row in rows[1:]}
    assert by_reference[marie.reference][2:4] == ["Marie", "+56961230001"]
    assert by_reference[marie.reference][6] == "3, 6"
    assert by_reference[tricky.reference][2].startswith("'="), "no formula runs in a spreadsheet"
    assert cancelled.reference not in by_reference
    entry = AuditEntry.objects.get(action="workshops.registrations.exported")
    assert entry.actor == delegate.user and entry.object_id == str(workshop.pk)
    assert entry.data == {"format": "csv", "rows": 2}


@pytest.mark.django_db
def test_the_xlsx_export_holds_the_same_rows_and_is_written_to_the_audit_log(delegate):
    workshop = a_workshop()
    registration = register(workshop, 1, name="José", walk_in=True)
    response = delegate.get(url("registrations-xlsx", workshop), **ENGLISH)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Reference", "Status", "Name"]
    assert rows[1][:3] == [registration.reference, "Confirmed", "José"]
    assert rows[1][9:] == ["Yes", "Yes"], "walk-in, attended"
    entry = AuditEntry.objects.get(action="workshops.registrations.exported")
    assert entry.data == {"format": "xlsx", "rows": 1}


@pytest.mark.django_db
def test_opening_a_registration_shows_her_contact_and_writes_an_audit_read_entry(delegate):
    workshop = a_workshop()
    registration = register(workshop, 1, name="Carolina")
    response = delegate.get(url("registration", workshop, registration_pk=registration.pk))
    html = response.content.decode()
    assert "Carolina" in html and "+56961230001" in html
    entry = AuditEntry.objects.get(action="workshops.registration.read")
    assert entry.actor == delegate.user and entry.object_id == str(registration.pk)


@pytest.mark.django_db
def test_staff_cancel_a_registration_and_the_first_person_waiting_gets_the_place(delegate):
    workshop = a_workshop(capacity=1)
    first = register(workshop, 1)
    waiting = register(workshop, 2)
    response = delegate.post(url("registration-cancel", workshop, registration_pk=first.pk))
    assert response.status_code == 302
    assert refreshed(first).status == Registration.Status.CANCELLED
    assert refreshed(waiting).status == Registration.Status.CONFIRMED
    entry = AuditEntry.objects.get(action="workshops.registration.cancelled")
    assert entry.actor == delegate.user


# Attendance at the door


@pytest.mark.django_db
def test_marking_her_present_and_finding_her_by_name_or_code(delegate):
    workshop = a_workshop()
    jose = register(workshop, 1, name="José Pérez")
    marie = register(workshop, 2, name="Marie Jean")
    page = delegate.get(url("attendance", workshop), {"q": "jose"})
    assert [p.pk for p in page.context["people"]] == [jose.pk], "accents do not matter"
    page = delegate.get(url("attendance", workshop), {"q": marie.reference.lower()})
    assert [p.pk for p in page.context["people"]] == [marie.pk]
    response = delegate.post(
        url("attendance-mark", workshop, registration_pk=marie.pk), {"attended": "1", "q": "mar"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"?q=mar#r{marie.pk}")
    assert refreshed(marie).attended is True
    delegate.post(url("attendance-mark", workshop, registration_pk=marie.pk), {"attended": "0"})
    assert refreshed(marie).attended is False
    assert AuditEntry.objects.filter(action="workshops.attendance.marked").count() == 2


@pytest.mark.django_db
def test_a_walk_in_takes_a_place_and_is_refused_when_the_workshop_is_full(delegate):
    workshop = a_workshop(capacity=2)
    register(workshop, 1)
    response = delegate.post(
        url("walk-in", workshop),
        {"name": "Rosa", "contact": "9 6123 4599", "children_ages": "2", "language": "es"},
    )
    assert response.status_code == 302
    walk_in = Registration.objects.with_scopes_disabled().get(walk_in=True)
    assert (walk_in.name, walk_in.phone, walk_in.children_ages) == ("Rosa", "+56961234599", [2])
    assert walk_in.status == "confirmed" and walk_in.attended is True
    assert refreshed(workshop).seats_taken == 2, "she counts toward the capacity"
    refused = delegate.post(
        url("walk-in", workshop),
        {"name": "Luz", "contact": "luz@example.org", "language": "es"},
        **ENGLISH,
    )
    assert refused.status_code == 200
    assert "The workshop is full" in refused.content.decode()
    assert Registration.objects.with_scopes_disabled().filter(workshop=workshop).count() == 2
    assert refreshed(workshop).seats_taken == 2


@pytest.mark.django_db
def test_a_walk_in_needs_a_valid_phone_or_e_mail(delegate):
    workshop = a_workshop()
    response = delegate.post(
        url("walk-in", workshop), {"name": "Rosa", "contact": "123", "language": "es"}
    )
    assert response.status_code == 200 and "contact" in response.context["form"].errors
    assert 'value="Rosa"' in response.content.decode(), "what was typed is kept"


def started(workshop: Workshop) -> None:
    """The workshop began half an hour ago."""
    Workshop.objects.with_scopes_disabled().filter(pk=workshop.pk).update(
        starts_at=timezone.now() - timedelta(minutes=30)
    )


@pytest.mark.django_db
def test_attendance_cannot_be_closed_before_the_workshop_starts(delegate):
    workshop = a_workshop()
    register(workshop, 1)
    response = delegate.post(url("attendance-close", workshop), follow=True, **ENGLISH)
    assert response.status_code == 200
    assert "once the workshop has started" in response.content.decode()
    closed = refreshed(workshop)
    assert closed.closed_at is None and closed.status == Workshop.Status.PUBLISHED
    assert Registration.objects.with_scopes_disabled().get().attended is None


@pytest.mark.django_db
def test_a_walk_in_may_give_only_her_name(delegate):
    workshop = a_workshop()
    for name in ("Rosa", "Luz"):
        response = delegate.post(url("walk-in", workshop), {"name": name, "language": "es"})
        assert response.status_code == 302, name
    people = Registration.objects.with_scopes_disabled().filter(walk_in=True)
    assert sorted(people.values_list("name", flat=True)) == ["Luz", "Rosa"]
    assert all(not p.phone and not p.email and not p.messages_safe for p in people)


@pytest.mark.django_db
def test_a_walk_in_who_wants_messages_needs_a_contact_and_the_error_names_it(delegate):
    workshop = a_workshop()
    response = delegate.post(
        url("walk-in", workshop), {"name": "Rosa", "messages_safe": "on", "language": "es"}
    )
    assert response.status_code == 200
    assert "contact" in response.context["form"].errors
    assert not Registration.objects.with_scopes_disabled().exists()


@pytest.mark.django_db
def test_closing_the_workshop_gives_attended_no_show_and_walk_in_counts(delegate):
    workshop = a_workshop()
    came = register(workshop, 1)
    register(workshop, 2)  # never marked: a no-show when closing
    register(workshop, 3, walk_in=True)
    delegate.post(url("attendance-mark", workshop, registration_pk=came.pk), {"attended": "1"})
    started(workshop)
    assert delegate.get(url("attendance-close", workshop)).context["unmarked"] == 1
    response = delegate.post(url("attendance-close", workshop), follow=True, **ENGLISH)
    html = response.content.decode()
    assert "1 attended, 1 came without registering, 1 did not come" in html
    counts = response.context["counts"]
    assert (counts["attended"], counts["walk_in"], counts["no_show"]) == (1, 1, 1)
    closed = refreshed(workshop)
    assert closed.closed_at is not None and closed.status == Workshop.Status.COMPLETED
    late = delegate.post(url("attendance-mark", workshop, registration_pk=came.pk), {})
    assert late.status_code == 302 and refreshed(came).attended is True, "closed: no changes"


# Feedback


@pytest.mark.django_db
def test_feedback_averages_from_fewer_than_five_answers_are_hidden(delegate):
    workshop = a_workshop()
    minsal = Institution.objects.get(short_name="MINSAL")
    for topic in ("health", "labour"):
        Session.objects.create(
            workshop=workshop,
            topic=topic,
            institution=minsal,
            starts_at=workshop.starts_at,
            ends_at=workshop.ends_at,
        )
    for score in (5, 4, 4, 5, 3):
        services.feedback_submit(workshop=workshop, usefulness={"health": score})
    for score in (1, 2):
        services.feedback_submit(
            workshop=workshop, usefulness={"labour": score}, wants_to_learn="Pensiones"
        )
    response = delegate.get(url("feedback", workshop), **ENGLISH)
    topics = {row.topic: row for row in response.context["summary"].topics}
    assert topics["health"].average == 4.2 and topics["health"].answers == 5
    assert topics["labour"].average is None and topics["labour"].answers == 2
    html = response.content.decode()
    assert "4.2" in html and "hidden" in html and "at least 5 people answered" in html
    assert html.count("Pensiones") == 2
    assert Feedback.objects.filter(workshop=workshop).count() == 7


# Who sees what


@pytest.mark.django_db
def test_a_facilitator_sees_only_her_workshops_and_takes_attendance_without_contacts(
    client, make_staff, region_antofagasta
):
    facilitator = make_staff(Role.FACILITATOR, regions=[region_antofagasta])
    hers = a_workshop()
    hers.facilitators.add(facilitator)
    other = a_workshop()
    registration = register(hers, 1)
    sign_in(client, facilitator)
    listed = client.get(reverse("workshops_staff:list"))
    assert [w.pk for w in listed.context["object_list"]] == [hers.pk]
    assert client.get(url("attendance", hers)).status_code == 200
    assert client.get(url("registrations", hers)).status_code == 200
    assert client.get(url("registration", hers, registration_pk=registration.pk)).status_code == 403
    assert client.get(url("registrations-csv", hers)).status_code == 403
    assert client.get(url("edit", hers)).status_code == 403
    assert client.get(url("detail", other)).status_code == 404


@pytest.mark.django_db
def test_the_list_shows_only_the_regions_a_delegate_covers(delegate):
    ours = a_workshop()
    a_workshop(cut="05")
    response = delegate.get(reverse("workshops_staff:list"))
    assert [w.pk for w in response.context["object_list"]] == [ours.pk]


@pytest.mark.django_db
def test_the_workshops_menu_entry_is_shown_to_those_who_may_list_them(make_staff):
    entry = next(entry for entry in menu.all() if entry.key == "workshops")
    assert entry.url == reverse("workshops_staff:list")
    assert entry in menu.visible_to(make_staff(Role.FACILITATOR, [Region.objects.first()]))
    assert entry not in menu.visible_to(make_staff(Role.ENGAGEMENT))


@pytest.mark.django_db
def test_free_text_feedback_is_shown_only_once_five_people_answered():
    from acoge.workshops.selectors import feedback_summary
    from acoge.workshops.services import feedback_submit
    from tests.workshops.test_registration import make_workshop

    workshop = make_workshop()
    for n in range(4):
        feedback_submit(workshop=workshop, usefulness={}, wants_to_learn=f"tema {n}")
    assert feedback_summary(workshop).wants_to_learn == []
    feedback_submit(workshop=workshop, usefulness={}, wants_to_learn="tema 4")
    assert len(feedback_summary(workshop).wants_to_learn) == 5


@pytest.mark.django_db
def test_a_workshop_offers_as_facilitators_only_those_who_will_reach_it(
    delegate, make_staff, region_antofagasta, region_biobio
):
    here = make_staff(Role.FACILITATOR, regions=[region_antofagasta], first_name="Aquí")
    everywhere = make_staff(Role.FACILITATOR, first_name="Nacional")
    make_staff(Role.FACILITATOR, regions=[region_biobio], first_name="Biobío")
    make_staff(Role.GENDER_DELEGATE, regions=[region_antofagasta], first_name="Delegada")
    workshop = a_workshop()
    offered = delegate.get(url("edit", workshop)).context["form"].fields["facilitators"]
    assert set(offered.queryset) == {here, everywhere}
    new = delegate.get(reverse("workshops_staff:create")).context["form"].fields["facilitators"]
    assert {user.first_name for user in new.queryset} == {"Aquí", "Nacional", "Biobío"}
