"""The Unidad de Género in a real browser at 360 px: axe on the public page in three languages,
and on every staff page with the demo data — as the Gender Unit, as a regional delegate, and
the Ley Karin channel as a staff member reporting and as a designated receiver."""

import pytest
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.core.scoping import scopes_disabled
from acoge.gender_unit import demo
from acoge.gender_unit.models import Agreement, Commitment, Measure, Session, WorkPlan
from acoge.gender_unit.models.karin import Report

from .conftest import axe_violations
from .pages import LANGUAGES
from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def gender_unit(transactional_db):
    demo.load(lambda line: None)


def check_all(page, site: str, paths: list[str], axe_source: str) -> dict:
    problems = {}
    for path in paths:
        response = page.goto(f"{site}{path}")
        assert response.status == 200, path
        page.wait_for_load_state()
        if found := axe_violations(page, axe_source):
            problems[path] = found
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_public_page_passes_axe(page, site, axe_source, gender_unit, lang):
    assert not check_all(page, site, [f"/{lang}/genero/"], axe_source)
    assert page.locator("text=Vacant").count() + page.locator(".ac-tag--grey").count() >= 2


def test_the_units_staff_pages_pass_axe(page, site, axe_source, gender_unit):
    sign_in_as(page, site, Role.GENDER_UNIT)
    with scopes_disabled():
        plan = WorkPlan.objects.filter(region__cut_code="05").first()
        activity = plan.activities.first()
        commitment = Commitment.objects.filter(region__cut_code="05").first()
    session = Session.objects.filter(status="held").first()
    year = timezone.localdate().year
    paths = [
        "/gestion/genero/",
        "/gestion/genero/delegados/",
        "/gestion/genero/mesa/",
        f"/gestion/genero/mesa/sesiones/{session.pk}/",
        f"/gestion/genero/mesa/sesiones/{session.pk}/asistencia/",
        f"/gestion/genero/mesa/acuerdos/{Agreement.objects.first().pk}/",
        "/gestion/genero/planes/",
        "/gestion/genero/planes/nuevo/",
        f"/gestion/genero/planes/{plan.pk}/",
        f"/gestion/genero/planes/{plan.pk}/actividades/nueva/",
        f"/gestion/genero/actividades/{activity.pk}/",
        "/gestion/genero/medidas/",
        f"/gestion/genero/medidas/{Measure.objects.first().pk}/regiones/{plan.region_id}/",
        "/gestion/genero/agenda/",
        "/gestion/genero/agenda/nuevo/",
        f"/gestion/genero/agenda/{commitment.pk}/",
        "/gestion/genero/panel/",
        f"/gestion/genero/informe/{year}/",
        "/gestion/genero/karin/informe/",
    ]
    problems = check_all(page, site, paths, axe_source)
    assert not problems, problems


def test_a_delegate_fills_in_an_activity_and_sees_its_errors(page, site, axe_source, gender_unit):
    sign_in_as(page, site, Role.GENDER_DELEGATE, cut="05")
    with scopes_disabled():
        plan = WorkPlan.objects.get(region__cut_code="05")
    response = page.goto(f"{site}/gestion/genero/planes/{plan.pk}/actividades/nueva/")
    assert response.status == 200
    page.fill("#id_title", "Charla de corresponsabilidad")
    page.locator("input[name=kind]").first.check()
    page.locator("input[name=audience]").first.check()
    page.fill("#id_planned_on_0", "10")
    page.fill("#id_planned_on_1", "3")
    page.fill("#id_planned_on_2", str(plan.year))
    page.check("input[name=status][value=done]")
    with page.expect_navigation():
        page.click("main form button.ac-button")
    assert page.locator(".ac-error-summary").count()
    assert page.input_value("#id_title") == "Charla de corresponsabilidad"
    assert not axe_violations(page, axe_source)


def test_the_ley_karin_channel_passes_axe_for_the_reporter_and_the_receiver(
    page, site, axe_source, gender_unit
):
    sign_in_as(page, site, Role.REGIONAL_STAFF, cut="08")
    problems = check_all(
        page, site, ["/gestion/genero/karin/", "/gestion/genero/karin/denunciar/"], axe_source
    )
    page.locator("input[name=kind]").first.check()
    page.fill("#id_facts", "Comentarios humillantes en reuniones, tres veces esta semana.")
    with page.expect_navigation():
        page.click("main form button.ac-button")
    assert "/mis-denuncias/" in page.url
    if found := axe_violations(page, axe_source):
        problems["mine"] = found
    filed = Report.objects.order_by("-received_at").first()
    page.context.clear_cookies()
    sign_in_as(page, site, Role.KARIN_RECEIVER)
    problems |= check_all(
        page,
        site,
        [
            "/gestion/genero/karin/bandeja/",
            f"/gestion/genero/karin/denuncias/{filed.pk}/",
            "/gestion/genero/karin/registrar/",
            "/gestion/genero/karin/informe/",
        ],
        axe_source,
    )
    assert not problems, problems
