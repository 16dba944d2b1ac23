"""Dialogues in person: scheduled by regional staff in their own region only, shown on the
public page; who came, counted or signed in; paper questionnaires with their sheet numbers,
typed a second time and compared, a difference corrected; conclusions published by theme."""

import datetime

import pytest
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.consultations import selectors, services
from acoge.consultations.errors import ConsultationError
from acoge.consultations.models import (
    Answer,
    Channel,
    Conclusion,
    Consultation,
    Dialogue,
    DialogueAttendee,
    Response,
)
from acoge.consultations.services import Given
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from tests.conftest import sign_in
from tests.consultations.test_answering import make, option

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def every_region():
    """The services run inside a staff member's region scope; here, outside any request."""
    with scopes_disabled():
        yield


def dialogue_in(code: str, consultation: Consultation | None = None) -> Dialogue:
    consultation = consultation or Consultation.objects.first() or make()
    region = Region.objects.get(cut_code=code)
    with scopes_disabled():
        found = Dialogue.objects.filter(consultation=consultation, region=region).first()
        if found:
            return found
        start = timezone.now() + DAY
        return Dialogue.objects.create(
            consultation=consultation, region=region, place=f"Sede {region.name}",
            starts_at=start, ends_at=start + datetime.timedelta(hours=2), facilitator="Ana",
        )  # fmt: skip


def test_regional_staff_schedule_only_in_their_region(client, make_staff):
    consultation = make()
    biobio, valparaiso = (Region.objects.get(cut_code=c) for c in ("08", "05"))
    staff = make_staff(Role.REGIONAL_STAFF, regions=[biobio])
    sign_in(client, staff)
    url = f"/gestion/consultas/{consultation.pk}/dialogos/"
    data = {
        "place": "Liceo A-1, Concepción",
        "starts_at": "2030-05-12T10:00",
        "ends_at": "2030-05-12T12:00",
        "facilitator": "Equipo regional",
    }
    refused = client.post(url, {**data, "region": valparaiso.pk})
    assert refused.status_code == 400
    assert client.post(url, {**data, "region": biobio.pk}).status_code == 302
    with scopes_disabled():
        dialogue = Dialogue.objects.get()
    assert dialogue.region == biobio
    public = client.get(f"/es/participacion/consultas/{consultation.slug}/")
    assert "Liceo A-1, Concepción" in public.content.decode()
    assert "Equipo regional" not in public.content.decode()  # the facilitator is staff-only


def test_a_dialogue_of_an_online_only_consultation_is_refused():
    consultation = make(modality="online")
    dialogue = Dialogue(
        consultation=consultation, region=Region.objects.get(cut_code="08"), place="X",
        starts_at=timezone.now(), ends_at=timezone.now() + DAY,
    )  # fmt: skip
    with pytest.raises(Exception, match="solo en línea"):
        dialogue.full_clean()


def test_attendance_counted_replaces_the_count_and_keeps_sign_ins(make_staff):
    dialogue = dialogue_in("08")
    staff = make_staff(Role.REGIONAL_STAFF)
    services.attendee_sign_in(dialogue=dialogue, answers={"age_band": "30-44"}, actor=staff)
    services.attendance_count(
        dialogue=dialogue, counts={("woman", "18-29"): 7, ("man", ""): 3}, actor=staff
    )
    services.attendance_count(dialogue=dialogue, counts={("woman", "18-29"): 9}, actor=staff)
    with scopes_disabled():
        assert selectors.attendance(dialogue) == {"counted": 9, "signed_in": 1, "total": 10}
        assert selectors.counted(dialogue) == {("woman", "18-29"): 9}
        assert DialogueAttendee.objects.filter(signed_in=True, age_band="30-44").count() == 1
    with pytest.raises(ConsultationError):
        services.attendance_count(dialogue=dialogue, counts={("woman", ""): -1}, actor=staff)


def _paper(consultation, tema="Salud", claridad=4):
    return {
        "tema": Given(options=(option(consultation, "tema", tema).pk,)),
        "claridad": Given(value=claridad),
    }


def test_sheets_typed_twice_are_compared_and_corrected(make_staff):
    consultation = make()
    dialogue = dialogue_in("08", consultation)
    first, second = make_staff(Role.REGIONAL_STAFF), make_staff(Role.REGIONAL_STAFF)

    def enter(sheet, **kwargs):
        services.response_submit(
            consultation=consultation, given=_paper(consultation, **kwargs), stats={},
            channel=Channel.IN_PERSON, entered_by=first, dialogue=dialogue, sheet=sheet,
        )  # fmt: skip

    def check(sheet, **kwargs):
        services.second_entry_save(
            dialogue=dialogue, sheet=sheet, given=_paper(consultation, **kwargs), stats={},
            region_id=None, actor=second,
        )  # fmt: skip

    enter("1")
    enter("2", claridad=2)
    enter("3")
    with pytest.raises(ConsultationError, match="ya fue ingresada"):
        enter("1")  # a sheet is counted once
    check("1")
    check("2", claridad=5)  # one typist read 2, the other 5
    check("9")  # typed a second time, never first
    comparison = services.entry_differences(dialogue)
    assert comparison.agreeing == 1
    assert comparison.only_first == ["3"] and comparison.only_second == ["9"]
    [difference] = comparison.differences
    assert (difference.sheet, difference.what) == ("2", "claridad")
    assert difference.first["value"] == 2 and difference.second["value"] == 5

    services.entry_correct(dialogue=dialogue, sheet="2", actor=first)
    sheet_two = Response.objects.get(dialogue=dialogue, sheet="2")
    assert Answer.objects.get(response=sheet_two, question__slug="claridad").value == 5
    assert services.entry_differences(dialogue).agreeing == 2
    assert Response.objects.filter(consultation=consultation).count() == 3  # nothing added


def test_a_sheet_number_needs_its_dialogue(make_staff):
    consultation = make()
    with pytest.raises(ConsultationError):
        services.response_submit(
            consultation=consultation, given=_paper(consultation), channel=Channel.IN_PERSON,
            entered_by=make_staff(Role.ENGAGEMENT), sheet="4",
        )  # fmt: skip


def test_paper_page_of_a_dialogue_keeps_what_was_typed_on_a_refused_sheet(client, make_staff):
    consultation = make()
    dialogue = dialogue_in("08", consultation)
    sign_in(client, make_staff(Role.REGIONAL_STAFF, regions=[dialogue.region]))
    url = f"/gestion/consultas/dialogos/{dialogue.pk}/papel/"
    salud = option(consultation, "tema", "Salud").pk
    data = {"sheet-sheet": "12", "tema-answer": salud, "claridad-answer": "3"}
    assert client.post(url, data).status_code == 302
    again = client.post(url, {**data, "comentario-answer": "Texto que no se pierde"})
    assert again.status_code == 400
    page = again.content.decode()
    assert "12" in page and "Texto que no se pierde" in page
    assert Response.objects.filter(dialogue=dialogue).count() == 1


def test_conclusions_are_published_by_theme_with_the_results():
    consultation = make(opens=-10, closes=-1, results_published=True)
    for code in ("08", "05"):
        dialogue = dialogue_in(code, consultation)
        Conclusion.objects.create(dialogue=dialogue, theme="Salud", text=f"Conclusión {code}")
    [(theme, items)] = selectors.conclusions(consultation)
    assert theme == "Salud" and {c.text for c in items} == {"Conclusión 08", "Conclusión 05"}
    from django.test import Client

    page = Client().get(f"/es/participacion/consultas/{consultation.slug}/resultados/")
    assert "Conclusión 08" in page.content.decode()
