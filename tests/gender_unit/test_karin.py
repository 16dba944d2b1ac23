"""The Ley Karin channel: signed reports, written or recorded by a receiver; who may open one
(receivers and the assigned investigator only: a national administrator or the region's
delegate is told it does not exist), every opening logged, deadlines from the settings, the
state the reporter follows, e-mails that say nothing of the report, encryption at rest, the
retention rule and the half-yearly report with its small counts hidden."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from acoge.accounts.models import Role
from acoge.core.models import AuditEntry
from acoge.core.retention import run_retention
from acoge.gender_unit.errors import GenderUnitError
from acoge.gender_unit.models.karin import Report
from acoge.gender_unit.services import karin
from tests.conftest import sign_in
from tests.gender_unit.builders import region, report, staff, staff_words

pytestmark = pytest.mark.django_db

FACTS = "Gritos y descalificaciones en reuniones."


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def receiver():
    return staff(Role.KARIN_RECEIVER, email="receptora@example.org")


@pytest.fixture
def investigator():
    return staff(Role.KARIN_INVESTIGATOR, email="fiscal@example.org")


def opened(client, user, filed: Report):
    sign_in(client, user)
    return client.get(reverse("gender_staff:karin-report", kwargs={"pk": filed.pk}))


@pytest.mark.parametrize(
    "role, cuts",
    [
        (Role.NATIONAL_ADMIN, ()),
        (Role.GENDER_UNIT, ()),
        (Role.GENDER_DELEGATE, ("08",)),  # the delegate of the region where it happened
        (Role.REGIONAL_STAFF, ("08",)),
        (Role.KARIN_INVESTIGATOR, ()),  # an investigator not assigned to it
    ],
)
def test_a_report_does_not_exist_for_anyone_but_receivers_and_its_investigator(
    client, receiver, role, cuts
):
    filed = report()
    response = opened(client, staff(role, cuts), filed)
    assert response.status_code == 404
    assert FACTS not in response.content.decode()
    assert not AuditEntry.objects.filter(action="gender_unit.report.read").exists()


def test_the_assigned_investigator_and_the_receivers_open_it_and_each_opening_is_logged(
    client, receiver, investigator
):
    filed = report()
    karin.investigator_assign(report=filed, investigator=investigator, actor=receiver)
    for reader in (receiver, investigator, receiver):
        response = opened(client, reader, filed)
        assert response.status_code == 200
        assert FACTS in response.content.decode()
        assert "no-store" in response["Cache-Control"]
    readings = AuditEntry.objects.filter(action="gender_unit.report.read", object_id=str(filed.pk))
    assert [entry.actor for entry in readings.order_by("pk")] == [receiver, investigator, receiver]
    assert all(entry.object_label == filed.reference for entry in readings)


def test_a_delegate_assigned_as_investigator_opens_it_but_not_the_next_report(client, receiver):
    both = staff(Role.KARIN_INVESTIGATOR)
    from tests.factories import StaffRoleFactory

    StaffRoleFactory(user=both, role=Role.GENDER_DELEGATE, regions=[region("08")])
    mine, other = report(), report()
    karin.investigator_assign(report=mine, investigator=both, actor=receiver)
    assert opened(client, both, mine).status_code == 200
    assert opened(client, both, other).status_code == 404


def test_the_inbox_lists_every_report_for_receivers_and_only_hers_for_an_investigator(
    client, receiver, investigator
):
    mine, other = report(), report()
    karin.investigator_assign(report=mine, investigator=investigator, actor=receiver)
    sign_in(client, investigator)
    page = client.get(reverse("gender_staff:karin-inbox")).content.decode()
    assert mine.reference in page and other.reference not in page
    sign_in(client, receiver)
    page = client.get(reverse("gender_staff:karin-inbox")).content.decode()
    assert mine.reference in page and other.reference in page


def test_what_she_reports_is_encrypted_at_rest(receiver):
    filed = report(people="Juan Pérez, jefe de unidad")
    with connection.cursor() as cursor:
        cursor.execute("SELECT facts, people FROM gender_unit_report WHERE id = %s", [filed.pk])
        facts, people = cursor.fetchone()
    assert "Gritos" not in facts and "Pérez" not in people
    assert facts.startswith("enc1:")
    assert Report.objects.get(pk=filed.pk).facts == FACTS


def test_a_report_is_signed_by_a_staff_member_and_a_verbal_one_needs_a_receiver(receiver):
    reporter = staff(Role.REGIONAL_STAFF, ("08",))
    with pytest.raises(GenderUnitError):
        karin.report_file(
            reporter=reporter, kind="workplace", facts="x", recorded_by=staff(Role.GENDER_UNIT)
        )
    with pytest.raises(GenderUnitError):
        karin.report_file(reporter=reporter, kind="workplace", facts="   ")
    verbal = karin.report_file(
        reporter=reporter, kind="sexual", facts="Lo que contó.", recorded_by=receiver
    )
    assert verbal.channel == Report.Channel.VERBAL and verbal.reporter == reporter
    assert verbal.recorded_by == receiver


def test_filing_tells_the_receivers_without_saying_anything_of_the_report(
    receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        filed = report(kind="sexual", people="Juan Pérez")
    assert [message.to for message in mail.outbox] == [["receptora@example.org"]]
    message = mail.outbox[0]
    text = message.subject + message.body
    for secret in (filed.reference, "Gritos", "Pérez", "sexual", "Sexual", "Biobío"):
        assert secret not in text
    assert reverse("gender_staff:karin-inbox") in message.body


@override_settings(ACOGE_KARIN_MEASURES_BUSINESS_DAYS=3, ACOGE_KARIN_INVESTIGATION_DAYS=30)
def test_deadlines_come_from_the_settings_in_business_and_calendar_days():
    friday = timezone.make_aware(datetime.datetime(2026, 12, 4, 10, 0))
    filed = report(now=friday)
    # Monday 7, Wednesday 9, Thursday 10: Tuesday 8 December is a public holiday.
    assert filed.measures_due_on == datetime.date(2026, 12, 10)
    assert filed.investigation_due_on == datetime.date(2027, 1, 3)
    assert filed.measures_late(datetime.date(2026, 12, 11))
    assert not filed.measures_late(datetime.date(2026, 12, 10))


def test_the_reporter_follows_the_state_and_the_notes_written_for_her(
    client, receiver, investigator
):
    filed = report()
    karin.measure_order(report=filed, kind="separation", detail="Otro piso", actor=receiver)
    karin.investigator_assign(report=filed, investigator=investigator, actor=receiver)
    karin.state_change(
        report=filed, state="investigating", actor=investigator, note="Te llamaremos el lunes."
    )
    sign_in(client, filed.reporter)
    page = client.get(reverse("gender_staff:karin-mine", kwargs={"pk": filed.pk}))
    text = page.content.decode()
    assert page.status_code == 200
    assert staff_words("Under investigation") in text and "Te llamaremos el lunes." in text
    assert staff_words("Separating the people's workspaces").replace("'", "&#x27;") in text
    assert "Otro piso" not in text  # the measure's detail is for the receivers
    assert not AuditEntry.objects.filter(action="gender_unit.report.read").exists()


def test_states_move_on_in_order_with_what_each_needs(receiver, investigator):
    filed = report()
    with pytest.raises(GenderUnitError):  # no investigator yet
        karin.state_change(report=filed, state="investigating", actor=receiver)
    with pytest.raises(GenderUnitError):  # not from received
        karin.state_change(report=filed, state="resolved", actor=receiver, outcome="x")
    karin.investigator_assign(report=filed, investigator=investigator, actor=receiver)
    karin.state_change(report=filed, state="investigating", actor=receiver)
    with pytest.raises(GenderUnitError):  # the outcome is needed
        karin.state_change(report=filed, state="resolved", actor=investigator)
    karin.state_change(report=filed, state="resolved", actor=investigator, outcome="Sumario.")
    karin.state_change(report=filed, state="closed", actor=receiver)
    assert filed.closed_at is not None and not filed.is_open
    with pytest.raises(GenderUnitError):
        karin.measure_order(report=filed, kind="care", detail="", actor=receiver)
    actions = AuditEntry.objects.filter(object_id=str(filed.pk)).values_list("data", flat=True)
    assert all(set(data) <= {"state", "kind"} for data in actions)


def test_the_reporter_cannot_investigate_her_own_report(receiver):
    both = staff(Role.KARIN_INVESTIGATOR)
    filed = report(reporter=both)
    with pytest.raises(GenderUnitError):
        karin.investigator_assign(report=filed, investigator=both, actor=receiver)


def test_a_form_with_errors_keeps_what_she_typed(client):
    sign_in(client, staff(Role.REGIONAL_STAFF, ("08",)))
    response = client.post(
        reverse("gender_staff:karin-new"), {"facts": "Lo que pasó el martes", "kind": ""}
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert (
        "Lo que pasó el martes" in text and staff_words("Say what kind of conduct it was") in text
    )
    assert not Report.objects.exists()


def test_retention_erases_a_closed_reports_text_and_people_and_keeps_its_figures(receiver):
    filed = report()
    karin.state_change(report=filed, state="closed", actor=receiver, note="Desistió.")
    Report.objects.filter(pk=filed.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=5 * 365 + 1)
    )
    kept_open = report()
    counts = run_retention()
    assert counts["gender_unit.karin_reports"] == 1
    erased = Report.objects.get(pk=filed.pk)
    assert erased.facts == "" and erased.people == "" and erased.reporter is None
    assert erased.kind == "workplace" and erased.region == region("08")
    assert all(event.note == "" for event in erased.events.all())
    assert Report.objects.get(pk=kept_open.pk).facts == FACTS


def test_she_finds_her_reports_in_the_personal_data_registry(receiver):
    from acoge.core.personal_data import Contact, export_all

    reporter = staff(Role.REGIONAL_STAFF, ("08",), email="ana@example.org")
    filed = report(reporter=reporter)
    found = export_all(Contact(email="ANA@example.org"))["gender_unit.karin_reports"]
    assert found[0]["reference"] == filed.reference
    assert FACTS not in str(found)  # her copy reaches whoever holds her mailbox


def test_the_half_yearly_report_hides_counts_under_five(client, receiver):
    for _n in range(6):
        report(kind="workplace", region=region("13"))
    for _n in range(2):
        report(kind="sexual", region=region("08"))
    sign_in(client, receiver)
    semester = karin.Semester.containing(timezone.localdate())
    response = client.get(reverse("gender_staff:karin-channel-report"), {"semestre": str(semester)})
    by_kind, by_region, _by_state = (dict(table.rows) for table in response.context["tables"])
    # 6 and 2: the 2 hidden, and so the 6 with it (the total is shown); none of violence
    assert list(by_kind.values()) == [None, None, 0]
    assert by_region["Región del Biobío"] is None
    text = response.content.decode()
    assert staff_words("hidden") in text
    assert FACTS not in text
