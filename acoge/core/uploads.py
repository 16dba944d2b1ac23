"""Files staff upload for the public (documents, minutes, evidence): checked by what they
contain, not by their name, and limited in size.

Only the kinds below are accepted, each recognised from its first bytes and, for the
zip-based office formats, from the parts inside the archive; the extension must agree with
what the content is. A renamed executable, an HTML page called `.pdf` or a macro-enabled
workbook is refused with a translated error. The size limit is ACOGE_UPLOAD_MAX_BYTES.
"""

import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # shown next to the link: "PDF", "Excel spreadsheet"…
    content_type: str
    extensions: tuple[str, ...]


PDF = Kind("pdf", "PDF", "application/pdf", (".pdf",))
XLSX = Kind(
    "xlsx",
    _("Excel spreadsheet"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    (".xlsx",),
)
DOCX = Kind(
    "docx",
    _("Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    (".docx",),
)
ODS = Kind(
    "ods",
    _("OpenDocument spreadsheet"),
    "application/vnd.oasis.opendocument.spreadsheet",
    (".ods",),
)
ODT = Kind("odt", _("OpenDocument text"), "application/vnd.oasis.opendocument.text", (".odt",))
CSV = Kind("csv", "CSV", "text/csv", (".csv",))
KINDS = {kind.key: kind for kind in (PDF, XLSX, DOCX, ODS, ODT, CSV)}

_OOXML_MAIN = {"xl/workbook.xml": XLSX, "word/document.xml": DOCX}
_ODF_MIMETYPES = {ODS.content_type: ODS, ODT.content_type: ODT}
_SNIFF_BYTES = 8192


def _zip_kind(head: bytes, whole: File) -> Kind | None:
    whole.seek(0)
    try:
        archive = zipfile.ZipFile(whole)
        names = set(archive.namelist())
        if "mimetype" in names:  # OpenDocument: the first part names the type
            return _ODF_MIMETYPES.get(archive.read("mimetype").decode("ascii", "replace"))
        if "[Content_Types].xml" not in names or "vbaProject.bin" in " ".join(names):
            return None  # not Office Open XML, or with macros
        return next((kind for part, kind in _OOXML_MAIN.items() if part in names), None)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    finally:
        whole.seek(0)


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:  # a multi-byte character cut at the end is still text
        if error.start < len(head) - 4:
            return False
        text = head[: error.start].decode("utf-8")
    lowered = text.lstrip().lower()
    return not lowered.startswith(("<", "#!", "mz"))  # no markup or scripts passed off as data


def sniff(upload: File) -> Kind | None:
    """What the file is, from its content (None: not a kind we accept)."""
    upload.seek(0)
    head = upload.read(_SNIFF_BYTES)
    upload.seek(0)
    if isinstance(head, str):
        head = head.encode()
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(head, upload)
    if head and _is_text(head):
        return CSV
    return None


def validate_document(upload: File) -> None:
    """The file's size and content are acceptable, and its name agrees with its content."""
    limit = settings.ACOGE_UPLOAD_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s. Make it smaller or split it."),
            code="too_large",
            params={"limit": filesizeformat(limit)},
        )
    kind = sniff(upload)
    allowed = ", ".join(ext for kind in KINDS.values() for ext in kind.extensions)
    if kind is None:
        raise ValidationError(
            _("This file is not one of the kinds accepted here (%(allowed)s)."),
            code="kind",
            params={"allowed": allowed},
        )
    extension = PurePath(upload.name or "").suffix.lower()
    if extension not in kind.extensions:
        raise ValidationError(
            _("The file's name ends in “%(extension)s” but it is a %(kind)s file. Rename it."),
            code="extension",
            params={"extension": extension or "—", "kind": kind.label},
        )


def kind_of(upload: File) -> Kind:
    """The kind of a file that passed validate_document."""
    kind = sniff(upload)
    if kind is None:  # pragma: no cover - validate_document ran first
        raise ValidationError(_("This file is not one of the kinds accepted here."))
    return kind


__all__ = ["KINDS", "Kind", "kind_of", "sniff", "validate_document"]
