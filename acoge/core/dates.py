"""Dates written as each language writes them in a sentence: "jueves 3 de diciembre de 2026",
"Thursday 3 December 2026", "jedi 3 desanm 2026". Lower case mid-sentence (Spanish and Haitian
Creole write weekdays and months so); a template capitalises with `capfirst` at the start.
Used through the `day` and `full_date` template filters (portal/templatetags/ac.py)."""

import datetime

from django.utils import dateformat
from django.utils.translation import get_language

# Weekday, day and month; and the same with the year.
PATTERNS = {
    "es": (r"l j \d\e F", r"l j \d\e F \d\e Y"),
    "en": ("l j F", "l j F Y"),
    "ht": ("l j F", "l j F Y"),
}


def _pattern(with_year: bool) -> str:
    language = (get_language() or "es").split("-")[0]
    return PATTERNS.get(language, PATTERNS["es"])[1 if with_year else 0]


def day(value: datetime.date | datetime.datetime | None) -> str:
    """ "jueves 3 de diciembre": weekday, day and month."""
    return dateformat.format(value, _pattern(False)) if value else ""


def full_date(value: datetime.date | datetime.datetime | None) -> str:
    """ "jueves 3 de diciembre de 2026": weekday, day, month and year."""
    return dateformat.format(value, _pattern(True)) if value else ""
