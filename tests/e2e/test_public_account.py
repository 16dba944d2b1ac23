"""The Participatory Public Account in a real browser at 360 px: axe on its pages with the demo
account (the index, a cycle, the questions and answers, the answers document), on every page of
asking a question, in three languages, with JavaScript off too; the staff pages."""

import datetime
import importlib

import pytest
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.public_account import demo, services
from acoge.public_account.models import Cycle, Observation

from .conftest import axe_violations
from .pages import LANGUAGES
from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def account(transactional_db):
    from django.apps import apps

    importlib.import_module("acoge.public_account.migrations.0002_themes").load(apps, None)
    demo.load(lambda line: None)
    now = timezone.now()
    Cycle.objects.filter(year=2026).update(
        questions_open=now - datetime.timedelta(days=1),
        questions_close=now + datetime.timedelta(days=20),
    )
    Cycle.objects.filter(year=2025).update(answers_published_at=now)


def check(page, problems: dict, label: str, axe_source: str) -> None:
    page.wait_for_load_state()
    if axe_source and (found := axe_violations(page, axe_source)):
        problems[label] = found


def ask(page, site: str, lang: str, axe_source: str) -> dict:
    problems: dict = {}
    base = f"{site}/{lang}/participacion/cuenta-publica/2026"
    page.goto(f"{base}/")
    check(page, problems, "cycle", axe_source)
    with page.expect_navigation():
        page.locator(".ac-button--start").click()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "errors", axe_source)
    page.fill("#id_text", "¿Habrá atención en la tarde?")
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "region", axe_source)
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "answer", axe_source)
    page.locator("input[name=send][value=yes]").check()
    page.fill("#id_email", f"rosa.{lang}@example.org")
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "statistics", axe_source)
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "review", axe_source)
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    assert "/enviada/" in page.url
    check(page, problems, "sent", axe_source)
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_public_account_pages_pass_axe(page, site, axe_source, account, lang):
    problems = ask(page, site, lang, axe_source)
    for path in ("", "2025/", "2025/preguntas/", "2025/respuestas/"):
        response = page.goto(f"{site}/{lang}/participacion/cuenta-publica/{path}")
        assert response.ok, path
        check(page, problems, path, axe_source)
    assert not problems, problems


def test_asking_works_without_javascript(browser, site, account):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    ask(context.new_page(), site, "es", axe_source="")
    sent = Observation.objects.get(email_index=services.email_index("rosa.es@example.org"))
    assert sent.email == "rosa.es@example.org"
    context.close()


def test_staff_pages_of_the_public_account_pass_axe(page, site, axe_source, account):
    sign_in_as(page, site, Role.ENGAGEMENT)
    past = Cycle.objects.get(year=2025)
    waiting = past.observations.filter(status="received").first()
    paths = [
        "",
        f"{past.pk}/",
        f"{past.pk}/?ver=atrasadas",
        f"{past.pk}/ingresar/",
        f"observaciones/{waiting.pk}/",
    ]
    problems: dict = {}
    for path in paths:
        response = page.goto(f"{site}/gestion/cuenta-publica/{path}")
        assert response.status == 200, path
        check(page, problems, path, axe_source)
    assert not problems, problems
