"""Verified participation: a one-time code to her e-mail or phone, one answer per contact (also
when two are sent at once), the contact kept only as a blind index and never linked to the
answer; and rankings."""

import re
import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, TestCase

from acoge.consultations import selectors, services
from acoge.consultations.errors import ConsultationError, ContactUsed
from acoge.consultations.models import (
    Answer,
    ContactCheck,
    Option,
    Participation,
    Question,
    Response,
    VerifiedContact,
)
from acoge.consultations.services import Given
from tests.consultations.test_answering import make, option, step

pytestmark = pytest.mark.django_db


def _code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def _verified(consultation, contact="ana@example.org") -> str:
    """Ask for a code (sent once the transaction commits) and type it back."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        check = services.contact_start(
            consultation=consultation, contact_kind="email", contact=contact
        )
    return services.contact_confirm(check=check, code=_code())


def _given(consultation):
    return {
        "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
        "claridad": Given(value=3),
    }


def test_one_answer_per_verified_contact_and_the_contact_is_not_kept(
    django_capture_on_commit_callbacks,
):
    consultation = make(Participation.VERIFIED)
    index = _verified(consultation)
    services.response_submit(
        consultation=consultation, given=_given(consultation), contact_index=index
    )
    with pytest.raises(ContactUsed):
        services.response_submit(
            consultation=consultation, given=_given(consultation), contact_index=index
        )
    assert Response.objects.count() == 1
    # Asking again with the same address (any case) is stopped once the code is typed.
    with pytest.raises(ContactUsed):
        _verified(consultation, "ana@example.org")
    stored = str(list(ContactCheck.objects.values())) + str(list(VerifiedContact.objects.values()))
    assert "ana@example.org" not in stored
    assert set(VerifiedContact.objects.values().get()) == {
        "id",
        "consultation_id",
        "contact_index",
        "used_on",
    }  # fmt: skip: nothing that points at the response
    with pytest.raises(ConsultationError):  # no contact, no answer
        services.response_submit(consultation=consultation, given=_given(consultation))


@pytest.mark.django_db(transaction=True)
def test_two_sends_at_once_with_one_contact_count_once(django_capture_on_commit_callbacks):
    consultation = make(Participation.VERIFIED)
    index = _verified(consultation)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def send() -> None:
        try:
            barrier.wait()
            services.response_submit(
                consultation=consultation, given=_given(consultation), contact_index=index
            )
            outcomes.append("stored")
        except ConsultationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "stored"]
    assert Response.objects.count() == 1


def test_the_contact_index_differs_between_consultations():
    one, two = make(Participation.VERIFIED), make(Participation.VERIFIED, slug="otra")
    assert services.contact_index(one, "a@b.cl") != services.contact_index(two, "a@b.cl")


def test_answering_a_verified_consultation_starts_with_the_code(django_capture_on_commit_callbacks):
    consultation = make(Participation.VERIFIED)
    client = Client()
    base = f"/es/participacion/consultas/{consultation.slug}"
    assert client.get(f"{base}/responder/tema/").url == f"{base}/verificar/"
    bad = client.post(f"{base}/verificar/", {"contact": "no es un correo"})
    assert bad.status_code == 400 and "no es un correo" in bad.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(f"{base}/verificar/", {"contact": "Ana@Example.org"})
    assert sent.url == f"{base}/verificar/codigo/"
    wrong = client.post(sent.url, {"code": "000000" if _code() != "000000" else "111111"})
    assert wrong.status_code == 400
    assert client.post(sent.url, {"code": _code()}).url == f"{base}/responder/tema/"
    step(client, consultation, "tema", {"answer": option(consultation, "tema", "Salud").pk})
    for slug, data in (("barreras", {}), ("claridad", {"answer": "2"}), ("revisar", {})):
        done = step(client, consultation, slug, data)
    assert done.url == f"{base}/enviada/"
    assert Response.objects.count() == 1 and VerifiedContact.objects.count() == 1
    # Her session no longer holds the index: answering again starts with a code.
    assert client.get(f"{base}/responder/tema/").url == f"{base}/verificar/"


def _ranking(consultation) -> Question:
    question = Question.objects.create(
        consultation_id=consultation.pk, order=9, slug="prioridades", kind="ranking",
        text_es="Ordene las prioridades", max_choices=2,
    )  # fmt: skip
    for index, label in enumerate(["Salud", "Trabajo", "Vivienda"]):
        Option.objects.create(question=question, order=index, label_es=label)
    return question


def test_a_ranking_keeps_her_order_and_is_counted_by_place():
    consultation = make(opens=1)
    question = _ranking(consultation)
    consultation.opens_at = consultation.opens_at.replace(year=2000)
    consultation.save()
    salud, trabajo, vivienda = question.options.all()
    for _n in range(5):
        services.response_submit(
            consultation=consultation,
            given={**_given(consultation), "prioridades": Given(options=(vivienda.pk, salud.pk))},
        )
    rows = Answer.objects.filter(question=question, response=Response.objects.first())
    rows = rows.order_by("value")
    assert [(a.option_id, a.value) for a in rows[:2]] == [(vivienda.pk, 1), (salud.pk, 2)]
    with pytest.raises(ConsultationError):  # more than the two places asked for
        services.response_submit(
            consultation=consultation,
            given={"prioridades": Given(options=(vivienda.pk, salud.pk, trabajo.pk))},
        )
    result = next(r for r in selectors.results(consultation).questions if r.question == question)
    [table] = result.tables
    first_place = dict(zip(table.row_labels, [cells[0] for cells in table.cells], strict=True))
    assert first_place["Vivienda"] == 5 and first_place["Salud"] == 0


def test_the_ranking_page_refuses_two_answers_in_one_place():
    consultation = make(opens=1)
    question = _ranking(consultation)
    consultation.opens_at = consultation.opens_at.replace(year=2000)
    consultation.save()
    salud, trabajo, _v = question.options.all()
    client = Client()
    step(client, consultation, "tema", {"answer": option(consultation, "tema", "Salud").pk})
    step(client, consultation, "claridad", {"answer": "3"})
    page = step(
        client, consultation, "prioridades",
        {f"rank_{salud.pk}": "1", f"rank_{trabajo.pk}": "1"},
    )  # fmt: skip
    assert page.status_code == 200 and "una sola" in page.content.decode().lower()
