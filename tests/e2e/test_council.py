"""The registry of organisations and the COSOC in a real browser at 360 px: axe on the public
pages with the demo council (the council, a term, the sessions, a session's minutes, the
election's results, the registry), on every page of applying and of a representative's part
(the code, her organisation, nominating, voting), in three languages; the staff pages."""

import datetime
import importlib
import re

import pytest
from django.core import mail
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.council import demo
from acoge.council.models import Election, Meeting, Organisation, Term

from .conftest import axe_violations
from .pages import LANGUAGES
from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def council(transactional_db):
    from django.apps import apps

    # A test that commits starts from emptied tables: the categories' data migration again.
    importlib.import_module("acoge.council.migrations.0002_categories").load(apps, None)
    demo.load(lambda line: None)
    demo.load_cosoc(lambda line: None)


def check(page, problems: dict, label: str, axe_source: str) -> None:
    page.wait_for_load_state()
    if found := axe_violations(page, axe_source):
        problems[label] = found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_council_pages_pass_axe(page, site, axe_source, council, lang):
    held = Meeting.objects.filter(minutes_published_at__isnull=False).first()
    paths = [
        "cosoc/",
        f"cosoc/periodos/{Term.objects.order_by('starts_on').first().pk}/",
        "cosoc/sesiones/",
        f"cosoc/sesiones/{held.pk}/",
        f"cosoc/elecciones/{Election.objects.get().pk}/",
        "organizaciones/",
        "organizaciones/?region=13",
        "organizaciones/postular/",
    ]
    problems = {}
    for path in paths:
        response = page.goto(f"{site}/{lang}/participacion/{path}")
        assert response.ok, path
        check(page, problems, path, axe_source)
    assert not problems, problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_applying_and_a_representatives_pages_pass_axe(page, site, axe_source, council, lang):
    problems = {}
    base = f"{site}/{lang}/participacion/organizaciones"
    page.goto(f"{base}/postular/organizacion/")
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "errors", axe_source)
    assert page.locator(".ac-error-summary").count()
    page.fill("#id_name", "Colectivo Nuevo")
    page.locator("input[name=legal_form]").first.check()
    page.fill("#id_rut", "65.000.001-3")
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "lugar", axe_source)
    page.select_option("#id_region", "13")
    page.locator("input[name=category]").first.check()
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "representante", axe_source)
    page.fill("#id_representative_name", "Rosa Joseph")
    page.fill("#id_email", f"rosa.{lang}@example.org")
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    check(page, problems, "revisar", axe_source)
    with page.expect_navigation():
        page.locator("form#questions button.ac-button").first.click()
    assert "/codigo/" in page.url
    check(page, problems, "code", axe_source)
    page.fill("#id_code", re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1))
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    assert "/mi-organizacion/" in page.url
    check(page, problems, "mine", axe_source)
    assert not problems, problems


def test_nominating_and_voting_pages_pass_axe(page, site, axe_source, council):
    now = timezone.now()
    term = Term.objects.create(
        starts_on=timezone.localdate() + datetime.timedelta(days=400),
        ends_on=timezone.localdate() + datetime.timedelta(days=1100),
    )
    election = Election.objects.create(
        term=term,
        nominations_open=now - datetime.timedelta(days=1),
        nominations_close=now + datetime.timedelta(days=5),
        voting_opens=now + datetime.timedelta(days=6),
        voting_closes=now + datetime.timedelta(days=9),
    )
    voter = Organisation.objects.accepted().first()
    problems = {}
    base = f"{site}/es/participacion/organizaciones"
    page.goto(f"{base}/ingresar/")
    check(page, problems, "sign-in", axe_source)
    page.fill("#id_email", voter.email)
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    page.fill("#id_code", re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1))
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    page.goto(f"{base}/mi-organizacion/{voter.pk}/elecciones/{election.pk}/candidatura/")
    check(page, problems, "nominate", axe_source)
    page.fill("#id_name", "Ana Pierre")
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    check(page, problems, "mine with a candidate", axe_source)
    Election.objects.filter(pk=election.pk).update(
        nominations_open=now - datetime.timedelta(days=5),
        nominations_close=now - datetime.timedelta(days=3),
        voting_opens=now - datetime.timedelta(days=1),
    )
    page.goto(f"{base}/mi-organizacion/{voter.pk}/elecciones/{election.pk}/votar/")
    check(page, problems, "vote", axe_source)
    page.locator("input[name=candidates]").first.check()
    with page.expect_navigation():
        page.locator("main form button.ac-button").first.click()
    check(page, problems, "voted", axe_source)
    assert election.ballots.count() == 1
    assert not problems, problems


def test_staff_pages_of_the_registry_and_the_cosoc_pass_axe(page, site, axe_source, council):
    sign_in_as(page, site, Role.COSOC_SECRETARY)
    waiting = Organisation.objects.to_review().first()
    meeting = Meeting.objects.filter(minutes_published_at__isnull=True, status="held").first()
    agreement = meeting.agreements.first()
    election = Election.objects.get()
    paths = [
        "organizaciones/",
        "organizaciones/?ver=todas",
        f"organizaciones/{waiting.pk}/",
        f"organizaciones/{waiting.pk}/rechazar/",
        "cosoc/",
        f"cosoc/sesiones/{meeting.pk}/asistencia/",
        f"cosoc/acuerdos/{agreement.pk}/",
        f"cosoc/elecciones/{election.pk}/",
    ]
    problems = {}
    for path in paths:
        response = page.goto(f"{site}/gestion/{path}")
        assert response.status == 200, path
        check(page, problems, path, axe_source)
    assert not problems, problems
