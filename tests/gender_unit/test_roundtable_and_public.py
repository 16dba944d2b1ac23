"""The Roundtable on Gender (attendance of every delegate in office, agreements followed until
done) and the public page: each region's role e-mail, or "vacant" when no delegate is in office,
up to date as soon as the Unit changes an appointment."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from acoge.accounts.models import Role
from acoge.gender_unit.errors import GenderUnitError
from acoge.gender_unit.models import Agreement, Appointment, Desk
from acoge.gender_unit.services import delegates, roundtable
from tests.conftest import sign_in
from tests.gender_unit.builders import delegate, region, session, staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_attendance_is_taken_for_each_delegate_in_office_on_the_day():
    here, there = delegate("05"), delegate("02")
    delegate("13", kind="alternate")
    delegate("08", since_days=-5)  # appointed after the session
    held = session(days_ago=1)
    assert {a.pk for a in roundtable.expected(held)} == {here.pk, there.pk}
    unit = staff(Role.GENDER_UNIT)
    with pytest.raises(GenderUnitError, match="every delegate"):  # one left out
        roundtable.attendance_record(session=held, statuses={here.pk: "present"}, actor=unit)
    present = roundtable.attendance_record(
        session=held, statuses={here.pk: "present", there.pk: "excused"}, actor=unit
    )
    assert present == 1
    held.refresh_from_db()
    assert held.status == "held"


def test_attendance_waits_for_the_session_to_start():
    delegate("05")
    upcoming = session(days_ago=-3)
    with pytest.raises(GenderUnitError):
        roundtable.attendance_record(session=upcoming, statuses={}, actor=staff(Role.GENDER_UNIT))


def test_an_agreement_is_late_past_its_due_date_until_done():
    made = Agreement.objects.create(
        session=session(),
        number=1,
        text="Enviar la propuesta de capacitación",
        owner="Unidad de Género",
        due_on=timezone.localdate() - datetime.timedelta(days=2),
    )
    assert made.is_late()
    roundtable.agreement_update(
        agreement=made, status="done", progress="Enviada", actor=staff(Role.GENDER_UNIT)
    )
    made.refresh_from_db()
    assert not made.is_late() and made.done_on == timezone.localdate()


def test_the_public_page_shows_each_regions_role_email_or_vacant(client):
    Desk.objects.create(region=region("05"), email="genero.valparaiso@example.gob.cl")
    Desk.objects.create(region=region("11"), email="genero.aysen@example.gob.cl")
    delegate("05", email="camila.soto@example.gob.cl")
    response = client.get("/es/genero/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "genero.valparaiso@example.gob.cl" in text
    assert "genero.aysen@example.gob.cl" not in text  # vacant: no one reads it
    assert "camila.soto" not in text  # never a person's own address
    rows = {row.region.cut_code: row for row in delegates.roster()}
    assert rows["11"].vacant and not rows["05"].vacant
    assert len(rows) == 16


def test_the_public_page_changes_as_soon_as_an_appointment_ends(client, settings):
    Desk.objects.create(region=region("05"), email="genero.valparaiso@example.gob.cl")
    appointment = delegate("05")
    assert "genero.valparaiso@example.gob.cl" in client.get("/es/genero/").content.decode()
    admin = staff(Role.GENDER_UNIT)
    sign_in(client, admin)
    change = reverse("admin:gender_unit_appointment_change", args=[appointment.pk])
    form = client.get(change).context["adminform"].form
    data = {
        **{name: form[name].value() or "" for name in form.fields},
        "ends_on": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
    }
    assert client.post(change, data).status_code == 302
    assert Appointment.objects.get(pk=appointment.pk).ends_on is not None
    client.logout()
    assert "genero.valparaiso@example.gob.cl" not in client.get("/es/genero/").content.decode()


def test_the_public_page_is_linked_from_the_women_programme(client):
    text = client.get("/es/mujer-migrante/").content.decode()
    assert reverse("gender_unit:home") in text
