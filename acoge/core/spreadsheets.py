"""CSV files people open in a spreadsheet: each cell safe from formula injection, UTF-8 with the
mark that lets Excel read accents. Every export and every public CSV writes through here."""

import csv
import io
import re
from collections.abc import Iterable

from django.http import HttpResponse

# A cell starting with one of these runs as a formula in Excel or LibreOffice; a quote before
# it keeps it text. A phone number in E.164 ("+56…") is left as it is.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"\+\d{6,15}")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not _PHONE.fullmatch(text):
        return "'" + text
    return text


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_response(rows: Iterable[Iterable[object]], filename: str) -> HttpResponse:
    """A CSV download (its name: ASCII letters, digits, dots and dashes)."""
    response = HttpResponse(csv_bytes(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
