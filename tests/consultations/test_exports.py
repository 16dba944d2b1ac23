"""Exports for staff: the published results as a long table (CSV, XLSX) with every hidden cell
spelled out and no count behind it, and the answers anonymised, one row per response in the
order of its random id, without the statistics answers, dates or ids; every cell guarded
against formulas."""

import csv
import io

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from acoge.accounts.models import Role
from acoge.consultations import exports, selectors, services
from acoge.consultations.models import Answer, Channel, Question, Response
from acoge.consultations.services import Given
from acoge.core.models import Region
from acoge.stats.demographics import GenderIdentity
from tests.consultations.test_answering import make, option
from tests.consultations.test_results import answer

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("https://example.org/x","clic")'


def submit(consultation, *, comment="", channel=Channel.ONLINE, staff=None, **given) -> None:
    if comment:
        given["comentario"] = Given(text=comment)
    services.response_submit(
        consultation=consultation,
        given=given,
        channel=channel,
        entered_by=staff,
        stats={"gender_identity": "woman", "age_band": "30-44"},
        region_id=Region.objects.get(cut_code="13").pk,
    )


def chosen(consultation, slug: str, *labels: str) -> Given:
    return Given(options=tuple(option(consultation, slug, label).pk for label in labels))


def by_cell(rows: list[list]) -> dict[tuple[str, str, str], object]:
    return {(table, row, column): value for table, row, column, value in rows[1:]}


def trimmed(row: tuple) -> list:
    """A sheet's row without the empty cells after its last value."""
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return values


def read_csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_the_results_export_spells_out_a_hidden_cell_and_never_its_count():
    consultation = make()
    answer(consultation, "Salud", times=12, gender="woman")
    answer(consultation, "Trabajo", times=2, gender="non_binary")  # two people
    rows = exports.results_rows(selectors.results(consultation))
    assert rows[0] == [gettext("Table"), gettext("Row"), gettext("Column"), gettext("Value")]
    [trabajo] = [r for r in rows if r[:3] == ["¿Qué tema?", "Trabajo", str(Channel.ONLINE.label)]]
    assert trabajo[3] == gettext("hidden") and 2 not in trabajo
    non_binary = str(GenderIdentity.NON_BINARY.label)
    two = [row[3] for row in rows if non_binary in row]
    assert gettext("hidden") in two and set(two) <= {gettext("hidden"), 0}, "hidden or none"
    figures = [row[3] for row in rows[1:] if isinstance(row[3], int)]
    assert figures and all(n == 0 or n >= 5 for n in figures), "no count from 1 to 4"
    assert [row for row in read_csv(exports.results_csv(selectors.results(consultation)))] == [
        [str(cell) for cell in row] for row in rows
    ]
    with translation.override("en"):
        english = exports.results_rows(selectors.results(consultation))
    assert english[0] == ["Table", "Row", "Column", "Value"]
    assert "hidden" in {row[3] for row in english}


def test_the_results_export_has_every_cell_and_total_the_results_publish(make_staff):
    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    answer(consultation, "Salud", times=12, gender="woman")
    answer(consultation, "Salud", channel=Channel.IN_PERSON, staff=staff, times=7, gender="man")
    answer(consultation, "Trabajo", times=6, gender="woman")
    answer(consultation, "Trabajo", channel=Channel.IN_PERSON, staff=staff, times=5, gender="man")
    results = selectors.results(consultation)
    cells = by_cell(exports.results_rows(results))
    total, hidden = gettext("Total"), gettext("hidden")
    online, in_person = str(Channel.ONLINE.label), str(Channel.IN_PERSON.label)
    assert cells[("¿Qué tema?", "Salud", online)] == 12
    assert cells[("¿Qué tema?", "Salud", total)] == 19
    assert cells[("¿Qué tema?", total, in_person)] == 12
    assert cells[("¿Qué tema?", total, total)] == 30
    assert cells[("¿Qué tema?", "Idioma", online)] == 0, "a zero is a number"
    assert cells[(gettext("Answers by channel"), online, "")] == 18
    for table in exports._tables(results):
        title = str(table.title)
        if table.kind == "two_way":
            for label, row, row_total in table.rows:
                assert cells[(title, label, total)] == (hidden if row_total is None else row_total)
                for column, value in zip(table.col_labels, row, strict=True):
                    assert cells[(title, label, column)] == (hidden if value is None else value)
            for column, value in zip(table.col_labels, table.col_totals, strict=True):
                assert cells[(title, total, column)] == (hidden if value is None else value)
            assert cells[(title, total, total)] == (hidden if table.total is None else table.total)
        else:
            for label, value in table.rows:
                assert cells[(title, label, "")] == (hidden if value is None else value)
            key = (title, str(table.total_label) or total, "")
            assert cells[key] == (hidden if table.total is None else table.total)
    assert len(cells) == len(exports.results_rows(results)) - 1, "each cell once"


def test_the_results_workbook_has_the_long_table_then_a_sheet_to_read_per_question():
    consultation = make()
    Question.objects.create(
        consultation=consultation, order=5, slug="opinion", kind="scale",
        text_es="¿Qué opina de: horarios/atención [2025]? ¿Y de los módulos*?",
    )  # fmt: skip
    answer(consultation, "Salud", times=12, gender="woman")
    results = selectors.results(consultation)
    content = exports.results_xlsx(results, title="Consulta de prueba")
    workbook = load_workbook(io.BytesIO(content))
    names = workbook.sheetnames
    assert names[:5] == [
        gettext("Results"),
        gettext("Who took part"),
        "1. ¿Qué tema",
        "3. ¿Qué barreras",
        "4. ¿Claro",
    ], "no “?” in a sheet's name; no sheet for an open question"
    [long_name] = names[5:]
    assert len(long_name) <= 31 and not set("[]:*?/\\") & set(long_name)
    assert long_name.startswith("6. ¿Qué opina de horarios")
    assert len({name.casefold() for name in names}) == len(names)
    data = workbook[gettext("Results")]
    assert data.freeze_panes == "A2" and all(cell.font.bold for cell in data[1])
    written = [list(row) for row in data.iter_rows(values_only=True)]
    expected = [[None if v == "" else v for v in row] for row in exports.results_rows(results)]
    assert written == expected, "numbers as numbers, hidden as the word"
    assert workbook.properties.title == "Consulta de prueba"
    first = workbook["1. ¿Qué tema"]
    assert first["A1"].value == "1. ¿Qué tema?" and first["A1"].font.bold
    assert first.freeze_panes == "B3"
    lines = [trimmed(row) for row in first.iter_rows(values_only=True)]
    header = ["Respuesta", str(Channel.ONLINE.label), str(Channel.IN_PERSON.label), "Total"]
    at = lines.index(header)
    assert lines[at - 1][0] == "¿Qué tema?" and lines[at + 1] == ["Salud", 12, 0, 12]


def test_the_answers_export_has_one_row_per_response_in_the_questionnaires_order(make_staff):
    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    submit(
        consultation, tema=chosen(consultation, "tema", "Salud"),
        barreras=chosen(consultation, "barreras", "Miedo", "Horarios"),
        claridad=Given(value=4), comment="uno",
    )  # fmt: skip
    submit(
        consultation, tema=Given(text="Vivienda"), claridad=Given(value=2), comment="dos",
        channel=Channel.IN_PERSON, staff=staff,
    )  # fmt: skip
    submit(
        consultation, tema=chosen(consultation, "tema", "Idioma"), idioma=Given(text="Kreyòl"),
        comment="tres",
    )  # fmt: skip
    for n in range(6):
        submit(consultation, tema=chosen(consultation, "tema", "Trabajo"), comment=f"n{n}")
    submit(consultation)  # answered nothing but the statistics
    header, rows = exports.answers_rows(consultation)
    rows = list(rows)
    assert header == [
        gettext("Channel"),
        "¿Qué tema?",
        f"¿Qué tema? — {gettext('Other — please say')}",
        "¿Qué idioma?",
        "¿Qué barreras?",
        "¿Claro?",
        "¿Algo más?",
    ]
    assert len(rows) == Response.objects.filter(consultation=consultation).count() == 10
    found = {row[-1]: row for row in rows}
    online, in_person = str(Channel.ONLINE.label), str(Channel.IN_PERSON.label)
    assert found["uno"] == [online, "Salud", "", "", "Horarios; Miedo", 4, "uno"]
    assert found["dos"] == [in_person, gettext("Other"), "Vivienda", "", "", 2, "dos"]
    assert found["tres"] == [online, "Idioma", "", "Kreyòl", "", "", "tres"]
    assert found[""] == [online, "", "", "", "", "", ""]
    cells = {str(cell) for row in rows for cell in row}
    today = timezone.localdate()
    assert not cells & {str(GenderIdentity.WOMAN.label), "woman", "30-44"}, "no statistics"
    assert not any("Metropolitana" in cell for cell in cells), "no region"
    assert not any(today.isoformat() in cell or f"{today:%d/%m}" in cell for cell in cells)
    for response in Response.objects.filter(consultation=consultation):
        assert str(response.pk) not in cells and response.receipt_hash not in cells
    ids = {a.text: a.response_id for a in Answer.objects.filter(question__slug="comentario")}
    in_order = [row[-1] for row in rows if row[-1]]
    assert in_order == sorted(ids, key=ids.__getitem__), "by the random id, not arrival"


def test_a_ranking_is_exported_in_her_order():
    consultation = make()
    ranking = Question.objects.create(
        consultation=consultation, order=5, slug="prioridades", kind="ranking",
        text_es="Ordene las prioridades",
    )  # fmt: skip
    for index, label in enumerate(["Salud", "Vivienda", "Trabajo"]):
        ranking.options.create(order=index, label_es=label)
    submit(consultation, prioridades=chosen(consultation, "prioridades", "Trabajo", "Salud"))
    header, rows = exports.answers_rows(consultation)
    [row] = rows
    assert header[-1] == "Ordene las prioridades" and row[-1] == "Trabajo; Salud"


def test_the_answers_export_asks_the_database_a_fixed_number_of_times(
    django_assert_max_num_queries,
):
    consultation = make()
    for n in range(12):
        submit(consultation, tema=chosen(consultation, "tema", "Salud"), comment=f"n{n}")
    with django_assert_max_num_queries(3):  # questions, their options, responses with answers
        _header, rows = exports.answers_rows(consultation)
        assert len(list(rows)) == 12


def test_a_formula_in_an_open_answer_comes_out_as_text_in_csv_and_xlsx():
    consultation = make()
    submit(consultation, tema=chosen(consultation, "tema", "Salud"), comment=FORMULA)
    submit(consultation, tema=Given(text="\x01=1+1"), claridad=Given(value=5))
    assert exports.answers_csv(consultation).startswith(b"\xef\xbb\xbf"), "Excel reads accents"
    written = read_csv(exports.answers_csv(consultation))
    assert ["'" + FORMULA] in [row[-1:] for row in written]
    assert FORMULA not in [cell for row in written for cell in row]
    sheet = load_workbook(io.BytesIO(exports.answers_xlsx(consultation)))[gettext("Answers")]
    values = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value]
    assert all(cell.data_type != "f" for cell in values), "no cell is a formula"
    assert {"'" + FORMULA, "'=1+1"} <= {cell.value for cell in values}
    assert sheet.freeze_panes == "A2" and all(cell.font.bold for cell in sheet[1])
    assert 5 in {cell.value for cell in values}, "the scale's point as a number"
    assert sheet.max_row == 3


def test_a_formula_in_a_label_the_staff_wrote_is_guarded_in_the_results_too():
    consultation = make()
    Question.objects.filter(consultation=consultation, slug="tema").update(text_es="=SUM(A1)")
    answer(consultation, "Salud", times=6)
    rows = read_csv(exports.results_csv(selectors.results(consultation)))
    assert "=SUM(A1)" not in {cell for row in rows for cell in row}
    assert "'=SUM(A1)" in {row[0] for row in rows}
    workbook = load_workbook(
        io.BytesIO(exports.results_xlsx(selectors.results(consultation), title="=1"))
    )
    for sheet in workbook:
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row), sheet.title
