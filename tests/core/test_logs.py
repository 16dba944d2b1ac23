"""No log line holds a private link: tokens in paths are written as [private]."""

import io
import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from gunicorn.config import Config

from acoge.core.logs import AccessLogger, RedactPrivateLinks, redact_path
from acoge.core.tokens import new_token
from acoge.workshops.models import new_feedback_key


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("workshops:manage", {"token": new_token()}),
        ("workshops:manage-cancel", {"token": new_token()}),
        ("workshops:feedback", {"key": new_feedback_key()}),
        ("contact:status", {"token": new_token()}),
        ("contact:withdraw", {"token": new_token()}),
        ("contact:status-discreet", {"token": new_token()}),
    ],
)
def test_every_private_link_loses_its_token(name, kwargs):
    path = reverse(name, kwargs=kwargs)
    token = next(iter(kwargs.values()))
    redacted = redact_path(path)
    assert token not in redacted and "[private]" in redacted
    assert redacted == path.replace(token, "[private]")


@pytest.mark.parametrize(
    "path",
    [
        "/es/mujer-migrante/talleres/",
        "/es/mujer-migrante/talleres/12/inscripcion/contacto/",
        "/es/mujer-migrante/inscripcion/confirmada/",
        "/gestion/indicadores/workshops.registrations/csv/",
        "/static/acoge/app.3f2a9c1b7e3f2a9c1b7e.css",
    ],
)
def test_ordinary_paths_are_kept_as_they_are(path):
    assert redact_path(path) == path


@pytest.mark.django_db
def test_a_warning_about_an_unknown_link_reaches_the_log_without_its_token(client):
    """Through the handler settings.LOGGING configures, as in production."""
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactPrivateLinks) for f in h.filters)
    ]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    token = new_token()
    try:
        client.get(reverse("contact:status", kwargs={"token": token}))
        client.get(f"/es/no-such-page/{token}/")
    finally:
        handler.setStream(previous)
    logged = stream.getvalue()
    assert "Not Found: /es/no-such-page/[private]/" in logged
    assert token not in logged


def test_the_filter_rewrites_the_arguments_of_a_record():
    token = new_token()
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (f"/s/{token}/",), None
    )
    assert RedactPrivateLinks().filter(record) is True
    assert record.getMessage() == "Not Found: /s/[private]/"


def test_gunicorns_access_log_line_has_no_token():
    token = new_token()
    path = f"/es/mujer-migrante/inscripcion/{token}/"
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "PATH_INFO": path,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "QUERY_STRING": "",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    atoms = AccessLogger(Config()).atoms(response, {}, environ, timedelta(milliseconds=12))
    assert atoms["U"] == "/es/mujer-migrante/inscripcion/[private]/"
    assert token not in atoms["r"] and token not in atoms["{raw_uri}e"]
