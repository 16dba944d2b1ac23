"""Uploads are checked by what they contain: a renamed executable, a web page called .pdf or a
workbook with macros is refused with a translated error, and so is a file that is too big."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from acoge.core import uploads
from acoge.information.demo import pdf, xlsx


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def codes(name: str, content: bytes) -> list[str]:
    try:
        uploads.validate_document(upload(name, content))
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def office(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_real_pdf_spreadsheet_and_csv_are_accepted_and_recognised():
    assert codes("informe.pdf", pdf("Informe", ["uno", "dos"])) == []
    assert codes("presupuesto.xlsx", xlsx([["año", "monto"], ["2025", "10"]])) == []
    assert codes("datos.csv", "año,monto\n2025,10\n".encode()) == []
    assert uploads.sniff(upload("x.xlsx", xlsx([["a"]]))) is uploads.XLSX


def test_a_renamed_executable_is_refused():
    windows = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
    linux = b"\x7fELF\x02\x01\x01" + b"\x00" * 200
    assert codes("informe.pdf", windows) == ["kind"]
    assert codes("informe.pdf", linux) == ["kind"]
    assert codes("datos.csv", b"#!/bin/sh\nrm -rf /\n") == ["kind"]


def test_a_web_page_called_pdf_or_csv_is_refused():
    page = b"<html><script>alert(1)</script></html>"
    assert codes("informe.pdf", page) == ["kind"]
    assert codes("datos.csv", page) == ["kind"]


def test_a_workbook_with_macros_or_a_plain_zip_is_refused():
    macros = office(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b"<workbook/>",
            "xl/vbaProject.bin": b"\x00\x01",
        }
    )
    assert codes("presupuesto.xlsx", macros) == ["kind"]
    assert codes("presupuesto.xlsx", office({"readme.txt": b"hola"})) == ["kind"]


def test_a_name_that_lies_about_the_content_is_refused():
    assert codes("presupuesto.xlsx", pdf("Informe", [])) == ["extension"]
    assert codes("informe", pdf("Informe", [])) == ["extension"]


def test_a_file_over_the_limit_is_refused_in_her_language(settings):
    settings.ACOGE_UPLOAD_MAX_BYTES = 100
    with translation.override("es"), pytest.raises(ValidationError) as error:
        uploads.validate_document(upload("informe.pdf", pdf("Informe", ["x" * 80] * 5)))
    assert error.value.error_list[0].code == "too_large"
    assert "archivo" in " ".join(error.value.messages).lower()


def ooxml(extra: dict[str, bytes], types: bytes = b"<Types/>") -> bytes:
    return office({"[Content_Types].xml": types, "xl/workbook.xml": b"<workbook/>", **extra})


def test_programs_inside_an_office_file_are_refused_whatever_their_name():
    assert codes("a.xlsx", ooxml({"xl/macros-renamed.bin": b"\x00"})) == ["kind"]
    assert codes("a.xlsx", ooxml({"xl/embeddings/oleObject1.bin": b"MZ"})) == ["kind"]
    assert codes("a.xlsx", ooxml({"xl/activeX/activeX1.xml": b"<x/>"})) == ["kind"]
    macro_type = b'<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'  # noqa: E501
    assert codes("a.xlsx", ooxml({}, types=macro_type)) == ["kind"]
    assert codes("a.xlsx", ooxml({})) == []


def odf(extra: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text"
        )  # stored, first
        archive.writestr("content.xml", b"<office/>")
        for name, body in extra.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_an_opendocument_file_is_accepted_but_not_with_basic_macros():
    assert codes("a.odt", odf({})) == []
    assert codes("a.odt", odf({"Basic/Standard/Module1.xml": b"<script/>"})) == ["kind"]
    assert codes("a.odt", odf({"Scripts/python/x.py": b"import os"})) == ["kind"]


def test_an_archive_that_would_unpack_into_gigabytes_is_refused_unread():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/big.xml", b"0" * (250 * 1024 * 1024))
    assert len(buffer.getvalue()) < 1024 * 1024  # small to upload
    assert codes("a.xlsx", buffer.getvalue()) == ["kind"]


def test_markup_hidden_in_a_csv_is_refused_wherever_it_is():
    assert codes("a.csv", "\ufeff<html><script>x</script>".encode()) == ["kind"]
    assert codes("a.csv", "\u200b<svg onload=alert(1)>".encode()) == ["kind"]
    assert codes("a.csv", b"a,b\n" * 5000 + b"<script>alert(1)</script>") == ["kind"]
    assert codes("a.csv", b"a,b\n" * 5000 + b"\x00") == ["kind"]


def test_a_spreadsheet_export_in_windows_1252_is_accepted():
    assert codes("a.csv", "región,año\nÑuble,2025\n".encode("cp1252")) == []
