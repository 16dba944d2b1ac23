"""Results: each question counted in the database by answer and channel, crossed with who
answered, every small count hidden (and whatever would reveal one); published only once the
consultation closed and staff published them; its questionnaire frozen once it opens."""

import pytest
from django.test import Client
from django.utils import timezone

from acoge.consultations import selectors, services
from acoge.consultations.models import Channel, Option, Participation, Question
from acoge.consultations.services import Given
from acoge.core.models import Region
from acoge.stats.demographics import GenderIdentity
from acoge.stats.tables import NOT_ANSWERED
from tests.consultations.test_answering import DAY, make, option

GENDER_TITLE = next(d.title for d in selectors.EVERYONE_DIMENSIONS if d.field == "gender_identity")

pytestmark = pytest.mark.django_db


def answer(consultation, label: str, *, channel=Channel.ONLINE, staff=None, gender="", times=1):
    given = {
        "tema": Given(options=(option(consultation, "tema", label).pk,)),
        "claridad": Given(value=3),
    }
    for _ in range(times):
        services.response_submit(
            consultation=consultation,
            given=given,
            channel=channel,
            entered_by=staff,
            stats={"gender_identity": gender} if gender else {},
            region_id=Region.objects.get(cut_code="13").pk,
        )


def table(result, title_part=""):
    return next(t for t in result.tables if title_part in str(t.title))


def test_a_question_is_counted_by_answer_and_channel_with_small_counts_hidden(make_staff):
    from acoge.accounts.models import Role

    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    answer(consultation, "Salud", times=12, gender="woman")
    answer(consultation, "Salud", channel=Channel.IN_PERSON, staff=staff, times=7, gender="man")
    answer(consultation, "Trabajo", times=6, gender="woman")
    answer(consultation, "Trabajo", channel=Channel.IN_PERSON, staff=staff, times=5, gender="man")
    first = selectors.results(consultation, crossed=("gender_identity",)).questions[0]
    by_channel = first.tables[0]
    assert by_channel.col_labels == [str(Channel.ONLINE.label), str(Channel.IN_PERSON.label)]
    rows = {label: (cells, total) for label, cells, total in by_channel.rows}
    assert rows["Salud"] == ([12, 7], 19) and rows["Trabajo"] == ([6, 5], 11)
    assert rows["Idioma"] == ([0, 0], 0)
    assert rows[str(NOT_ANSWERED)] == ([0, 0], 0), "everyone answered the required question"
    crossed = first.tables[1]
    man = crossed.col_labels.index(str(GenderIdentity.MAN.label))
    assert crossed.cells[crossed.row_labels.index("Salud")][man] == 7


def test_a_small_group_is_hidden_and_cannot_be_worked_out(make_staff):
    consultation = make()
    answer(consultation, "Salud", times=12, gender="woman")
    answer(consultation, "Trabajo", times=2, gender="non_binary")  # two people
    published = selectors.results(consultation, crossed=("gender_identity",))
    by_channel, crossed = published.questions[0].tables
    rows = {label: (cells, total) for label, cells, total in by_channel.rows}
    assert rows["Trabajo"][0][0] is None and rows["Trabajo"][1] is None, "2 people: hidden"
    assert by_channel.total is None or rows["Salud"][1] is None, "not recoverable from totals"
    non_binary = crossed.col_labels.index(str(GenderIdentity.NON_BINARY.label))
    assert crossed.cells[crossed.row_labels.index("Trabajo")][non_binary] is None


def test_who_took_part_is_counted_by_channel_gender_and_region():
    consultation = make()
    answer(consultation, "Salud", times=6, gender="woman")
    tables = selectors.results(consultation).participation
    by_channel = tables[0]
    assert dict(by_channel.rows)[str(Channel.ONLINE.label)] == 6
    gender = next(t for t in tables if t.title == GENDER_TITLE)
    assert dict(gender.rows)[str(GenderIdentity.WOMAN.label)] == 6
    region = tables[-1]
    assert dict(region.rows)["Región Metropolitana de Santiago"] == 6


def test_results_are_public_only_once_closed_and_published():
    consultation = make(opens=-10, closes=10)
    url = f"/es/participacion/consultas/{consultation.slug}/resultados/"
    assert Client().get(url).status_code == 302
    consultation.closes_at = timezone.now() - DAY
    consultation.save()
    assert Client().get(url).status_code == 302, "closed but not yet published"
    consultation.results_published = True
    consultation.save()
    page = Client().get(url).content.decode()
    assert "¿Qué tema?" in page and "<table" in page


def test_the_questionnaire_is_frozen_in_the_admin_once_it_opens(staff_client):
    from acoge.accounts.models import Role

    client = staff_client(Role.ENGAGEMENT)
    upcoming = make(slug="pronto", opens=3, closes=9)
    opened = make(slug="abierta")
    question = Question.objects.get(consultation=opened, slug="tema")
    change = client.get(f"/admin/consultations/question/{question.pk}/change/")
    assert change.status_code == 200 and 'name="text_es"' not in change.content.decode()
    assert (
        client.post(
            f"/admin/consultations/question/{question.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
    assert Question.objects.filter(pk=question.pk).exists()
    editable = Question.objects.get(consultation=upcoming, slug="tema")
    page = client.get(f"/admin/consultations/question/{editable.pk}/change/").content.decode()
    assert 'name="text_es"' in page


def test_the_list_groups_open_upcoming_and_closed():
    make(slug="abierta")
    make(slug="pronto", opens=3, closes=9)
    make(slug="cerrada", opens=-9, closes=-3, participation=Participation.CODES)
    page = Client().get("/es/participacion/consultas/").content.decode()
    for slug in ("abierta", "pronto", "cerrada"):
        assert f'href="/es/participacion/consultas/{slug}/"' in page
    assert page.index("/abierta/") < page.index("/pronto/") < page.index("/cerrada/")
    assert Option.objects.exists()


def test_the_results_name_whose_voice_is_missing():
    consultation = make(opens=-10, closes=10)
    answer(consultation, "Salud", times=20, gender="woman")
    answer(consultation, "Trabajo", times=5, gender="man")  # 20 % of those who said; 51 % in Chile
    consultation.closes_at = timezone.now() - DAY
    consultation.results_published = True
    consultation.save()
    comparisons = selectors.results(consultation).representation
    [gender] = [c for c in comparisons if c.title == str(GENDER_TITLE)]
    assert gender.missing == [str(GenderIdentity.MAN.label)]
    page = Client().get(f"/es/participacion/consultas/{consultation.slug}/resultados/")
    assert str(GenderIdentity.MAN.label) in page.content.decode().split("ac-tag--yellow")[0][-400:]


def test_the_response_is_due_in_business_days_and_flagged_when_late(staff_client, settings):
    import datetime

    from acoge.accounts.models import Role

    settings.ACOGE_CONSULTATION_RESPONSE_BUSINESS_DAYS = 3
    consultation = make(opens=-30, closes=-20)
    zone = timezone.get_current_timezone()
    consultation.closes_at = datetime.datetime(2026, 12, 3, 18, tzinfo=zone)  # a Thursday
    consultation.save()
    # Friday 4, (the weekend), Monday 7, (Tuesday 8: Inmaculada Concepción), Wednesday 9.
    assert consultation.response_due() == datetime.date(2026, 12, 9)
    assert consultation.response_overdue(datetime.date(2026, 12, 10))
    assert not consultation.response_overdue(datetime.date(2026, 12, 9))
    consultation.closes_at = timezone.now() - 10 * DAY  # long enough ago to be late today
    consultation.save()
    page = staff_client(Role.ENGAGEMENT).get("/gestion/consultas/").content.decode()
    assert "ac-tag--red" in page, "shown overdue on the staff list"
    consultation.response_es = "## Lo que escuchamos\n\nMás horarios."
    consultation.response_published_on = timezone.localdate()
    consultation.save()
    assert not consultation.response_overdue()
    public = Client().get(consultation.get_absolute_url()).content.decode()
    assert "<h2>Lo que escuchamos</h2>" in public


def test_the_open_data_api_lists_consultations_and_gives_published_results_only():
    open_one = make(slug="abierta")
    closed = make(slug="cerrada", opens=-10, closes=10)
    answer(closed, "Salud", times=8, gender="woman")
    answer(closed, "Trabajo", times=2, gender="woman")
    closed.closes_at = timezone.now() - DAY
    closed.results_published = True
    closed.save()
    listed = Client().get("/api/consultas", {"lang": "en"}).json()
    assert {item["slug"]: item["status"] for item in listed["items"]} == {
        "abierta": "open",
        "cerrada": "closed",
    }
    assert Client().get(f"/api/consultas/{open_one.slug}/resultados").status_code == 404
    body = Client().get(f"/api/consultas/{closed.slug}/resultados").json()
    assert Client().get(f"/api/consultations/{closed.slug}/results").json() == body
    assert Client().get("/api/consultations", {"lang": "en"}).json() == listed
    [first, *_rest] = body["questions"]
    by_channel = first["tables"][0]
    salud = by_channel["rows"].index("Salud")
    trabajo = by_channel["rows"].index("Trabajo")
    assert by_channel["cells"][trabajo][0] is None, "2 people: null"
    assert by_channel["cells"][salud][0] is None or by_channel["cells"][salud][0] == 8
    assert None in (
        by_channel["row_totals"][salud],
        by_channel["total"],
        by_channel["cells"][salud][0],
    )


def test_an_open_consultation_takes_no_new_question_and_keeps_what_shaped_its_answers(
    staff_client,
):
    from django.core.exceptions import ValidationError

    from acoge.accounts.models import Role

    opened = make(slug="abierta")
    added = Question(consultation=opened, order=9, slug="nueva", kind="short", text_es="¿Otra?")
    with pytest.raises(ValidationError):
        added.full_clean()
    with pytest.raises(ValidationError):
        Option(question=opened.questions.get(slug="tema"), label_es="Nueva").full_clean()
    with pytest.raises(ValidationError):
        Question(consultation=make(slug="pronto", opens=3, closes=9), slug="region").full_clean()
    client = staff_client(Role.ENGAGEMENT)
    page = client.get(f"/admin/consultations/consultation/{opened.pk}/change/").content.decode()
    assert 'name="opens_at_0"' not in page and 'name="closes_at_0"' in page
