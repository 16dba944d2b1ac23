"""Consultations in a real browser at 360 px: axe on the list, a consultation, every question
page of answering it, the check-answers page, the receipt and the results, verifying a contact
and ranking, in three languages; answered with JavaScript off; the team's pages."""

import re

import pytest
from django.core import mail

from acoge.accounts.models import Role
from acoge.consultations import demo
from acoge.consultations.models import Consultation, Dialogue, Participation
from acoge.core.scoping import scopes_disabled

from .conftest import axe_violations
from .pages import LANGUAGES
from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)

OPEN = "prioridades-informacion-2026"
CLOSED = "prioridades-informacion-2025"


@pytest.fixture
def consultations(transactional_db, monkeypatch):
    # Enough answers for every results table to show figures and hide some; the demo's
    # thousands only make each test slower.
    monkeypatch.setattr(demo, "OPEN_ANSWERS", 300)
    monkeypatch.setattr(demo, "CLOSED_ANSWERS", 200)
    demo.load(lambda line: None)


def answer_it(page, site: str, lang: str, axe_source: str) -> dict:
    problems = {}

    def check() -> None:
        page.wait_for_load_state()
        if axe_source and (found := axe_violations(page, axe_source)):
            problems[page.url] = found

    page.goto(f"{site}/{lang}/participacion/consultas/{OPEN}/")
    check()
    with page.expect_navigation():
        page.locator(".ac-button--start").click()
    check()
    page.locator("input[type=radio]").nth(0).check()
    while "/revisar/" not in page.url:
        with page.expect_navigation():
            page.locator("form#questions button.ac-button").first.click()
        check()
        if page.locator(".ac-error-summary").count():  # a required question: answer it
            page.locator("input[type=radio]").nth(2).check()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check()
    assert "/enviada/" in page.url
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_a_consultation_passes_axe(page, site, axe_source, consultations, lang):
    problems = answer_it(page, site, lang, axe_source)
    for path in ("", f"{CLOSED}/resultados/", f"{CLOSED}/comprobante/", f"{CLOSED}/"):
        page.goto(f"{site}/{lang}/participacion/consultas/{path}")
        if found := axe_violations(page, axe_source):
            problems[path] = found
    assert not problems, problems


def test_answering_works_without_javascript(browser, site, consultations):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    answer_it(page, site, "es", axe_source="")  # axe runs in JavaScript: not here
    assert page.locator(".ac-panel__reference").inner_text().strip()
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_verifying_a_contact_and_ranking_pass_axe(page, site, axe_source, consultations, lang):
    """A consultation answered by a verified contact: her e-mail, the code sent to it, then the
    questions, the ranking among them."""
    Consultation.objects.filter(slug=OPEN).update(participation=Participation.VERIFIED)
    problems = {}
    base = f"{site}/{lang}/participacion/consultas/{OPEN}"
    page.goto(f"{base}/verificar/")
    problems["verify"] = axe_violations(page, axe_source)
    page.fill("#id_contact", f"ana.{lang}@example.org")
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    assert "/verificar/codigo/" in page.url
    problems["code"] = axe_violations(page, axe_source)
    page.fill("#id_code", re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1))
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    assert "/responder/" in page.url
    page.goto(f"{base}/responder/medios/")
    problems["ranking"] = axe_violations(page, axe_source)
    assert not any(problems.values()), problems


def test_staff_pages_of_a_consultation_pass_axe(page, site, axe_source, consultations):
    """The team's pages: the consultation with its results and representation, its dialogues,
    a dialogue's attendance, conclusions and paper entry, and the open answers to read."""
    sign_in_as(page, site, Role.ENGAGEMENT)
    with scopes_disabled():
        consultation = Consultation.objects.get(slug=OPEN)
        dialogue = Dialogue.objects.get(consultation=consultation, region__cut_code="13")
        question = consultation.questions.get(slug="comentario")
    paths = [
        "",
        f"{consultation.pk}/",
        f"{consultation.pk}/papel/",
        f"{consultation.pk}/vista-previa/",
        f"{consultation.pk}/vista-previa/?idioma=ht",
        f"{consultation.pk}/dialogos/",
        f"{consultation.pk}/textos/{question.pk}/",
        f"dialogos/{dialogue.pk}/",
        f"dialogos/{dialogue.pk}/asistencia/",
        f"dialogos/{dialogue.pk}/conclusiones/",
        f"dialogos/{dialogue.pk}/papel/",
        f"dialogos/{dialogue.pk}/segunda-digitacion/",
    ]
    problems = {}
    for path in paths:
        response = page.goto(f"{site}/gestion/consultas/{path}")
        assert response.status == 200, path
        if found := axe_violations(page, axe_source):
            problems[path] = found
    assert not problems, problems
