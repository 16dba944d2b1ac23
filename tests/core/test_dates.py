"""Dates read as each language writes them in a sentence."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

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
