"""Answering a consultation on the shared question flow: every question type, a question asked
only after an answer, the check-answers page, one answer per participation code (also when two
are sent at once), a receipt that proves the answer was counted and nothing more, nothing that
identifies her stored, and answers refused when the consultation is not open."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from acoge.consultations import services
from acoge.consultations.errors import CodeRefused, ConsultationError
from acoge.consultations.models import (
    Answer,
    Channel,
    Consultation,
    Option,
    Participation,
    Question,
    Response,
    StatsAnswer,
)
from acoge.consultations.services import Given
from acoge.core.models import Region

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def make(participation=Participation.OPEN, opens=-1, closes=10, **fields) -> Consultation:
    now = timezone.now()
    consultation = Consultation.objects.create(
        slug=fields.pop("slug", "consulta"),
        title_es="Consulta de prueba",
        summary_es="Resumen.",
        topic_es="Información",
        modality=fields.pop("modality", "both"),
        participation=participation,
        opens_at=now + opens * DAY,
        closes_at=now + closes * DAY,
        published=True,
        **fields,
    )
    first = Question.objects.create(
        consultation=consultation, order=0, slug="tema", kind="single", text_es="¿Qué tema?",
        required=True, allow_other=True,
    )  # fmt: skip
    for index, label in enumerate(["Salud", "Trabajo", "Idioma"]):
        Option.objects.create(question=first, order=index, label_es=label)
    Question.objects.create(
        consultation=consultation, order=1, slug="idioma", kind="short",
        text_es="¿Qué idioma?", shown_if=first.options.get(label_es="Idioma"),
    )  # fmt: skip
    several = Question.objects.create(
        consultation=consultation, order=2, slug="barreras", kind="multiple",
        text_es="¿Qué barreras?", max_choices=2,
    )  # fmt: skip
    for index, label in enumerate(["Horarios", "Idioma", "Miedo"]):
        Option.objects.create(question=several, order=index, label_es=label)
    Question.objects.create(
        consultation=consultation, order=3, slug="claridad", kind="scale", text_es="¿Claro?",
        required=True,
    )  # fmt: skip
    Question.objects.create(
        consultation=consultation, order=4, slug="comentario", kind="long", text_es="¿Algo más?"
    )
    return consultation


def option(consultation: Consultation, slug: str, label: str) -> Option:
    return Option.objects.get(
        question__consultation=consultation, question__slug=slug, label_es=label
    )


def step(client: Client, consultation: Consultation, slug: str, data: dict):
    return client.post(f"/es/participacion/consultas/{consultation.slug}/responder/{slug}/", data)


def test_she_answers_every_kind_of_question_and_gets_a_receipt():
    consultation = make()
    client = Client()
    idioma = option(consultation, "tema", "Idioma")
    response = step(client, consultation, "tema", {"answer": idioma.pk})
    assert response["Location"].endswith("/responder/idioma/"), "asked after that answer"
    step(client, consultation, "idioma", {"answer": "Kreyòl"})
    barriers = [option(consultation, "barreras", label).pk for label in ("Horarios", "Miedo")]
    step(client, consultation, "barreras", {"answer": barriers})
    step(client, consultation, "claridad", {"answer": "4"})
    step(client, consultation, "comentario", {"answer": "Más horarios el sábado."})
    step(client, consultation, "region", {"region": Region.objects.get(cut_code="13").pk})
    step(client, consultation, "estadisticas", {"gender_identity": "man", "age_band": "30-44"})
    review = client.get(f"/es/participacion/consultas/{consultation.slug}/responder/revisar/")
    body = review.content.decode()
    assert "Kreyòl" in body and "Horarios, Miedo" in body and "no-store" in review["Cache-Control"]
    sent = step(client, consultation, "revisar", {})
    assert sent["Location"].endswith("/enviada/")
    page = client.get(sent["Location"]).content.decode()
    [stored] = Response.objects.filter(consultation=consultation)
    assert stored.channel == Channel.ONLINE and stored.entered_by is None
    texts = {a.question.slug: a for a in Answer.objects.filter(response=stored)}
    assert texts["idioma"].text == "Kreyòl" and texts["claridad"].value == 4
    assert Answer.objects.filter(response=stored, question__slug="barreras").count() == 2
    assert StatsAnswer.objects.get(response=stored).gender_identity == "man"
    receipt = page.split('class="ac-panel__reference">')[1].split("<")[0]
    assert (
        services.receipt_counted(consultation=consultation, receipt=receipt) == stored.submitted_on
    )
    assert receipt not in str(Response.objects.values().get())  # only its hash is kept
    assert client.get(sent["Location"]).status_code == 302, "the receipt is shown once"


def test_the_conditional_question_is_skipped_and_forgotten_when_the_answer_changes():
    consultation = make()
    client = Client()
    step(client, consultation, "tema", {"answer": option(consultation, "tema", "Idioma").pk})
    step(client, consultation, "idioma", {"answer": "Wolof-zq"})
    changed = step(
        client, consultation, "tema", {"answer": option(consultation, "tema", "Salud").pk}
    )
    assert changed["Location"].endswith("/responder/barreras/")
    for slug, data in (("barreras", {}), ("claridad", {"answer": "2"})):
        step(client, consultation, slug, data)
    body = client.get(f"/es/participacion/consultas/{consultation.slug}/responder/revisar/")
    assert "Wolof-zq" not in body.content.decode()


def test_more_choices_than_allowed_or_other_without_words_is_refused_and_kept():
    consultation = make()
    client = Client()
    other = step(client, consultation, "tema", {"answer": "other", "other": ""})
    assert other.status_code == 200 and "ac-error-summary" in other.content.decode()
    assert 'value="other" checked' in other.content.decode().replace('checked=""', "checked")
    step(client, consultation, "tema", {"answer": "other", "other": "Vivienda"})
    three = [o.pk for o in Option.objects.filter(question__slug="barreras")]
    page = step(client, consultation, "barreras", {"answer": three})
    assert page.status_code == 200 and "ac-error-summary" in page.content.decode()


def test_a_participation_code_answers_once_even_when_sent_twice():
    consultation = make(participation=Participation.CODES)
    [code] = services.codes_generate(
        consultation=consultation, batch="Diálogo Arica", count=1, actor=None
    )
    given = {
        "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
        "claridad": Given(value=3),
    }
    services.response_submit(consultation=consultation, given=given, code=code.lower())
    with pytest.raises(CodeRefused):
        services.response_submit(consultation=consultation, given=given, code=code)
    with pytest.raises(CodeRefused):
        services.response_submit(consultation=consultation, given=given, code="AAAAAAAA")
    assert Response.objects.filter(consultation=consultation).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_sends_of_one_code_at_once_count_once(reference_rows):
    from tests.concurrency import at_once

    consultation = make(participation=Participation.CODES)
    [code] = services.codes_generate(
        consultation=consultation, batch="Tarjetas", count=1, actor=None
    )
    given = {
        "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
        "claridad": Given(value=3),
    }

    def send(_n: int) -> str:
        try:
            services.response_submit(consultation=consultation, given=given, code=code)
            return "sent"
        except CodeRefused:
            return "refused"

    outcomes, errors = at_once(send, 6)
    assert not errors and outcomes.count("sent") == 1 and outcomes.count("refused") == 5
    assert Response.objects.filter(consultation=consultation).count() == 1


def test_answers_are_refused_before_it_opens_and_after_it_closes():
    upcoming = make(slug="pronto", opens=2, closes=5)
    closed = make(slug="cerrada", opens=-10, closes=-1)
    for consultation in (upcoming, closed):
        with pytest.raises(ConsultationError):
            services.response_submit(consultation=consultation, given={})
        first = Client().get(f"/es/participacion/consultas/{consultation.slug}/responder/tema/")
        assert first.status_code == 302 and first["Location"].endswith(f"/{consultation.slug}/")


def test_an_answer_to_another_consultation_or_a_foreign_option_is_refused():
    consultation = make()
    other = make(slug="otra")
    foreign = option(other, "tema", "Salud")
    with pytest.raises(ConsultationError):
        services.response_submit(
            consultation=consultation, given={"tema": Given(options=(foreign.pk,))}
        )


def test_nothing_that_identifies_her_is_stored():
    consultation = make()
    client = Client(HTTP_X_FORWARDED_FOR="203.0.113.9", HTTP_USER_AGENT="Phone")
    step(client, consultation, "tema", {"answer": option(consultation, "tema", "Salud").pk})
    for slug, data in (("barreras", {}), ("claridad", {"answer": "2"}), ("revisar", {})):
        step(client, consultation, slug, data)
    row = Response.objects.values().get()
    assert set(row) == {
        "id", "consultation_id", "channel", "integrity", "submitted_on", "receipt_hash",
        "entered_by_id", "dialogue_id", "sheet",
    }  # fmt: skip
    assert row["dialogue_id"] is None and row["sheet"] == ""
    assert "203.0.113.9" not in str(row) and isinstance(row["submitted_on"], datetime.date)


def test_in_person_answers_are_entered_by_staff_and_logged(make_staff):
    from acoge.accounts.models import Role
    from acoge.core.models import AuditEntry

    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    given = {
        "tema": Given(options=(option(consultation, "tema", "Trabajo").pk,)),
        "claridad": Given(value=5),
    }
    with pytest.raises(ConsultationError):
        services.response_submit(consultation=consultation, given=given, channel=Channel.IN_PERSON)
    services.response_submit(
        consultation=consultation, given=given, channel=Channel.IN_PERSON, entered_by=staff
    )
    assert Response.objects.get().channel == Channel.IN_PERSON
    assert AuditEntry.objects.filter(action="consultations.response.entered", actor=staff).exists()


def test_her_code_is_checked_on_its_page_and_guessing_is_stopped(settings):
    settings.ACOGE_RATELIMIT_ENABLED = True
    consultation = make(participation=Participation.CODES)
    [code] = services.codes_generate(
        consultation=consultation, batch="Tarjetas", count=1, actor=None
    )
    client = Client()
    wrong = step(client, consultation, "codigo", {"code": "AAAA-AAAA"})
    assert wrong.status_code == 200 and "ac-error-summary" in wrong.content.decode()
    for _ in range(12):
        step(client, consultation, "codigo", {"code": "AAAA-AAAA"})
    stopped = step(client, consultation, "codigo", {"code": code})
    assert stopped.status_code == 200, "after many wrong codes, even the right one waits"
    assert "ac-error-summary" in stopped.content.decode()
    fresh = step(Client(REMOTE_ADDR="198.51.100.7"), consultation, "codigo", {"code": code})
    assert fresh.status_code == 302, "another connection with the right code goes on"
