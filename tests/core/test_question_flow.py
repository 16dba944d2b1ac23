"""The one question-page flow (acoge/core/questions.py), run by a third, test-only journey
declared as data (tests/testapp/flow.py): missing steps, skipping, saving, the back link,
returning to check answers, checking again, and sending once."""

import pytest

from tests.testapp import flow

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.testapp.flow")]


def page(step: str, returning: bool = False) -> str:
    return f"/en/prueba/{step}/" + ("?volver=revisar" if returning else "")


@pytest.fixture(autouse=True)
def _nothing_sent():
    flow.SENT.clear()


def test_a_later_step_sends_her_to_the_first_question_she_has_not_answered(client):
    assert client.get(page("opinion"))["Location"] == page("lugar")
    assert client.get(page("revisar"))["Location"] == page("lugar")


def test_an_unknown_step_is_not_found(client):
    assert client.get(page("nada")).status_code == 404


def test_each_answer_takes_her_to_the_next_question_and_back_links_the_previous(client):
    first = client.get(page("lugar")).content.decode()
    assert 'href="/es/"' in first, "Back from the first question leaves the flow"
    assert "<h1" in first and "Where do you live?" in first
    assert client.post(page("lugar"), {"place": "Temuco"})["Location"] == page("edad")
    second = client.get(page("edad")).content.decode()
    assert f'href="{page("lugar")}"' in second
    assert "Skip these questions" in second, "an optional step offers to skip it"


def test_a_wrong_answer_is_shown_again_with_its_error_and_nothing_is_saved(client):
    response = client.post(page("edad"), {"age": "two hundred"})
    assert response.status_code == 302, "the first question is missing"
    client.post(page("lugar"), {"place": "Temuco"})
    response = client.post(page("edad"), {"age": "200"})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert 'value="200"' in html, "what she typed is kept"
    assert "edad" not in client.session["test.flow"]


def test_skipping_the_optional_step_and_sending_calls_the_service_once(client):
    client.post(page("lugar"), {"place": "Temuco"})
    assert client.post(page("edad"), {"omitir": "1"})["Location"] == page("opinion")
    assert client.post(page("opinion"), {"opinion": "yes"})["Location"] == page("revisar")
    review = client.get(page("revisar")).content.decode()
    assert "Temuco" in review and f'href="{page("lugar", returning=True)}"' in review
    assert client.post(page("revisar"), {})["Location"] == "/es/"
    assert flow.SENT == [{"place": "Temuco", "opinion": "yes", "age": None}]
    assert "test.flow" not in client.session, "after sending, her answers are the service's"


def test_changing_an_answer_from_check_answers_returns_there(client):
    for step, data in (("lugar", {"place": "Temuco"}), ("edad", {"age": "40"})):
        client.post(page(step), data)
    client.post(page("opinion"), {"opinion": "no"})
    changed = client.post(page("lugar", returning=True), {"place": "Arica"})
    assert changed["Location"] == page("revisar")
    back = client.get(page("lugar", returning=True)).content.decode()
    assert f'href="{page("revisar")}"' in back, "Back goes to check answers"
    client.post(page("revisar"), {})
    assert flow.SENT == [{"place": "Arica", "opinion": "no", "age": 40}]


def test_an_answer_no_longer_valid_is_asked_again_before_sending(client):
    client.post(page("lugar"), {"place": "Temuco"})
    client.post(page("opinion"), {"opinion": "yes"})
    session = client.session
    session["test.flow"]["opinion"] = {"opinion": ["perhaps"]}
    session.save()
    assert client.get(page("revisar"))["Location"] == page("opinion", returning=True)
    assert flow.SENT == []


def test_a_refusal_by_the_service_is_shown_and_keeps_her_answers(client):
    client.post(page("lugar"), {"place": "nowhere"})
    client.post(page("opinion"), {"opinion": "yes"})
    response = client.post(page("revisar"), {})
    assert response.status_code == 200
    assert "We cannot take answers from nowhere." in response.content.decode()
    assert client.session["test.flow"]["lugar"] == {"place": ["nowhere"]}
    assert flow.SENT == []
