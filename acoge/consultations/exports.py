"""What staff take out of a consultation: its published results (CSV, XLSX) and its answers,
anonymised, one row per response (CSV, XLSX, for staff with their own permission).

The results are the tables of `selectors.results()` as published: every hidden cell is the
word for hidden, never its count, and nothing is counted here. The answers hold no date, no
response id, no receipt hash, no one who entered them and none of the statistics answers
(gender, age, nationality, region), which beside a free text could point at one person.
Every cell, in CSV and XLSX alike, goes through `safe_cell`: a text that starts like a formula
stays text.
"""

import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain, groupby
from operator import itemgetter

from django.utils.translation import gettext as _

from acoge.core.spreadsheets import csv_bytes, safe_cell
from acoge.stats.tables import HIDDEN, CrossTab, Table

from .models import Channel, Consultation, Question, Response
from .selectors import Results

CHUNK_SIZE = 2000  # rows of responses-and-answers fetched at a time
# XML 1.0 refuses these control characters: openpyxl raises on them, so they are dropped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel refuses these in a sheet's name, and more than 31 characters; "History" is its own.
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEET_NAMES = {"history"}

# The answers' columns: what she chose (or wrote) for a question, and her "other" text.
ANSWER, OTHER = "answer", "other"


# Results ---------------------------------------------------------------------------------------


def _value(value: float | None) -> int | float | str:
    """A published figure: a number, or the word for hidden (a hidden zero stays hidden)."""
    if value is HIDDEN:
        return _("hidden")
    return int(value) if float(value).is_integer() else value


def _tables(results: Results) -> list[Table]:
    return [*results.participation, *(t for result in results.questions for t in result.tables)]


def _long_rows(table: Table) -> list[list]:
    """One row per cell, then each row's total, each column's total and the grand total."""
    title, total = str(table.title), _("Total")
    if isinstance(table, CrossTab):
        rows = []
        for label, cells, row_total in table.rows:
            for column, value in zip(table.col_labels, cells, strict=True):
                rows.append([title, label, column, _value(value)])
            rows.append([title, label, total, _value(row_total)])
        for column, value in zip(table.col_labels, table.col_totals, strict=True):
            rows.append([title, total, column, _value(value)])
        rows.append([title, total, total, _value(table.total)])
        return rows
    rows = [[title, label, "", _value(value)] for label, value in table.rows]
    rows.append([title, str(table.total_label) or total, "", _value(table.total)])
    return rows


def results_rows(results: Results) -> list[list]:
    """The header, then every published table of the results as one long table: table, row,
    column (blank in a table by one dimension), value."""
    header = [_("Table"), _("Row"), _("Column"), _("Value")]
    return [header, *(row for table in _tables(results) for row in _long_rows(table))]


def results_csv(results: Results) -> bytes:
    return csv_bytes(results_rows(results))


def _laid_out(table: Table) -> list[tuple[list, bool]]:
    """The table as on the results page, row by row, each saying whether it is bold."""
    title, total = str(table.title), _("Total")
    if isinstance(table, CrossTab):
        header = [str(table.row_title), *table.col_labels, total]
        body = [[label, *cells, row_total] for label, cells, row_total in table.rows]
        footer = [total, *table.col_totals, table.total]
    else:
        header = ["", _("Number")]
        body = [[label, value] for label, value in table.rows]
        footer = [str(table.total_label) or total, table.total]
    *figures, totals = [[row[0], *map(_value, row[1:])] for row in (*body, footer)]
    return [([title], True), (header, True), *((row, False) for row in figures), (totals, True)]


def results_xlsx(results: Results, *, title: str) -> bytes:
    """The results as a workbook: first "Results", the long table of `results_rows` (one line
    per figure, with a filter: it goes straight into a pivot table, R, Stata or SPSS, and one
    sheet keeps every table in one place to filter); then "Who took part" and a sheet per
    question ("1. …", numbered as in the questionnaire), each table laid out as on the results
    page, to read and to copy into a report. A sheet per table would make dozens of sheets
    (five per question), with names cut at 31 characters that no longer tell them apart."""
    from openpyxl import Workbook  # here: a large import only exports need
    from openpyxl.styles import Font

    bold = Font(bold=True)
    taken: set[str] = set()
    workbook = Workbook()
    workbook.properties.title = _NOT_XML.sub("", title)
    data = workbook.active
    data.title = _sheet_name(_("Results"), taken)
    for position, row in enumerate(results_rows(results)):
        data.append([_xlsx_cell(value) for value in row])
        if position == 0:
            _embolden(data, bold)
    data.freeze_panes = "A2"
    data.auto_filter.ref = data.dimensions
    for letter, width in zip("ABCD", (50, 30, 25, 12), strict=True):
        data.column_dimensions[letter].width = width
    note = _(
        "Counts of fewer than 5 people are hidden, and so is any figure that would let someone "
        "work one out."
    )
    sheets = [(_("Who took part"), title, results.participation)]
    for number, result in enumerate(results.questions, start=1):
        if result.tables:  # an open question publishes no table
            name = f"{number}. {result.question.text}"
            sheets.append((name, name, result.tables))
    for name, heading, tables in sheets:
        sheet = workbook.create_sheet(_sheet_name(name, taken))
        lines = [([heading], True), ([note], False), ([], False)]
        for table in tables:
            lines += [*_laid_out(table), ([], False)]
        for row, strong in lines:
            sheet.append([_xlsx_cell(value) for value in row])
            if strong:
                _embolden(sheet, bold)
        sheet.freeze_panes = "B3"  # the heading and the labels stay in sight
        sheet.column_dimensions["A"].width = 45
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Answers ---------------------------------------------------------------------------------------


def answers_rows(consultation: Consultation) -> tuple[list[str], Iterable[list]]:
    """The header and, lazily, one row per response, in the order of its random id (never the
    order answers came in): the channel, then each question in the questionnaire's order (the
    option's label, several joined with "; " (a ranking's in her order), the scale's point or
    the text), a choice that takes "other" followed by a column of that text. Nothing else of
    the response."""
    questions = list(consultation.questions.prefetch_related("options"))
    header = [_("Channel")]
    columns: list[tuple[int, str]] = []
    for question in questions:
        header.append(question.text)
        columns.append((question.pk, ANSWER))
        if question.kind in Question.CHOICE_KINDS and question.allow_other:
            header.append(f"{question.text} — {_('Other — please say')}")
            columns.append((question.pk, OTHER))
    return header, _answer_rows(consultation, questions, columns)


def _answer_rows(
    consultation: Consultation, questions: list[Question], columns: list[tuple[int, str]]
) -> Iterator[list]:
    kinds = {question.pk: question.kind for question in questions}
    options = {
        option.pk: (position, option.label)
        for question in questions
        for position, option in enumerate(question.options.all())
    }
    other = (len(options), _("Other"))  # listed after every option
    channels = {value: str(label) for value, label in Channel.choices}
    # One query, one snapshot: each response with its answers (a LEFT JOIN keeps a response
    # with none), ordered by the response's random id, so a response's rows come together.
    joined = (
        Response.objects.filter(consultation=consultation)
        .order_by("id")
        .values_list(
            "id",
            "channel",
            "answers__question_id",
            "answers__option_id",
            "answers__value",
            "answers__text",
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for _response, group in groupby(joined, key=itemgetter(0)):
        lines = list(group)  # one response's answers: a few
        channel = lines[0][1]
        found: dict[tuple[int, str], object] = {}
        chosen: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for _id, _channel, question_id, option_id, value, text in lines:
            if question_id is None:  # a response without answers
                continue
            kind = kinds[question_id]
            if kind == Question.Kind.SCALE:
                found[(question_id, ANSWER)] = value
            elif kind in Question.TEXT_KINDS:
                found[(question_id, ANSWER)] = text
            elif kind == Question.Kind.RANKING:  # its options in her order: value is the place
                chosen[question_id].append((value, options[option_id][1]))
            elif option_id is None:
                chosen[question_id].append(other)
                found[(question_id, OTHER)] = text
            else:
                chosen[question_id].append(options[option_id])
        for question_id, picked in chosen.items():
            found[(question_id, ANSWER)] = "; ".join(label for _n, label in sorted(picked))
        yield [channels.get(channel, channel), *(found.get(key, "") for key in columns)]


def answers_csv(consultation: Consultation) -> bytes:
    header, rows = answers_rows(consultation)
    return csv_bytes(chain([header], rows))


def answers_xlsx(consultation: Consultation) -> bytes:
    """The answers as one sheet, written as it is read (a workbook of any size stays small in
    memory)."""
    from openpyxl import Workbook  # here: a large import only exports need
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows = answers_rows(consultation)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_name(_("Answers"), set()))
    sheet.freeze_panes = "A2"
    for index in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 16 if index == 1 else 30
    bold = Font(bold=True)
    cells = [WriteOnlyCell(sheet, value=_xlsx_cell(label)) for label in header]
    for cell in cells:
        cell.font = bold
    sheet.append(cells)
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Workbooks -------------------------------------------------------------------------------------


def _xlsx_cell(value: object) -> object:
    """A number stays a number; a text loses what XML refuses, then is kept from running as a
    formula (in that order: a control character must not hide an "=" from the guard)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return safe_cell(_NOT_XML.sub("", "" if value is None else str(value)))


def _embolden(sheet, bold) -> None:
    for cell in sheet[sheet.max_row]:
        cell.font = bold


def _sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts (31 characters, none of []:*?/\\, no quote at either end), unique
    in the workbook (Excel compares them without case)."""
    base = " ".join(_NOT_IN_SHEET_NAME.sub(" ", _NOT_XML.sub("", str(name))).split())
    base = base.strip("'") or "-"
    candidate, number = base[:31].rstrip(" '"), 2
    while candidate.casefold() in taken | _RESERVED_SHEET_NAMES:
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)].rstrip(" '") + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate
