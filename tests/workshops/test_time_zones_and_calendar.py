"""A workshop's times are on its region's clocks, on every page, in every message and calendar
file; her own calendar entry follows her discreet choice; calendar events carry the site's
domain, a SEQUENCE and LAST-MODIFIED, so a changed or cancelled workshop replaces the event."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import pgettext
from icalendar import Calendar

from acoge.accounts.models import Role
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from acoge.workshops.models import Registration, Topic, Workshop
from acoge.workshops.notifications import render_message, send_due_reminders
from tests.factories import WorkshopFactory, registration, session_of
from tests.workshops.test_backoffice import form_data_for, url, workshop_form_data

pytestmark = pytest.mark.django_db

PUNTA_ARENAS = ZoneInfo("America/Punta_Arenas")
SANTIAGO = ZoneInfo("America/Santiago")
UTC = datetime.UTC
NEXT_YEAR = timezone.localdate().year + 1


def in_magallanes(month: int, hour: int = 18, day: int = 15) -> Workshop:
    """A published workshop in Punta Arenas next year, at `hour` on its own clocks."""
    start = datetime.datetime(NEXT_YEAR, month, day, hour, tzinfo=PUNTA_ARENAS)
    return WorkshopFactory(
        cut="12",
        title="Violencia contra las mujeres: dónde pedir ayuda",
        commune="Punta Arenas",
        venue="Centro de la Mujer",
        address="Av. Bulnes 100",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
    )


def event_of(response) -> dict:
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    return event


# Pages and calendar files on the region's clocks --------------------------------------------


@pytest.mark.parametrize("month", [1, 7])
def test_a_magallanes_workshop_at_six_in_the_evening_shows_six_and_its_file_has_that_instant(
    client, month
):
    """In January Santiago's summer time matches Magallanes; in July it is an hour behind."""
    workshop = in_magallanes(month)
    session_of(workshop, Topic.VIOLENCE, "SernamEG")
    for name in ("workshops:detail", "workshops:list"):
        path = reverse(name, args=[workshop.pk]) if name.endswith("detail") else reverse(name)
        html = client.get(path).content.decode()
        assert "18:00–20:00" in html, name
    detail = client.get(reverse("workshops:detail", args=[workshop.pk])).content.decode()
    assert "<strong>18:00–19:00" in detail, "the programme's sessions too"
    response = client.get(reverse("workshops:detail-ics", args=[workshop.pk]))
    event = event_of(response)
    assert event["DTSTART"].params["TZID"] == "America/Punta_Arenas"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime.datetime(
        NEXT_YEAR, month, 15, 21, tzinfo=UTC
    )
    assert (
        b"BEGIN:VTIMEZONE" in response.content and b"TZID:America/Punta_Arenas" in response.content
    )


def test_staff_pages_show_the_workshop_on_its_regions_clocks(staff_client):
    workshop = in_magallanes(7)
    client = staff_client(Role.GENDER_DELEGATE, regions=[workshop.region])
    listed = client.get(reverse("workshops_staff:list"), {"when": "all"}).content.decode()
    assert "18:00" in listed and "17:00" not in listed
    detail = client.get(url("detail", workshop)).content.decode()
    assert "18:00" in detail and "17:00" not in detail


def test_staff_type_the_time_on_the_regions_clocks_and_see_it_again_to_edit(
    staff_client, django_capture_on_commit_callbacks
):
    magallanes = Region.objects.get(cut_code="12")
    client = staff_client(Role.GENDER_DELEGATE, regions=[magallanes])
    starts = f"{NEXT_YEAR}-07-15T18:00"
    response = client.post(
        reverse("workshops_staff:create"),
        workshop_form_data(
            region=magallanes.pk,
            commune="Punta Arenas",
            starts_at=starts,
            ends_at=f"{NEXT_YEAR}-07-15T20:00",
        ),
    )
    assert response.status_code == 302
    with scopes_disabled():
        workshop = Workshop.objects.get()
    assert workshop.starts_at == datetime.datetime(NEXT_YEAR, 7, 15, 21, tzinfo=UTC)
    form = client.get(url("edit", workshop)).content.decode()
    assert f'value="{starts}"' in form
    registration(
        workshop, 1, email="ana@example.org", phone="", channel="email", messages_safe=True
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        unchanged = form_data_for(
            workshop,
            starts_at=starts,
            ends_at=f"{NEXT_YEAR}-07-15T20:00",
            venue="Sede vecinal",
            title_en="Where to get help",
        )
        client.post(url("edit", workshop), unchanged)
    assert mail.outbox == [], "the same time typed again is no change"


def test_messages_give_the_time_on_the_regions_clocks():
    workshop = in_magallanes(7)
    result = registration(workshop, 1, email="ana@example.org", phone="", channel="email")
    _subject, text = render_message(result.registration, "reminder")
    assert "18:00" in text and "17:00" not in text


def test_the_reminder_goes_the_day_before_on_the_regions_calendar():
    """00:30 on 16 July in Punta Arenas is still 15 July, 23:30, in Santiago."""
    workshop = in_magallanes(7, hour=0, day=16)
    registration(
        workshop, 1, email="ana@example.org", phone="", channel="email", messages_safe=True
    )
    the_day_before_there = datetime.datetime(NEXT_YEAR, 7, 15, 10, tzinfo=PUNTA_ARENAS)
    assert send_due_reminders(now=the_day_before_there - datetime.timedelta(days=1)) == 0
    assert send_due_reminders(now=the_day_before_there) == 1


# Her own calendar entry ----------------------------------------------------------------------


def her_entry(client, result, lang: str = "es"):
    with translation.override(lang):
        path = reverse("workshops:manage-ics", kwargs={"token": result.manage_token})
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "no-store" in response["Cache-Control"], "a private link's file is not kept"
    return response


def test_her_discreet_entry_has_a_neutral_title_no_topic_and_keeps_the_time_and_address(client):
    workshop = in_magallanes(7)
    session_of(workshop, Topic.VIOLENCE, "SernamEG")
    result = registration(workshop, 1)  # discreet by default
    response = her_entry(client, result)
    event = event_of(response)
    with translation.override("es"):
        assert str(event["SUMMARY"]) == pgettext("her calendar entry, discreet", "Appointment")
    assert str(event["SUMMARY"]) != workshop.title
    text = response.content.decode()
    for revealing in (
        "Violencia",
        "violencia",
        "Centro de la Mujer",
        "mujer-migrante",
        "SERMIG",
        "SernamEG",
        "Mujer Migrante",
        "talleres",
    ):
        assert revealing not in text, revealing
    assert "Av. Bulnes 100" in str(event["LOCATION"])
    assert event.decoded("DTSTART").astimezone(UTC).hour == 21  # 18:00 in Punta Arenas
    assert 'filename="cita.ics"' in response["Content-Disposition"]
    with translation.override("en"):
        english = client.get(reverse("workshops:manage-ics", kwargs={"token": result.manage_token}))
    assert str(event_of(english)["SUMMARY"]) == "Appointment"


def test_her_entry_without_discretion_reads_like_the_workshop(client):
    workshop = in_magallanes(7)
    result = registration(workshop, 1)
    services.registration_update(registration=result.registration, discreet=False)
    event = event_of(her_entry(client, result))
    assert str(event["SUMMARY"]) == workshop.title
    assert "Centro de la Mujer" in str(event["LOCATION"])
    assert f"/mujer-migrante/talleres/{workshop.pk}/" in str(event["URL"])


def test_her_entry_replaces_itself_when_the_workshop_changes_or_is_cancelled(client):
    workshop = in_magallanes(7)
    result = registration(workshop, 1)
    first = event_of(her_entry(client, result))
    assert str(first["UID"]) == f"registration-{result.registration.pk}@acoge.test"
    assert "LAST-MODIFIED" in first and first["STATUS"] == "CONFIRMED"

    workshop.starts_at += datetime.timedelta(hours=1)
    workshop.ends_at += datetime.timedelta(hours=1)
    with scopes_disabled():  # as staff pages run the service, inside a scope
        services.workshop_save(workshop=workshop, actor=None, changed=["starts_at", "ends_at"])
    moved = event_of(her_entry(client, result))
    assert str(moved["UID"]) == str(first["UID"])
    assert moved["SEQUENCE"] > first["SEQUENCE"]
    assert moved.decoded("DTSTART").astimezone(UTC).hour == 22

    with scopes_disabled():
        services.workshop_save(workshop=workshop, actor=None, changed=["capacity"])
    assert event_of(her_entry(client, result))["SEQUENCE"] == moved["SEQUENCE"], (
        "nothing a calendar shows changed"
    )

    services.workshop_cancel(workshop=workshop, actor=None)
    cancelled = event_of(her_entry(client, result))
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] > moved["SEQUENCE"]


def test_her_own_cancellation_and_her_discreet_choice_make_a_new_revision_of_her_entry(client):
    workshop = in_magallanes(7)
    result = registration(workshop, 1)
    first = event_of(her_entry(client, result))
    services.registration_update(registration=result.registration, discreet=False)
    titled = event_of(her_entry(client, result))
    assert titled["SEQUENCE"] > first["SEQUENCE"] and str(titled["SUMMARY"]) == workshop.title
    with scopes_disabled():
        mine = Registration.objects.get(pk=result.registration.pk)
    services.registration_cancel(registration=mine)
    cancelled = event_of(her_entry(client, result))
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] > titled["SEQUENCE"]


def test_her_entry_is_offered_on_her_confirmation_and_private_page_and_by_code(client):
    workshop = in_magallanes(7)
    result = registration(workshop, 1, email="ana@example.org", phone="", channel="email")
    manage = reverse("workshops:manage", kwargs={"token": result.manage_token})
    html = client.get(manage).content.decode()
    entry = reverse("workshops:manage-ics", kwargs={"token": result.manage_token})
    assert f'href="{entry}"' in html
    found = client.post(
        reverse("workshops:find"),
        {"reference": result.registration.reference, "contact": "ana@example.org"},
    )
    assert 'accion=calendario"' in found.content.decode()
    by_code = client.get(reverse("workshops:find"), {"accion": "calendario"})
    assert str(event_of(by_code)["SUMMARY"]) != workshop.title, "discreet by default"


def test_a_waitlisted_place_is_tentative_in_her_calendar(client):
    workshop = in_magallanes(7)
    workshop.capacity = 1
    workshop.save(update_fields=["capacity"])
    registration(workshop, 1)
    waiting = registration(workshop, 2)
    assert waiting.registration.status == Registration.Status.WAITLISTED
    assert event_of(her_entry(client, waiting))["STATUS"] == "TENTATIVE"


def test_public_files_carry_the_site_domain_a_sequence_and_a_cancelled_status(client):
    workshop = in_magallanes(7)
    first = event_of(client.get(reverse("workshops:detail-ics", args=[workshop.pk])))
    assert str(first["UID"]) == f"workshop-{workshop.pk}@acoge.test"
    assert "LAST-MODIFIED" in first
    services.workshop_cancel(workshop=workshop, actor=None)
    cancelled = event_of(client.get(reverse("workshops:detail-ics", args=[workshop.pk])))
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] > first["SEQUENCE"]


# Messages about it follow her discreet choice -------------------------------------------------

KINDS = (
    "confirmed",
    "waitlisted",
    "promoted",
    "reminder",
    "changed",
    "cancelled",
    "workshop_cancelled",
)


@pytest.mark.parametrize("kind", KINDS)
def test_every_message_about_a_discreet_registration_names_neither_workshop_nor_topic(kind):
    workshop = in_magallanes(7)
    session_of(workshop, Topic.VIOLENCE, "SernamEG")
    result = registration(workshop, 1, email="ana@example.org", phone="", channel="email")
    subject, text = render_message(result.registration, kind, result.manage_token)
    message = f"{subject}\n{text}"
    assert subject == "Un mensaje de Acoge" or "Acoge" in subject
    for revealing in ("Violencia", "violencia", "Centro de la Mujer", "SernamEG"):
        assert revealing not in message, (kind, revealing)
    if kind not in {"cancelled", "workshop_cancelled"}:
        assert "Av. Bulnes 100" in message and "18:00" in message, "place and time stay"


def test_a_message_without_discretion_names_the_workshop():
    workshop = in_magallanes(7)
    result = registration(workshop, 1, email="ana@example.org", phone="", channel="email")
    services.registration_update(registration=result.registration, discreet=False)
    _subject, text = render_message(result.registration, "changed")
    assert workshop.title in text and "Centro de la Mujer" in text
