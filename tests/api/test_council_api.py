"""The council's open data: accepted organisations without their representatives, every term's
councillors, sessions with minutes only once published, elections with votes only once the
results are published."""

import pytest

from acoge.council import services
from acoge.council.models import Agreement
from tests.council.builders import candidate, councillors, election, meeting, term
from tests.factories import RUTS, organisation

pytestmark = pytest.mark.django_db


def test_organisations_are_the_accepted_ones_without_their_representative(client):
    organisation("accepted", name="Red Norte", representative_name="Rosa Joseph")
    organisation("applied", rut=RUTS[1], name="En Espera")
    body = client.get("/api/organizaciones").json()
    assert [item["name"] for item in body["items"]] == ["Red Norte"]
    assert body["items"][0]["rut"] == "65.000.001-3"
    assert "Rosa" not in str(body) and "example.org" not in str(body)


def test_terms_list_their_councillors(client):
    council = term()
    councillors(council, 3)
    body = client.get("/api/cosoc/periodos").json()
    assert body["items"][0]["seats"] == 20
    assert len(body["items"][0]["councillors"]) == 3


def test_sessions_show_minutes_only_once_published(client, make_staff):
    council = term()
    councillors(council, 2)
    session = meeting(council, minutes="Acta de la sesión.")
    Agreement.objects.create(meeting=session, number=1, text="Enviar", owner="Secretaría")
    staff = make_staff("cosoc_secretary")
    services.attendance_record(
        meeting=session, statuses={c.pk: "present" for c in services.expected(session)}, actor=staff
    )
    item = client.get("/api/cosoc/sesiones").json()["items"][0]
    assert item["minutes"] is None and item["quorum"] == {
        "in_office": 2,
        "needed": 2,
        "present": 2,
        "reached": True,
    }
    assert item["agreements"][0]["text"] == "Enviar"
    services.minutes_publish(meeting=session, actor=staff)
    assert client.get("/api/cosoc/sesiones").json()["items"][0]["minutes"] == "Acta de la sesión."


def test_elections_show_votes_only_once_published(client, make_staff):
    vote = election("counting")
    candidate(vote, 1, votes=6)
    listed = client.get("/api/cosoc/elecciones").json()[0]
    assert listed["candidates"][0]["votes"] is None and listed["seed"] == vote.seed
    staff = make_staff("cosoc_secretary")
    services.election_count(election=vote, actor=staff)
    services.election_publish(election=vote, actor=staff)
    listed = client.get("/api/cosoc/elecciones").json()[0]
    assert listed["candidates"][0]["votes"] == 6 and listed["candidates"][0]["elected"] is True


def test_the_public_account_lists_questions_and_answers_without_hidden_ones_or_e_mails(client):
    from tests.public_account.builders import cycle, observation

    account = cycle("closed")
    observation(account, text="Visible", email="rosa@example.org", status="answered", answer="Sí.")
    observation(account, text="Oculta", status="hidden", hidden_reason="Insultos")
    assert client.get("/api/cuenta-publica").json()[0]["year"] == account.year
    body = client.get(f"/api/cuenta-publica/{account.year}/preguntas").json()
    assert [item["text"] for item in body["items"]] == ["Visible"]
    assert "rosa@" not in str(body)
    assert client.get("/api/cuenta-publica/1999/preguntas").status_code == 404
