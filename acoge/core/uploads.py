"""Files staff upload for the public (documents, minutes, evidence): checked by what they
contain, not by their name, and limited in size.

Only the kinds below are accepted, each recognised from its first bytes and, for the
zip-based office formats, from the parts inside the archive; the extension must agree with
what the content is. A renamed executable, an HTML page called `.pdf` or a macro-enabled
workbook is refused with a translated error. The size limit is ACOGE_UPLOAD_MAX_BYTES.
"""

import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.http import FileResponse, Http404
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
# An office file carries no program: no macros (VBA parts however named, LibreOffice Basic or
# scripts), no ActiveX controls, no embedded objects or binary parts.
_ACTIVE_FOLDERS = {"activex", "embeddings", "basic", "scripts"}
_ACTIVE_TYPES = (b"macroenabled", b"vbaproject", b"activex", b"oleobject")
# A small archive may unpack into gigabytes: these bound what is read, never unpacked whole.
_MAX_PARTS = 2000
_MAX_UNPACKED = 200 * 1024 * 1024
_MAX_TYPES_XML = 1024 * 1024


def _zip_kind(whole: File) -> Kind | None:
    whole.seek(0)
    try:
        archive = zipfile.ZipFile(whole)
        parts = archive.infolist()
        if len(parts) > _MAX_PARTS or sum(part.file_size for part in parts) > _MAX_UNPACKED:
            return None
        names = {part.filename for part in parts}
        lowered = [name.lower() for name in names]
        if any(
            name.endswith(".bin") or "vba" in name or _ACTIVE_FOLDERS & set(name.split("/")[:-1])
            for name in lowered
        ):
            return None
        if parts[0].filename == "mimetype":  # OpenDocument: stored first, a few bytes
            first = parts[0]
            if first.compress_type != zipfile.ZIP_STORED or first.file_size > 100:
                return None
            return _ODF_MIMETYPES.get(archive.read(first).decode("ascii", "replace"))
        if "[Content_Types].xml" not in names:
            return None
        types = archive.getinfo("[Content_Types].xml")
        if types.file_size > _MAX_TYPES_XML:
            return None
        if any(marker in archive.read(types).lower() for marker in _ACTIVE_TYPES):
            return None
        return next((kind for part, kind in _OOXML_MAIN.items() if part in names), None)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError):
        return None
    finally:
        whole.seek(0)


_MARKUP = re.compile(rb"<\s*/?\s*(script|html|body|svg|iframe|object|embed|meta|a\s)", re.I)
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00a0"


def _decodes(content: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):  # Excel in Chile often writes Windows-1252
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _is_text(whole: File) -> bool:
    """Plain data (CSV): no NUL anywhere, no markup anywhere, not a script."""
    whole.seek(0)
    content = whole.read()
    whole.seek(0)
    if isinstance(content, str):
        content = content.encode()
    if not content or b"\x00" in content or _MARKUP.search(content):
        return False
    text = _decodes(content)
    if text is None:
        return False
    start = text.lstrip(_INVISIBLE + " \t\r\n").lower()
    return not start.startswith(("<", "#!", "mz"))


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
        return _zip_kind(upload)
    if head and _is_text(upload):
        return CSV
    return None


def validate_document(upload: File) -> None:
    """The file's size and content are acceptable, and its name agrees with its content. A
    file already stored (an edit that keeps it) was checked when it was uploaded."""
    if getattr(upload, "_committed", False) is True:
        return
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


def attachment(stored, *, kind: str, filename: str):
    """A stored file (a FieldFile) as a download of the type its content was checked to be;
    Http404 when the file is gone."""
    if not stored:
        raise Http404
    try:
        handle = stored.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    found = KINDS.get(kind)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=found.content_type if found else "application/octet-stream",
    )


__all__ = ["KINDS", "Kind", "attachment", "kind_of", "sniff", "validate_document"]
