"""Marie's journey in a real browser at 360 px: the list, a workshop, every registration step
(with a mistake on the way), the confirmation and the manage page, with axe on each page."""

from datetime import timedelta

import pytest

from acoge.workshops.models import Topic, Workshop
from acoge.workshops.services import registration_create
from tests.factories import WorkshopFactory, session_of

from .conftest import axe_violations
from .test_budget import MAX_BYTES, MAX_REQUESTS, measure

pytestmark = pytest.mark.django_db(transaction=True)


def make_workshops() -> tuple[Workshop, Workshop]:
    """Two upcoming workshops in Santiago: one open, one full with a waiting list."""
    workshops = []
    for title, capacity in (("Derechos laborales", 20), ("Salud de mujeres y niñas", 1)):
        workshop = WorkshopFactory(
            title=title,
            description="Una jornada para conocer tus derechos y resolver dudas.",
            venue="Centro Comunitario Los Aromos",
            address="Av. Libertador Bernardo O'Higgins 3000",
            directions="Metro Estación Central, salida norte; 5 minutos a pie.",
            accessibility="Baño accesible en el primer piso.",
            days_ahead=5,
            capacity=capacity,
            offers_childcare=True,
            step_free_access=True,
        )
        for offset, (topic, short_name) in enumerate(
            [(Topic.LABOUR, "Dirección del Trabajo"), (Topic.MIGRATION, "SERMIG")]
        ):
            session_of(
                workshop,
                topic,
                short_name,
                speaker_name="Ana Pérez",
                speaker_role="Inspectora",
                starts_at=workshop.starts_at + timedelta(hours=offset),
                ends_at=workshop.starts_at + timedelta(hours=offset + 1),
            )
        workshops.append(workshop)
    registration_create(
        workshop=workshops[1],
        name="Otra",
        phone="+56960000001",
        channel="sms",
        messages_safe=False,
    )
    return workshops[0], workshops[1]


def assert_accessible(page, axe_source) -> None:
    assert axe_violations(page, axe_source) == [], page.url


def continue_(page) -> None:
    """Send the page's form and wait for the next page (or the same one, with its errors)."""
    with page.expect_navigation():
        page.click("main form .ac-button[type=submit]")


@pytest.mark.parametrize("lang", ["es", "ht"])
def test_registering_page_by_page_at_360_px_has_no_axe_violations(page, site, axe_source, lang):
    open_workshop, full_workshop = make_workshops()
    workshop = open_workshop if lang == "ht" else full_workshop  # es joins the waiting list
    page.goto(f"{site}/{lang}/mujer-migrante/talleres/")
    assert page.locator("main .ac-ws").count() == 2
    assert_accessible(page, axe_source)

    page.goto(f"{site}/{lang}/mujer-migrante/talleres/{full_workshop.pk}/")
    assert_accessible(page, axe_source)
    page.goto(f"{site}/{lang}/mujer-migrante/talleres/{workshop.pk}/")
    assert_accessible(page, axe_source)
    with page.expect_navigation():
        page.click("main .ac-button--start")

    # nombre: first a mistake, then her first name
    continue_(page)
    assert page.locator(".ac-error-summary").is_visible()
    assert_accessible(page, axe_source)
    page.fill("#id_name", "Marie")
    continue_(page)

    # contacto: WhatsApp number, typed the way she says it
    assert_accessible(page, axe_source)
    page.check("#id_how_1")
    page.fill("#id_phone", "9 6123 4567")
    continue_(page)

    # mensajes
    assert_accessible(page, axe_source)
    page.check("#id_messages_safe_0")
    page.check("#id_channel_0")
    continue_(page)

    # necesidades: childcare for two children, a Kreyòl interpreter
    assert_accessible(page, axe_source)
    page.check("#id_needs_0")
    page.check("#id_needs_1")
    page.fill("#id_children_ages", "3, 6")
    page.select_option("#id_interpreter_language", "ht")
    continue_(page)

    # estadisticas: one answer, the rest skipped
    assert_accessible(page, axe_source)
    page.check("#id_age_band_2")
    continue_(page)

    # consentimiento
    assert_accessible(page, axe_source)
    page.check("#id_consent")
    continue_(page)

    # revisar
    assert "/revisar/" in page.url
    assert_accessible(page, axe_source)
    continue_(page)

    # the confirmation
    assert page.url.endswith("/mujer-migrante/inscripcion/confirmada/")
    reference = page.inner_text(".ac-panel__reference").strip()
    assert len(reference) == 6
    assert_accessible(page, axe_source)

    # the private manage page, then the cancel confirmation
    with page.expect_navigation():
        page.click("#manage-link")
    assert reference in page.inner_text("main")
    assert_accessible(page, axe_source)
    with page.expect_navigation():
        page.click("main .ac-button--warning")
    assert_accessible(page, axe_source)


def test_the_find_page_and_its_error_have_no_axe_violations(page, site, axe_source):
    page.goto(f"{site}/ht/mujer-migrante/inscripcion/")
    assert_accessible(page, axe_source)
    page.fill("#id_reference", "XXXXXX")
    page.fill("#id_contact", "9 6123 4567")
    continue_(page)
    assert page.locator(".ac-error-summary").is_visible()
    assert_accessible(page, axe_source)


def test_the_list_and_a_workshop_page_stay_within_the_page_budget(browser, site):
    open_workshop, _full = make_workshops()
    detail = f"/ht/mujer-migrante/talleres/{open_workshop.pk}/"
    for path in ("/es/mujer-migrante/talleres/", detail):
        total, urls = measure(browser, site + path)
        assert total <= MAX_BYTES, (path, total)
        assert len(urls) <= MAX_REQUESTS, (path, urls)
        assert all(url.startswith(site) for url in urls), urls


def test_on_a_small_phone_the_first_workshop_is_on_the_first_screen(browser, site):
    make_workshops()
    context = browser.new_context(locale="es-CL", viewport={"width": 360, "height": 640})
    page = context.new_page()
    page.goto(site + "/es/mujer-migrante/talleres/")
    first = page.locator(".ac-ws").first
    title = first.locator("h2").bounding_box()
    when = first.locator(".ac-ws__facts dd").first.bounding_box()
    assert title["y"] >= 0 and when["y"] + when["height"] <= 640, (title, when)
    context.close()
