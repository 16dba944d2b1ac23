"""PDFs made on the server (acoge/core/pdf.py): a real PDF from our own page, and nothing
fetched while laying it out — an image on another site is refused, never requested."""

import logging

import pytest

from acoge.core import pdf


def test_a_page_becomes_a_pdf_with_its_inline_svg(monkeypatch):
    html = "<h1>Respuestas</h1><svg width='20' height='20'><rect width='20' height='20'/></svg>"
    monkeypatch.setattr(pdf, "render_to_string", lambda template, context: html)
    body = pdf.render("any.html", {})
    assert body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")


def test_nothing_is_fetched_while_rendering(monkeypatch, caplog):
    asked: list[str] = []
    import urllib.request

    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: asked.append(a) or None)
    html = "<img src='https://tracker.example.com/p.png'><link rel=stylesheet href='http://x.example/s.css'>"
    monkeypatch.setattr(pdf, "render_to_string", lambda template, context: html)
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        assert pdf.render("any.html", {}).startswith(b"%PDF-")
    assert asked == []
    assert "fetches nothing" in caplog.text


@pytest.mark.django_db
def test_the_answers_document_is_a_pdf_once_published(client, make_staff):
    from django.utils import timezone

    from tests.public_account.builders import cycle, observation

    account = cycle("closed")
    observation(account, status="answered", answer="Respondida.", responsible_unit="Unidad")
    url = f"/es/participacion/cuenta-publica/{account.year}/respuestas.pdf"
    assert client.get(url).status_code == 404
    account.answers_published_at = timezone.now()
    account.save()
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF-")
