"""Relevant information as the public sees it: the policies, plans, programmes and actions with
their budget by year (table and CSV), the pages the seeds name, news with an Atom feed,
documents with their summary, size, type and language, the sitemap in three languages, and the
open data API; all from the demo content, in es, en and ht."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.template.defaultfilters import filesizeformat
from django.test import Client

from acoge.core import search
from acoge.information import demo
from acoge.information.models import Budget, Document, Initiative, LegalText, News, Page

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def content(db):
    demo.load(lambda line: None)
    search.reindex()


def get(path: str, **headers) -> str:
    response = Client().get(path, **headers)
    assert response.status_code == 200, path
    return response.content.decode()


def test_the_index_groups_what_the_law_names(content):
    page = get("/es/informacion/")
    for label in ("Política", "Programa", "Acción"):
        assert f">{label}" in page
    for item in Initiative.objects.filter(published=True):
        assert item.get_absolute_url() in page
    assert 'href="/es/informacion/presupuestos/"' in page


def test_a_programme_shows_objective_unit_regions_and_budget_table(content):
    programme = Initiative.objects.get(slug="apoya-mujer-migrante")
    page = get(programme.get_absolute_url())
    assert programme.objective_es[:40] in page
    assert programme.responsible_unit_es in page
    assert "<table" in page and "Planificado" in page and "Ejecutado" in page
    for budget in programme.budgets.all():
        assert f">{budget.year}<" in page
    assert programme.budget_csv_url() in page
    assert "/es/informacion/apoya-mujer-migrante/" in page  # its page


def test_the_budget_csv_has_every_year_with_amounts_and_share(content):
    response = Client().get("/es/informacion/presupuestos.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["kind", "initiative", "address"]
    assert len(rows) - 1 == Budget.objects.filter(initiative__published=True).count()
    done = next(row for row in rows[1:] if row[7])
    budget = Budget.objects.get(initiative__title_es=done[1], year=int(done[5]))
    assert int(done[6]) == budget.planned and int(done[7]) == budget.executed
    assert float(done[8]) == pytest.approx(budget.executed / budget.planned * 100, abs=0.1)


def test_budgets_by_year_page_lists_each_year(content):
    page = get("/es/informacion/presupuestos/")
    for year in Budget.objects.values_list("year", flat=True).distinct():
        assert f"Año {year}" in page


@pytest.mark.parametrize(
    "slug", ["apoya-mujer-migrante", "unidad-de-genero", "participacion-ciudadana", "marco-legal"]
)
@pytest.mark.parametrize("language", ["es", "en", "ht"])
def test_the_pages_the_seeds_name_exist_in_three_languages(content, slug, language):
    page = get(f"/{language}/informacion/{slug}/")
    assert f'lang="{language}"' in page
    assert Page.objects.get(slug=slug).body_es[:10] not in page or language == "es"


def test_the_legal_framework_links_each_text_and_says_spanish_only(content):
    spanish = get("/es/informacion/marco-legal/")
    english = get("/en/informacion/marco-legal/")
    for text in LegalText.objects.filter(published=True):
        assert f'href="{text.url}"' in spanish and f"{text.number} ({text.year})" in spanish
    assert "Ley 20.500" in spanish and "Solo en español" not in spanish
    assert english.count("In Spanish only") == LegalText.objects.filter(spanish_only=True).count()


def test_the_women_page_links_into_the_workshops_and_the_contact_point(content):
    page = get("/es/informacion/apoya-mujer-migrante/")
    assert 'href="/es/mujer-migrante/talleres/"' in page
    assert 'href="/es/mujer-migrante/contacto/"' in page


def test_a_draft_page_is_not_found():
    Page.objects.create(
        slug="borrador",
        section="information",
        title_es="Borrador",
        summary_es=".",
        body_es=".",
        last_reviewed="2026-11-01",
        review_by="2027-01-01",
    )
    assert Client().get("/es/informacion/borrador/").status_code == 404


def test_news_has_an_atom_feed_in_each_language(content):
    response = Client().get("/es/informacion/noticias/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    newest = News.objects.filter(published=True).first()
    assert entries[0].find(f"{ATOM}title").text == newest.title_es
    assert entries[0].find(f"{ATOM}published").text.startswith(newest.published_on.isoformat())
    assert entries[0].find(f"{ATOM}link").get("href").startswith("http://testserver/es/")
    english = ET.fromstring(Client().get("/en/informacion/noticias/feed/").content)
    assert english.findall(f"{ATOM}entry")[0].find(f"{ATOM}link").get("href").count("/en/")
    assert 'type="application/atom+xml"' in get("/es/informacion/noticias/")


def test_a_document_page_says_what_it_holds_its_type_size_and_language(content):
    document = Document.objects.get(language="es", kind="pdf", slug__contains="guia")
    page = get(document.get_absolute_url())
    assert "PDF" in page
    assert filesizeformat(document.size) in page
    assert "El archivo está en español" in page
    download = Client().get(f"/es/informacion/documentos/{document.slug}/archivo/")
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


def test_the_official_channels_are_plain_links_with_icons_from_this_site(content):
    page = get("/es/informacion/canales-oficiales/")
    assert 'href="https://siac.interior.gob.cl"' in page
    assert 'src="/static/information/icons/siac' in page
    assert "<iframe" not in page and '<script src="http' not in page


def test_the_sitemap_lists_every_public_page_in_three_languages_with_hreflang(content):
    tree = ET.fromstring(Client().get("/sitemap.xml").content)
    urls = tree.findall(f"{SITEMAP}url")
    locations = {url.find(f"{SITEMAP}loc").text for url in urls}
    for path in (
        "/informacion/",
        "/informacion/marco-legal/",
        "/residencia-humanitaria/",
        "/mujer-migrante/",
        "/mujer-migrante/talleres/",
    ):
        for language in ("es", "en", "ht"):
            assert f"http://testserver/{language}{path}" in locations
    first = next(u for u in urls if u.find(f"{SITEMAP}loc").text.endswith("/es/informacion/"))
    links = {link.get("hreflang"): link.get("href") for link in first.findall(f"{XHTML}link")}
    assert set(links) == {"es", "en", "ht", "x-default"}
    # x-default has no language: the address answers in the language her browser asks for.
    assert links["x-default"] == "http://testserver/informacion/"
    chosen = Client().get("/informacion/", HTTP_ACCEPT_LANGUAGE="ht")
    assert chosen.status_code == 302 and chosen["Location"] == "/ht/informacion/"
    assert not any("/gestion/" in loc or "/contacto/estado/" in loc for loc in locations)


def test_the_home_and_the_landing_pages_link_the_new_sections(content):
    home = get("/es/")
    assert 'href="/es/informacion/"' in home and 'href="/es/participacion/"' in home
    women = get("/es/mujer-migrante/")
    assert 'href="/es/informacion/unidad-de-genero/"' in women
    engagement = get("/es/participacion/")
    assert 'href="/es/informacion/participacion-ciudadana/"' in engagement
    assert 'href="/es/informacion/marco-legal/"' in engagement


def test_the_open_data_api_pages_programmes_with_budgets(content):
    body = Client().get("/api/programas", {"lang": "en"}).json()
    assert body["count"] == Initiative.objects.filter(published=True).count()
    programme = next(item for item in body["items"] if item["slug"] == "apoya-mujer-migrante")
    assert programme["budgets"] and "planned_clp" in programme["budgets"][0]
    assert programme["url"].startswith("http://testserver/en/")
    assert Client().get("/api/programas", {"kind": "policy"}).json()["count"] >= 1
    assert Client().get("/api/programas", {"kind": "nope"}).status_code == 422


@pytest.mark.parametrize("path", ["/api/paginas", "/api/noticias", "/api/documentos"])
def test_the_open_data_api_lists_pages_news_and_documents(content, path):
    body = Client().get(path, {"page": 1, "lang": "ht"}).json()
    assert body["count"] >= 1 and body["items"]
    first = body["items"][0]
    assert first["url"].startswith("http://testserver/ht/informacion/")
    html = first.get("text_html") or first.get("summary_html")
    assert html.startswith("<") and "<h1" not in html  # sanitised HTML, headings below h1


def test_the_api_is_paginated_fifty_at_a_time(content):
    base = Page.objects.first()
    for number in range(55):
        Page.objects.create(
            slug=f"extra-{number}",
            section=base.section,
            title_es=f"Extra {number}",
            summary_es=".",
            body_es=".",
            published=True,
            last_reviewed=base.last_reviewed,
            review_by=base.review_by,
        )
    first = Client().get("/api/paginas").json()
    second = Client().get("/api/paginas", {"page": 2}).json()
    assert len(first["items"]) == 50 and first["count"] == len(second["items"]) + 50


def test_a_replaced_or_withdrawn_file_leaves_the_disk(content, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    document = Document.objects.get(kind="pdf", slug__contains="guia")
    old = document.file.name
    storage = document.file.storage
    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(demo.pdf("Nueva", ["uno"]), name="nueva.pdf")
        document.save()
    assert not storage.exists(old) and storage.exists(document.file.name)
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert not storage.exists(document.file.name)


def test_an_edit_that_keeps_the_file_does_not_check_it_again(content, settings):
    document = Document.objects.get(kind="pdf", slug__contains="guia")
    settings.ACOGE_UPLOAD_MAX_BYTES = 10  # lowered since it was uploaded
    document.title_es = "Guía revisada"
    document.full_clean()
    document.save()
