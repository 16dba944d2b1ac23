import re
from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

PUBLIC_PAGES = ["portal:home", "portal:privacy", "portal:accessibility", "portal:safe-browsing"]


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("ht,fr;q=0.8", "/ht/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("es-CL", "/es/"),
        ("de", "/es/"),
        ("", "/es/"),
    ],
)
@pytest.mark.django_db
def test_the_root_sends_visitors_to_their_language_falling_back_to_spanish(client, accept, target):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response.headers["Location"] == target


@pytest.mark.parametrize("name", PUBLIC_PAGES)
@pytest.mark.parametrize("lang", ["es", "en", "ht"])
@pytest.mark.django_db
def test_every_page_has_lang_skip_link_quick_exit_switcher_and_helplines(client, name, lang):
    with translation.override("es"):
        url = f"/{lang}" + reverse(name).removeprefix("/es")
    html = client.get(url).content.decode()
    assert f'<html lang="{lang}"' in html
    first_controls = re.findall(r"<(?:a|button) [^>]*>", html)[:2]
    assert 'href="#main"' in first_controls[0]
    assert "data-quick-exit" in first_controls[1], "quick exit must follow the skip link"
    assert 'data-href="https://neutral.example/"' in first_controls[1]
    exit_form = re.search(r'<form method="post" action="([^"]+)" class="ac-exit__form"', html)
    assert exit_form and exit_form.group(1) == "/salida/", "without JavaScript it posts the exit"
    for other in {"es", "en", "ht"} - {lang}:
        assert f'href="/{other}{url[3:]}"' in html, "the switcher keeps the current page"
    for number in ("1455", "+56 9 9700 7000", "149", "133"):
        assert number in html
    assert reverse("portal:privacy")[3:] in html and reverse("portal:accessibility")[3:] in html


@pytest.mark.django_db
def test_home_page_links_to_no_page_that_does_not_exist(client):
    html = client.get("/es/").content.decode()
    for href in set(re.findall(r'href="(/[^"#]*)"', html)) - {"/static/"}:
        if href.startswith("/static/") or href == "/salida/":
            continue
        assert client.get(href.replace("&amp;", "&")).status_code == 200, href


@pytest.mark.django_db
def test_not_found_page_is_translated_styled_and_has_the_quick_exit(client):
    response = client.get("/ht/pa-egziste/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ht"' in html and "data-quick-exit" in html
    assert "Nou pa jwenn paj la" in html


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.portal.broken_urls")
def test_a_server_error_shows_the_translated_500_page_with_the_quick_exit(client):
    client.raise_request_exception = False
    response = client.get("/en/roto/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "there is a problem with the service" in html
    assert "data-quick-exit" in html


@pytest.mark.django_db
def test_privacy_statement_lists_each_retention_rule_with_its_period(client, settings):
    settings.ACOGE_AUDIT_RETENTION_DAYS = 365
    html = client.get("/en/privacidad/").content.decode()
    assert "Audit log entries" in html and "365 days" in html
    assert "21.719" in html


@pytest.mark.django_db
def test_quick_exit_endpoint_clears_the_session_and_leaves_for_the_neutral_site(client):
    session = client.session
    session["draft"] = "something private"
    session.save()
    response = client.post("/salida/")
    assert response.status_code == 303
    assert response.headers["Location"] == "https://neutral.example/"
    assert "cache" in response.headers["Clear-Site-Data"]
    assert "draft" not in client.session


@pytest.mark.django_db
def test_every_form_she_fills_asks_the_browser_to_keep_no_answer(client):
    """autocomplete="off" on the women's-section forms: Back after the quick exit restores
    none of her choices, and her browser keeps no history of what she typed (name, phone and
    e-mail keep their own autocomplete purpose, as WCAG 1.3.5 asks)."""
    from tests.workshops.test_registration import make_workshop

    workshop = make_workshop()
    begun = make_workshop(
        starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=2)
    )
    with translation.override("es"):
        pages = [
            reverse("contact:step", kwargs={"step": "tema"}),
            reverse("contact:find"),
            reverse("workshops:register", kwargs={"pk": workshop.pk, "step": "nombre"}),
            reverse("workshops:find"),
            reverse("workshops:feedback", kwargs={"key": begun.feedback_key}),
        ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        forms = re.findall(r"<form [^>]*method=\"post\"[^>]*>", response.content.decode())
        assert forms, page
        assert all('autocomplete="off"' in form for form in forms), (page, forms)


@pytest.mark.parametrize("lang", ["es", "en", "ht"])
@pytest.mark.django_db
def test_the_womens_programme_page_links_only_to_sections_that_exist(client, lang):
    page = f"/{lang}/mujer-migrante/"
    html = client.get(page).content.decode()
    links = set(re.findall(r'href="(/[^"#]*)"', html))
    sections = {href for href in links if href.startswith(page) and href.split("?")[0] != page}
    assert sections, "the page promises no section at all"
    for href in links:
        if href.startswith("/static/") or href == "/salida/":
            continue
        response = client.get(href.replace("&amp;", "&"), follow=True)
        assert response.status_code == 200, href
