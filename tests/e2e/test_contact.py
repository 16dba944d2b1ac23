"""The contact point in a real browser at 360 px: the start page, every question (with a mistake
on the way), check answers, send, the private status link and the withdrawal, with axe and the
quick exit on each page; finding a request; the wizard without JavaScript; the page budget; and
the staff inbox and request page."""

import pytest

from acoge.contact import selectors, services
from acoge.core.forms import display_phone
from acoge.core.models import Region

from .conftest import NEUTRAL_PAGE, axe_violations
from .staff import sign_in_as
from .test_budget import MAX_BYTES, MAX_REQUESTS, measure

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ["es", "en", "ht"]
START = "/{lang}/mujer-migrante/contacto/"
PHONE_TYPED = "9 6123 4567"
PHONE = "+56961234567"


def check_page(page, axe_source=None) -> None:
    """Every public page of the flow: the quick exit is there, and (with JS) axe finds nothing."""
    exit_control = page.locator("[data-quick-exit]")
    assert exit_control.count() == 1, page.url
    assert exit_control.is_visible(), page.url
    if axe_source is not None:
        assert axe_violations(page, axe_source) == [], page.url


def continue_(page) -> None:
    """Send the page's form and wait for the next page (or the same one, with its errors)."""
    with page.expect_navigation():
        page.click("main form .ac-button[type=submit]")


def precedes(page, first: str, second: str) -> bool:
    """Whether the first element matching `first` comes before `second` in DOM order."""
    return page.evaluate(
        """([first, second]) => {
            const a = document.querySelector(first), b = document.querySelector(second);
            const after = a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
            return !!after;
        }""",
        [first, second],
    )


def assert_on_step(page, step: str) -> None:
    assert page.url.split("?")[0].endswith(f"/mujer-migrante/contacto/{step}/"), (step, page.url)


def answer_questions(page, lang: str, axe_source=None) -> None:
    """From the first question to the check-answers page, with one mistake on the como page."""
    # tema
    assert_on_step(page, "tema")
    check_page(page, axe_source)
    page.check("input[name=topic][value=work]")
    continue_(page)

    # region
    assert_on_step(page, "region")
    check_page(page, axe_source)
    page.select_option("#id_region", "13")
    continue_(page)

    # mensaje
    assert_on_step(page, "mensaje")
    check_page(page, axe_source)
    page.fill("#id_message", "Quisiera saber sobre mis derechos en el trabajo.")
    continue_(page)

    # como: the phone field shows only once a phone method is checked (CSS :has(), no JS)
    assert_on_step(page, "como")
    check_page(page, axe_source)
    assert not page.locator("#id_phone").is_visible()
    # the mistake: her name typed, but no way to contact her chosen
    page.fill("#id_name", "Marie")
    continue_(page)
    assert_on_step(page, "como")
    summary = page.locator(".ac-error-summary")
    assert summary.is_visible()
    assert summary.locator("a[href='#id_methods_0']").count() == 1
    assert page.input_value("#id_name") == "Marie"
    check_page(page, axe_source)
    page.check("input[name=methods][value=call]")
    page.check("input[name=methods][value=whatsapp]")
    assert page.locator("#id_phone").is_visible()
    assert not page.locator("#id_email").is_visible()
    page.fill("#id_phone", PHONE_TYPED)
    continue_(page)

    # seguridad: calls and writing are both asked, as she chose a call and WhatsApp
    assert_on_step(page, "seguridad")
    check_page(page, axe_source)
    page.check("input[name=call][value=yes]")
    page.check("input[name=voicemail][value=no]")
    page.check("input[name=write][value=yes]")
    page.check("input[name=days][value='0']")
    page.check("input[name=times][value=morning]")
    page.fill("#id_say", "Llamo del consultorio por la hora de control.")
    continue_(page)

    # idioma: the language of the page is already chosen
    assert_on_step(page, "idioma")
    check_page(page, axe_source)
    assert page.is_checked(f"input[name=language][value={lang}]")
    continue_(page)

    # estadisticas: skipped
    assert_on_step(page, "estadisticas")
    check_page(page, axe_source)
    with page.expect_navigation():
        page.click("main form button[name=omitir]")

    # revisar
    assert_on_step(page, "revisar")
    check_page(page, axe_source)
    review = page.inner_text("main")
    assert "Marie" in review
    assert display_phone(PHONE) in review


def send(page, axe_source=None) -> str:
    """Send from the check-answers page; return the reference shown on the confirmation."""
    continue_(page)
    assert page.url.endswith("/mujer-migrante/contacto/enviada/"), page.url
    check_page(page, axe_source)
    reference = page.inner_text(".ac-panel__reference").strip()
    assert len(reference) == 6
    return reference


@pytest.mark.parametrize("lang", LANGUAGES)
def test_writing_to_us_page_by_page_at_360_px_has_no_axe_violations(page, site, axe_source, lang):
    # the start page: emergency number first, then the start button
    page.goto(site + START.format(lang=lang))
    check_page(page, axe_source)
    emergency = page.locator("main .ac-danger-now a", has_text="133")
    assert emergency.count() == 1
    assert emergency.get_attribute("href").endswith("133")
    assert precedes(page, "main .ac-danger-now a[href$='133']", "main .ac-button--start")
    with page.expect_navigation():
        page.click("main .ac-button--start")

    answer_questions(page, lang, axe_source)
    reference = send(page, axe_source)

    # the private status link, then the withdrawal
    with page.expect_navigation():
        page.click("#status-link")
    assert "/mujer-migrante/contacto/estado/" in page.url
    assert reference in page.inner_text("main h1")
    check_page(page, axe_source)
    with page.expect_navigation():
        page.click("main a.ac-button--warning")
    assert page.url.endswith("/retirar/"), page.url
    assert reference in page.inner_text("main")
    check_page(page, axe_source)
    continue_(page)
    assert page.url.endswith("/mujer-migrante/contacto/retirada/"), page.url
    check_page(page, axe_source)
    assert selectors.request_find(reference=reference, contact=PHONE) is None


def make_request() -> services.Created:
    return services.request_create(
        topic="health",
        region=Region.objects.get(cut_code="13"),
        preferences={
            "methods": ["call", "whatsapp"],
            "call": "yes",
            "voicemail": "no",
            "write": "yes",
            "days": [0, 1, 2, 3, 4],
            "times": ["morning"],
            "say": "Llamo del consultorio por la hora de control.",
            "avoid": "No mencionar Migraciones.",
        },
        language="es",
        message="Necesito una hora en el consultorio.",
        name="Marie",
        phone=PHONE,
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_finding_a_request_by_reference_and_phone_shows_its_status(page, site, axe_source, lang):
    reference = make_request().request.reference
    page.goto(f"{site}/{lang}/mujer-migrante/contacto/estado/")
    check_page(page, axe_source)
    page.fill("#id_reference", reference.lower())
    page.fill("#id_contact", PHONE_TYPED)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert page.locator(".ac-error-summary").count() == 0
    assert reference in page.inner_text("main h1")
    assert page.locator("main a.ac-button--warning").count() == 1
    check_page(page, axe_source)


def test_without_javascript_the_whole_wizard_can_be_completed(browser, site):
    context = browser.new_context(
        java_script_enabled=False, locale="es-CL", viewport={"width": 360, "height": 800}
    )
    context.route(
        "https://neutral.example/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE),
    )
    try:
        page = context.new_page()
        page.goto(site + START.format(lang="es"))
        check_page(page)
        with page.expect_navigation():
            page.click("main .ac-button--start")
        answer_questions(page, "es")
        reference = send(page)
        with page.expect_navigation():
            page.click("#status-link")
        assert reference in page.inner_text("main h1")
    finally:
        context.close()


def test_the_start_page_and_a_question_stay_within_the_page_budget(browser, site):
    for path in (START.format(lang="es"), "/ht/mujer-migrante/contacto/tema/"):
        total, urls = measure(browser, site + path)
        assert total <= MAX_BYTES, (path, total)
        assert len(urls) <= MAX_REQUESTS, (path, urls)
        assert all(url.startswith(site) for url in urls), urls


def test_the_inbox_and_a_request_at_360_px_have_no_axe_violations(page, site, axe_source):
    sign_in_as(page, site)
    created = make_request().request
    page.goto(site + "/gestion/contacto/")
    link = page.locator("main table a", has_text=created.reference)
    assert link.count() == 1
    assert axe_violations(page, axe_source) == [], page.url
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(f"/gestion/contacto/{created.pk}/"), page.url
    assert axe_violations(page, axe_source) == [], page.url

    # her safe-contact preferences come before her phone number
    phone = display_phone(PHONE)
    assert phone in page.inner_text("main")
    assert page.evaluate(
        """phone => {
            const title = document.getElementById('safety-title');
            const cell = [...document.querySelectorAll('main dd')]
                .find(dd => dd.textContent.trim() === phone);
            return !!title && !!cell
                && !!(title.compareDocumentPosition(cell) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""",
        phone,
    )
