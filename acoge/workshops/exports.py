"""What staff take out of a workshop: the registrations as CSV or XLSX (each export written to
the audit log) and the summary of the anonymous feedback, with small numbers hidden.

The export is the logistics list, so it holds names and contacts; never the optional
statistics answers, which are stored apart from any registration.
"""

import io

from django.http import HttpRequest
from django.utils.translation import gettext as _

from acoge.core.audit import log_action
from acoge.core.spreadsheets import csv_bytes, safe_cell

from .models import Registration, Workshop, interpreter_label

# Fewer answers than this and an average could point at one person: it is not shown.

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# A cell starting with one of these runs as a formula in a spreadsheet (CSV injection).
def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return _("Yes") if value else _("No")


def registration_rows(workshop: Workshop) -> list[list[str]]:
    """Header and one row per active registration, confirmed first, in arrival order."""
    registrations = (
        Registration.objects.with_scopes_disabled()
        .filter(workshop=workshop)
        .exclude(status=Registration.Status.CANCELLED)
        .order_by("status", "created_at", "id")
    )
    header = [
        _("Reference"),
        _("Status"),
        _("Name"),
        _("Contact"),
        _("Channel"),
        _("Messages safe"),
        _("Children's ages"),
        _("Interpreter"),
        _("Accessibility needs"),
        _("Walk-in"),
        _("Attended"),
    ]
    rows = [header]
    for registration in registrations:
        row = [
            registration.reference,
            registration.get_status_display(),
            registration.name,
            " / ".join(part for part in (registration.email, registration.phone) if part),
            registration.get_channel_display(),
            _yes_no(registration.messages_safe),
            ", ".join(str(age) for age in registration.children_ages),
            interpreter_label(registration.interpreter_language),
            registration.accessibility_needs,
            _yes_no(registration.walk_in),
            _yes_no(registration.attended),
        ]
        rows.append([safe_cell(str(value)) for value in row])
    return rows


def _xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook  # here: a large import only exports need
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Registrations")[:31]
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 50)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def registrations_export(
    *, workshop: Workshop, fmt: str, actor, request: HttpRequest | None = None
) -> bytes:
    """The registrations as a `csv` or `xlsx` file; the export is written to the audit log."""
    rows = registration_rows(workshop)
    content = csv_bytes(rows) if fmt == "csv" else _xlsx(rows)
    log_action(
        "workshops.registrations.exported",
        actor=actor,
        obj=workshop,
        request=request,
        data={"format": fmt, "rows": len(rows) - 1},
    )
    return content
