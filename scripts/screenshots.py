"""`make screenshots`: PNGs of the main pages at 360 px and 1280 px into screenshots/.

Runs the development server on a free port against the development database (migrated and
loaded with demo data first), signs in as the demo national admin, and photographs each page.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.browser import CHROMIUM, FLAGS  # noqa: E402

OUT = ROOT / "screenshots"
PUBLIC = [
    ("home-es", "/es/"),
    ("home-ht", "/ht/"),
    ("home-en", "/en/"),
    ("home-es-large-contrast", "/es/?texto=2&contraste=alto"),
    ("privacy-es", "/es/privacidad/"),
    ("accessibility-ht", "/ht/accesibilidad/"),
    ("safe-browsing-es", "/es/navegar-seguro/"),
    ("not-found-ht", "/ht/no-existe/"),
    ("staff-login", "/gestion/ingresar/"),
    ("women-initiative-ht", "/ht/mujer-migrante/"),
    ("workshops-list-es", "/es/mujer-migrante/talleres/"),
    ("workshops-list-ht", "/ht/mujer-migrante/talleres/"),
    ("workshop-detail-ht", "/ht/mujer-migrante/talleres/{workshop}/"),
    ("workshop-register-name-ht", "/ht/mujer-migrante/talleres/{workshop}/inscripcion/nombre/"),
    ("contact-start-es", "/es/mujer-migrante/contacto/"),
    ("contact-find-ht", "/ht/mujer-migrante/contacto/estado/"),
    ("rights-start-es", "/es/mis-datos/"),
    ("rights-start-ht", "/ht/mis-datos/"),
    ("gender-unit-es", "/es/genero/"),
    ("gender-unit-ht", "/ht/genero/"),
    ("cosoc-es", "/es/participacion/cosoc/"),
    ("cosoc-minutes-es", "/es/participacion/cosoc/sesiones/{meeting}/"),
    ("cosoc-election-ht", "/ht/participacion/cosoc/elecciones/{election}/"),
    ("organisations-es", "/es/participacion/organizaciones/"),
    ("public-account-questions-es", "/es/participacion/cuenta-publica/2025/preguntas/"),
]
# Shown, with a server whose limits are met at once, instead of a flow's first question.
BUSY = [
    ("busy-contact-es", "/es/mujer-migrante/contacto/tema/"),
    ("busy-workshop-ht", "/ht/mujer-migrante/talleres/{workshop}/inscripcion/nombre/"),
]
BUSY_LIMITS = "contact.start=0,workshops.start=0"
# The contact point page by page: (step, what to fill or check before continuing).
CONTACT_STEPS = [
    ("tema", [("check", "#id_topic_1")]),
    ("region", [("select", "#id_region", "05")]),
    ("mensaje", [("fill", "#id_message", "Quisiera orientación.")]),
    (
        "como",
        [
            ("check", "input[name=methods][value=call]"),
            ("check", "input[name=methods][value=whatsapp]"),
            ("fill", "#id_phone", "9 6123 4567"),
        ],
    ),
    (
        "seguridad",
        [
            ("check", "input[name=call][value=yes]"),
            ("check", "input[name=voicemail][value=no]"),
            ("check", "input[name=write][value=yes]"),
            ("check", "input[name=days][value='1']"),
            ("check", "input[name=times][value=morning]"),
            ("fill", "#id_say", "Llamo del consultorio."),
        ],
    ),
    ("idioma", [("check", "input[name=language][value=es]")]),
    ("estadisticas", [("skip",)]),
    ("revisar", []),
]
STAFF = [
    ("staff-dashboard", "/gestion/"),
    ("staff-list", "/gestion/personal/"),
    ("staff-detail", "/gestion/personal/1/"),
    ("staff-components", "/gestion/componentes/"),
    ("staff-audit", "/gestion/auditoria/"),
    ("staff-workshops", "/gestion/talleres/"),
    ("staff-workshop", "/gestion/talleres/{workshop}/"),
    ("staff-registrations", "/gestion/talleres/{workshop}/inscripciones/"),
    ("staff-attendance", "/gestion/talleres/{workshop}/asistencia/"),
    ("staff-rights", "/gestion/derechos/"),
    ("staff-api-keys", "/gestion/api/claves/"),
    ("staff-api-key-new", "/gestion/api/claves/nueva/"),
]
# Contact requests are for the Gender Unit and the regions' delegates, not the national admin.
GENDER_UNIT_STAFF = [
    ("staff-contact-inbox", "/gestion/contacto/"),
    ("staff-contact-overdue", "/gestion/contacto/?ver=vencidas"),
    ("staff-contact-detail", "/gestion/contacto/{contact_request}/"),
    ("staff-contact-attempt", "/gestion/contacto/{contact_request}/intento/"),
    ("staff-contact-create", "/gestion/contacto/nueva/"),
    ("staff-indicators", "/gestion/indicadores/"),
    ("staff-indicator-workshops", "/gestion/indicadores/workshops.registrations/"),
    ("staff-indicator-first-contact", "/gestion/indicadores/contact.first_contact/"),
    ("staff-indicator-attendance", "/gestion/indicadores/workshops.attendance/"),
    ("staff-gender-unit", "/gestion/genero/"),
    ("staff-gender-dashboard", "/gestion/genero/panel/"),
    ("staff-gender-plans", "/gestion/genero/planes/"),
    ("staff-gender-plan-valparaiso", "/gestion/genero/planes/{plan}/"),
    ("staff-gender-roundtable", "/gestion/genero/mesa/"),
    ("staff-gender-report", "/gestion/genero/informe/{year}/"),
]


def first_upcoming_workshop() -> str:
    return shell_value(
        "from acoge.workshops.selectors import upcoming_workshops;"
        "print(upcoming_workshops().first().pk)"
    )


def council_records() -> dict[str, str]:
    """The demo's first session with published minutes, and its election."""
    return {
        "meeting": shell_value(
            "from acoge.council.models import Meeting;"
            "print(Meeting.objects.filter(minutes_published_at__isnull=False).first().pk)"
        ),
        "election": shell_value(
            "from acoge.council.models import Election; print(Election.objects.first().pk)"
        ),
    }


def gender_records() -> dict[str, str]:
    """Valparaíso's work plan this year, and the year."""
    return {
        "plan": shell_value(
            "from acoge.gender_unit.models import WorkPlan;"  # _base_manager: not region-scoped
            "print(WorkPlan._base_manager.filter(region__cut_code='05').order_by('-year')[0].pk)"
        ),
        "year": shell_value("from django.utils import timezone; print(timezone.localdate().year)"),
    }


def shell_value(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def manage(*args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def current_code(username: str) -> str:
    out = subprocess.run(
        [sys.executable, "manage.py", "totp_code", username],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def paused_contact_request() -> str:
    code = (
        "from acoge.contact.models import ContactRequest;"
        "print(ContactRequest.objects.with_scopes_disabled()"
        ".filter(paused_until__isnull=False).first().pk)"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def sign_in(browser, base: str, username: str) -> dict:
    """Sign in once (a TOTP code is accepted only once); the session to reuse."""
    context = browser.new_context(locale="es-CL")
    page = context.new_page()
    page.goto(base + "/gestion/ingresar/")
    page.fill("#id_username", username)
    page.fill("#id_password", "acoge-demo-2026")
    page.click("main button[type=submit]")
    page.fill("#id_token", current_code(username))
    page.click("main button[type=submit]")
    page.wait_for_url(base + "/gestion/")
    state = context.storage_state()
    context.close()
    return state


def contact_walk(page, base: str, lang: str, width: int) -> None:
    """Every question of the contact point, filled in, then the confirmation and status."""
    page.goto(f"{base}/{lang}/mujer-migrante/contacto/tema/")
    for step, actions in CONTACT_STEPS:
        page.screenshot(path=OUT / f"contact-{step}-{lang}-{width}.png", full_page=True)
        button = "main form .ac-button[type=submit]"
        for action in actions:
            if action[0] == "check":
                page.check(action[1])
            elif action[0] == "select":
                page.select_option(action[1], action[2])
            elif action[0] == "fill":
                page.fill(action[1], action[2])
            elif action[0] == "skip":
                button = "main form button[name=omitir]"
        with page.expect_navigation():
            page.click(button)
    page.screenshot(path=OUT / f"contact-sent-{lang}-{width}.png", full_page=True)
    page.click("#status-link")
    page.screenshot(path=OUT / f"contact-status-{lang}-{width}.png", full_page=True)


@contextmanager
def serving(**env: str) -> Iterator[str]:
    """The development server on a free port, with `env` added; its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/es/", timeout=1)  # noqa: S310 (our own server)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    from playwright.sync_api import sync_playwright

    manage("migrate", "--noinput")
    manage("load_demo")
    workshop = first_upcoming_workshop()
    council = council_records()
    contact_request = paused_contact_request()
    gender = gender_records()
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        with serving() as base:
            signed_in = sign_in(browser, base, "admin")
            gender_unit = sign_in(browser, base, "genero")
            for width in (360, 1280):
                size = {"width": width, "height": 900}
                context = browser.new_context(viewport=size, locale="es-CL")
                page = context.new_page()
                for name, path in PUBLIC:
                    page.goto(base + path.format(workshop=workshop, **council))
                    page.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
                for lang in ("es", "ht"):
                    contact_walk(page, base, lang, width)
                context.close()
                context = browser.new_context(
                    viewport=size, locale="es-CL", storage_state=signed_in
                )
                page = context.new_page()
                for name, path in STAFF:
                    page.goto(base + path.format(workshop=workshop))
                    page.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
                context.close()
                context = browser.new_context(
                    viewport=size, locale="es-CL", storage_state=gender_unit
                )
                page = context.new_page()
                for name, path in GENDER_UNIT_STAFF:
                    page.goto(base + path.format(contact_request=contact_request, **gender))
                    page.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
                context.close()
        with serving(ACOGE_RATE_LIMITS=BUSY_LIMITS) as base:
            for width in (360, 1280):
                context = browser.new_context(viewport={"width": width, "height": 900})
                page = context.new_page()
                for name, path in BUSY:
                    page.goto(base + path.format(workshop=workshop))
                    page.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
                context.close()
        browser.close()
    print(f"Screenshots in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
