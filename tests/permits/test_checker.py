"""The "what applies to me?" checker: every path staff can make ends in a result, a path that
leads nowhere cannot be saved, and taking it leaves no trace (no row, no cookie, no answer in a
URL); her answers travel in the POST body, Back keeps them, a question asked after an answer is
skipped without it."""

import json
import re

import pytest
from django.apps import apps
from django.test import Client
from django.utils import translation

from acoge.core.journeys import POSTED_FIELD
from acoge.core.questions import BACK
from acoge.permits import checker, demo
from acoge.permits.models import Case, CheckerOption, CheckerQuestion

pytestmark = pytest.mark.django_db

START = "/es/residencia-humanitaria/verificar/"


@pytest.fixture
def guide(db):
    demo.load(lambda line: None)


def option(slug: str, index: int) -> str:
    return str(CheckerOption.objects.filter(question__slug=slug).order_by("order")[index].pk)


def carried(response) -> str:
    """The answers the page's form will send back (the hidden field)."""
    match = re.search(rf'name="{POSTED_FIELD}" value="([^"]*)"', response.content.decode())
    assert match, "every checker page carries the answers so far"
    return match.group(1).replace("&quot;", '"')


def rows() -> dict[str, int]:
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def test_every_path_of_the_checker_ends_in_a_result(guide):
    questions = checker.load()
    assert checker.problems(questions) == []
    every = list(checker.paths(questions))
    # 1 "none of these" + 15 combinations of the 4 situations, where each with the border
    # answer branches 3 ways: 1 + 7 + 8 * 3.
    assert len(every) == 32
    for chosen in every:
        outcome = checker.result(questions, chosen)
        assert outcome.cases or outcome.none_applies, chosen


@translation.override("en")
def test_an_answer_that_leads_nowhere_is_a_problem(guide):
    questions = checker.load()
    follow_up = next(q for q in questions if q.asked_after is not None)
    without = [q for q in questions if q is not follow_up]
    assert any("leads nowhere" in problem for problem in checker.problems(without))
    # A question asked after an answer to a later question could never be reached.
    first, second = questions
    swapped = [
        checker.Question(**{**first.__dict__, "asked_after": second.options[0].pk}),
        second,
    ]
    problems = checker.problems(swapped)
    assert any("everyone" in problem for problem in problems)
    assert any("not to an earlier question" in problem for problem in problems)


def test_staff_cannot_save_a_checker_with_a_dead_end(guide, staff_client):
    from acoge.accounts.models import Role

    client = staff_client(Role.NATIONAL_ADMIN)
    question = CheckerQuestion.objects.get(slug="que-paso")
    options = list(question.options.order_by("order"))
    data = {
        "slug": question.slug,
        "order": question.order,
        "text_es": question.text_es,
        "text_en": question.text_en,
        "text_ht": question.text_ht,
        "hint_es": "",
        "hint_en": "",
        "hint_ht": "",
        "asked_after": question.asked_after_id,
        "options-TOTAL_FORMS": len(options),
        "options-INITIAL_FORMS": len(options),
        "options-MIN_NUM_FORMS": 0,
        "options-MAX_NUM_FORMS": 1000,
    }
    for index, answer in enumerate(options):
        prefix = f"options-{index}-"
        data |= {
            prefix + "id": answer.pk,
            prefix + "question": question.pk,
            prefix + "order": answer.order,
            prefix + "label_es": answer.label_es,
            prefix + "label_en": answer.label_en,
            prefix + "label_ht": answer.label_ht,
            prefix + "cases": [case.pk for case in answer.cases.all()],
        }
    data["options-0-cases"] = []  # "I was deceived…" now points to nothing
    url = f"/admin/permits/checkerquestion/{question.pk}/change/"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "no lleva a ninguna parte" in response.content.decode()
    assert CheckerOption.objects.get(pk=options[0].pk).cases.exists(), "nothing saved"
    data["options-0-cases"] = [Case.objects.get(slug="trata-de-personas").pk]
    assert client.post(url, data).status_code == 302


def test_taking_the_checker_leaves_no_trace(guide):
    browser = Client()
    before = rows()
    start = browser.get(START)
    assert start.status_code == 200
    first = browser.get(START + "situacion/")
    assert first.status_code == 200 and "no-store" in first["Cache-Control"]
    violence, border = option("situacion", 0), option("situacion", 2)
    second = browser.post(
        START + "situacion/", {"answer": [violence, border], POSTED_FIELD: carried(first)}
    )
    assert "¿Qué se parece más a lo que te pasó?" in second.content.decode()
    result = browser.post(
        START + "que-paso/", {"answer": option("que-paso", 0), POSTED_FIELD: carried(second)}
    )
    page = result.content.decode()
    assert result.status_code == 200 and "no-store" in result["Cache-Control"]
    assert "Violencia intrafamiliar o de género" in page
    assert "Víctimas de trata de personas" in page
    assert "Víctimas de tráfico de migrantes" not in page
    assert "Tribunal de Familia" in page, "her checklist: who files and what she needs"
    for response in (start, first, second, result):
        assert not response.cookies, "no cookie, not even a session"
    assert not browser.cookies
    assert rows() == before, "no row anywhere"
    assert all(violence not in url for url in (START + "situacion/", START + "que-paso/"))


def test_a_question_asked_after_an_answer_is_skipped_without_it(guide):
    first = Client().get(START + "situacion/")
    result = Client().post(
        START + "situacion/", {"answer": [option("situacion", 1)], POSTED_FIELD: carried(first)}
    )
    page = result.content.decode()
    assert "Mujeres embarazadas" in page and "Qué se parece más" not in page
    assert "Certificado de embarazo" in page


def test_back_posts_her_answers_to_the_earlier_question(guide):
    border = option("situacion", 2)
    first = Client().get(START + "situacion/")
    second = Client().post(START + "situacion/", {"answer": [border], POSTED_FIELD: carried(first)})
    assert f'formaction="{START}situacion/"' in second.content.decode()
    back = Client().post(START + "situacion/", {BACK: "1", POSTED_FIELD: carried(second)})
    page = back.content.decode()
    assert "¿Alguna de estas situaciones se parece a la tuya?" in page
    assert re.search(rf'value="{border}"[^>]*checked', page), "her answer is still chosen"
    assert "error" not in page.lower().split("<main")[1][:400], "Back does not check the page"


def test_changing_an_answer_forgets_the_question_it_no_longer_leads_to(guide):
    border, pregnant = option("situacion", 2), option("situacion", 1)
    first = Client().get(START + "situacion/")
    second = Client().post(START + "situacion/", {"answer": [border], POSTED_FIELD: carried(first)})
    answered = Client().post(
        START + "que-paso/", {"answer": option("que-paso", 1), POSTED_FIELD: carried(second)}
    )
    assert "tráfico de migrantes" in answered.content.decode()
    again = Client().post(
        START + "situacion/", {"answer": [pregnant], POSTED_FIELD: carried(answered)}
    )
    page = again.content.decode()
    assert "Mujeres embarazadas" in page and "tráfico de migrantes" not in page
    assert "que-paso" not in json.loads(carried(again))


def test_none_of_these_cannot_go_with_another_answer(guide):
    first = Client().get(START + "situacion/")
    response = Client().post(
        START + "situacion/",
        {"answer": [option("situacion", 4), option("situacion", 1)], POSTED_FIELD: carried(first)},
    )
    page = response.content.decode()
    assert "no se puede elegir junto con otra respuesta" in page
    assert re.search(rf'value="{option("situacion", 1)}"[^>]*checked', page), "nothing lost"


def test_none_of_these_says_what_she_can_do(guide):
    first = Client().get(START + "situacion/")
    result = Client().post(
        START + "situacion/", {"answer": [option("situacion", 4)], POSTED_FIELD: carried(first)}
    )
    page = result.content.decode()
    assert result.status_code == 200
    assert "/es/mujer-migrante/contacto/" in page and "/es/residencia-humanitaria/" in page


@pytest.mark.parametrize(
    "carried_value",
    ["", "not json", "[1, 2]", '{"situacion": "x"}', '{"situacion": {"answer": [1]}}', "{" * 40000],
)
def test_a_tampered_answers_field_starts_again_without_an_error(guide, carried_value):
    response = Client().post(START + "que-paso/", {POSTED_FIELD: carried_value, "answer": "1"})
    assert response.status_code == 200
    assert "¿Alguna de estas situaciones se parece a la tuya?" in response.content.decode()


def test_a_checker_with_a_problem_sends_her_to_the_guide(guide):
    CheckerQuestion.objects.filter(slug="que-paso").delete()
    start = Client().get(START).content.decode()
    assert 'href="/es/residencia-humanitaria/"' in start and "situacion/" not in start
    assert Client().get(START + "situacion/").status_code == 404
