"""Dates written as each language writes them in a sentence: "jueves 3 de diciembre de 2026",
"Thursday 3 December 2026", "jedi 3 desanm 2026". Lower case mid-sentence (Spanish and Haitian
Creole write weekdays and months so); a template capitalises with `capfirst` at the start.
Used through template filters of the same names (portal/templatetags/ac.py):

    day            jueves 3 de diciembre
    day_time       jueves 3 de diciembre, 18:00
    full_date      jueves 3 de diciembre de 2026
    full_datetime  jueves 3 de diciembre de 2026, 18:00
    date_time      3 de diciembre de 2026, 18:00
"""

import datetime

from django.utils import dateformat
from django.utils.translation import get_language

PATTERNS = {
    "es": {
        "day": r"l j \d\e F",
        "day_time": r"l j \d\e F, H:i",
        "full_date": r"l j \d\e F \d\e Y",
        "full_datetime": r"l j \d\e F \d\e Y, H:i",
        "date_time": r"j \d\e F \d\e Y, H:i",
    },
    "en": {
        "day": "l j F",
        "day_time": "l j F, H:i",
        "full_date": "l j F Y",
        "full_datetime": "l j F Y, H:i",
        "date_time": "j F Y, H:i",
    },
}
PATTERNS["ht"] = PATTERNS["en"]  # "jedi 3 desanm 2026": the order is the same
NAMES = tuple(PATTERNS["es"])


def written(value: datetime.date | datetime.datetime | None, name: str) -> str:
    """`value` written with the current language's pattern `name` (one of NAMES)."""
    if not value:
        return ""
    language = (get_language() or "es").split("-")[0]
    return dateformat.format(value, PATTERNS.get(language, PATTERNS["es"])[name])


def day(value) -> str:
    return written(value, "day")


def full_date(value) -> str:
    return written(value, "full_date")
