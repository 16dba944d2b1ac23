"""Dates read as each language writes them in a sentence."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.factories import WorkshopFactory

THURSDAY = datetime.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("language", "day", "full"),
    [
        ("es", "jueves 3 de diciembre", "jueves 3 de diciembre de 2026"),
        ("en", "Thursday 3 December", "Thursday 3 December 2026"),
        ("ht", "jedi 3 desanm", "jedi 3 desanm 2026"),
    ],
)
def test_a_date_reads_as_the_language_writes_it(language, day, full):
    template = Template("{% load ac %}{{ d|day }} / {{ d|full_date }} / {{ d|full_date|capfirst }}")
    with translation.override(language):
        shown = template.render(Context({"d": THURSDAY}))
    assert shown == f"{day} / {full} / {full[0].upper()}{full[1:]}"


def test_times_come_after_a_comma_in_every_language():
    moment = datetime.datetime(2026, 12, 3, 18, 5)
    template = Template("{% load ac %}{{ d|day_time }} / {{ d|full_datetime }} / {{ d|date_time }}")
    with translation.override("es"):
        shown = template.render(Context({"d": moment}))
    assert shown == (
        "jueves 3 de diciembre, 18:05 / jueves 3 de diciembre de 2026, 18:05 / "
        "3 de diciembre de 2026, 18:05"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("es", "Jueves 3 de diciembre de 2026,"),
        ("en", "Thursday 3 December 2026,"),
    ],
)
def test_a_workshop_page_writes_its_date_as_a_sentence_would(client, language, written):
    start = datetime.datetime(2026, 12, 3, 18, 0, tzinfo=ZoneInfo("America/Santiago"))
    workshop = WorkshopFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    page = client.get(f"/{language}/mujer-migrante/talleres/{workshop.pk}/").content.decode()
    assert written in page
