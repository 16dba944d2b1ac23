"""Her copy of her records, as JSON and CSV (portability): every source of the personal-data
registry, what it holds of her, and what stays if she asks for deletion."""

import csv
import datetime
import io
import json
import re
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from acoge.core import personal_data
from acoge.core.spreadsheets import safe_cell

# A cell starting with one of these runs as a formula in a spreadsheet (CSV injection).
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T[\d:.]+([+-]\d{2}:\d{2}|Z)?)?")


def sections(copy: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The copy by source, in the registry's order, each with its description and what stays."""
    known = {source.key: source for source in personal_data.sources()}
    return [
        {
            "key": key,
            "description": str(known[key].description) if key in known else key,
            "kept": str(known[key].kept) if key in known else "",
            "labels": dict(known[key].labels) if key in known else {},
            "records": copy[key],
        }
        for key in sorted(copy)
    ]


def _readable(value: Any) -> str:
    """A value as she reads it on the page: yes or no, lists joined, dates in her language."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value in (None, "", [], {}):
        return "–"
    if isinstance(value, list):
        return ", ".join(_readable(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_readable(item)}" for key, item in value.items())
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        moment = datetime.datetime.fromisoformat(value)
        if "T" not in value:
            return date_format(moment.date(), "DATE_FORMAT")
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return date_format(moment, "DATETIME_FORMAT")
    return str(value)


def readable(copy: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The sections with each record as rows of (label, value) for the page."""
    shown = []
    for section in sections(copy):
        labels = section["labels"]
        shown.append(
            {
                **section,
                "rows": [
                    [
                        (str(labels.get(field, field.replace("_", " ").capitalize())), _readable(v))
                        for field, v in record.items()
                    ]
                    for record in section["records"]
                ],
            }
        )
    return shown


def as_json(copy: dict[str, list[dict[str, Any]]], *, generated: str) -> bytes:
    document = {
        "service": settings.ACOGE_SERVICE_NAME,
        "generated": generated,
        "sources": [
            {
                "key": section["key"],
                "description": section["description"],
                "kept_after_deletion": section["kept"],
                "records": section["records"],
            }
            for section in sections(copy)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else str(value)


def as_csv(copy: dict[str, list[dict[str, Any]]]) -> bytes:
    """One row per field of each record: source, record number, field, value."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["source", "description", "record", "field", "value"])
    for section in sections(copy):
        for number, record in enumerate(section["records"], start=1):
            for field, value in record.items():
                writer.writerow(
                    [section["key"], section["description"], number, field, safe_cell(_text(value))]
                )
    return buffer.getvalue().encode("utf-8-sig")  # the mark lets spreadsheets read accents
