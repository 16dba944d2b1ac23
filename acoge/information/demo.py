"""Demo data of relevant information: the content is in demo_content.py; this loads it once,
with small real files (PDF, CSV, XLSX) made here for the documents. Pages of the women's
programme are kept by the Gender Unit's demo account, the rest by the engagement team's."""

import io
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from acoge.core.demo import DemoLoader, localised, register
from acoge.core.models import Region
from acoge.core.spreadsheets import csv_bytes

from . import demo_content as content
from .models import Budget, Channel, Document, Initiative, LegalText, News, Page, Section

KEEPERS: dict[str, str] = {Section.WOMEN: "genero"}
DEFAULT_KEEPER = "participacion"


def _latin(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with a title and lines of text (Helvetica, Latin-1)."""

    def escape(text: str) -> str:
        return _latin(text).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = [f"BT /F1 18 Tf 56 780 Td ({escape(title)}) Tj ET"]
    for index, line in enumerate(lines):
        text.append(f"BT /F1 11 Tf 56 {750 - 16 * index} Td ({escape(line)}) Tj ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def xlsx(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _file(filename: str, title: str, summary: str) -> bytes:
    lines = [line.strip("-# ") for line in summary.splitlines() if line.strip()]
    if filename.endswith(".pdf"):
        return pdf(title, lines[:40])
    rows = [["year", "planned_clp", "executed_clp"]] + [
        [str(year), str(planned), "" if executed is None else str(executed)]
        for kind, *_rest, budgets, _t, _o, _d, _u in content.INITIATIVES
        if kind == "programme"
        for year, planned, executed in budgets
    ]
    return xlsx(rows) if filename.endswith(".xlsx") else csv_bytes(rows)


def load(say: Callable[[str], None]) -> None:
    if Page.objects.exists():
        say("Demo relevant information: already loaded.")
        return
    users = {user.username: user for user in get_user_model().objects.all()}

    def keeper(section: str = ""):
        return users.get(KEEPERS.get(section, DEFAULT_KEEPER))

    reviewed = {"last_reviewed": content.REVIEWED}
    pages = {}
    for slug, section, order, shows, review_by, title, summary, body in content.PAGES:
        pages[slug] = Page.objects.create(
            slug=slug,
            section=section,
            order=order,
            shows=shows,
            published=True,
            owner=keeper(section),
            review_by=review_by,
            **reviewed,
            **localised("title", title),
            **localised("summary", summary),
            **localised("body", body),
        )
    for kind, number, year, order, url, spanish_only, title, summary in content.LEGAL_TEXTS:
        LegalText.objects.create(
            kind=kind,
            number=number,
            year=year,
            order=order,
            url=url,
            spanish_only=spanish_only,
            published=True,
            owner=keeper(),
            review_by=content.NEXT_REVIEW,
            **reviewed,
            **localised("title", title),
            **localised("summary", summary),
        )
    for kind, order, shown, url, label, description in content.CHANNELS:
        Channel.objects.create(
            kind=kind,
            order=order,
            shown=shown,
            url=url,
            **localised("label", label),
            **localised("description", description),
        )
    for slug, published_on, title, summary, body in content.NEWS:
        News.objects.create(
            slug=slug,
            published_on=published_on,
            published=True,
            owner=keeper(),
            review_by=content.NEXT_REVIEW,
            **reviewed,
            **localised("title", title),
            **localised("summary", summary),
            **localised("body", body),
        )
    documents = []
    for slug, published_on, language, filename, title, summary in content.DOCUMENTS:
        document = Document(
            slug=slug,
            published_on=published_on,
            language=language,
            published=True,
            owner=keeper(),
            review_by=content.NEXT_REVIEW,
            **reviewed,
            **localised("title", title),
            **localised("summary", summary),
        )
        document.file = ContentFile(_file(filename, title["es"], summary["es"]), name=filename)
        document.save()
        documents.append(document)
    regions = {region.cut_code: region for region in Region.objects.all()}
    initiatives: dict[str, Initiative] = {}
    for row in content.INITIATIVES:
        (kind, slug, order, start, end, part_of, cut_codes, page_slugs, budgets) = row[:9]
        title, objective, description, unit = row[9:]
        initiative = Initiative.objects.create(
            kind=kind,
            slug=slug,
            order=order,
            start_year=start,
            end_year=end,
            part_of=initiatives.get(part_of) if part_of else None,
            published=True,
            owner=keeper(),
            review_by=content.NEXT_REVIEW,
            **reviewed,
            **localised("title", title),
            **localised("objective", objective),
            **localised("description", description),
            **localised("responsible_unit", unit),
        )
        initiative.regions.set([regions[code] for code in cut_codes if code in regions])
        initiative.pages.set([pages[page] for page in page_slugs if page in pages])
        for year, planned, executed in budgets:
            Budget.objects.create(
                initiative=initiative, year=year, planned=planned, executed=executed
            )
        initiatives[slug] = initiative
    programme = next(
        (item for item in initiatives.values() if item.kind == Initiative.Kind.PROGRAMME), None
    )
    if programme is not None:
        programme.documents.set(documents)
    say(
        f"Demo relevant information: {len(pages)} pages, {len(initiatives)} policies, plans, "
        f"programmes and actions, {len(content.NEWS)} news, {len(documents)} documents."
    )


register(DemoLoader(name="information", order=80, load=load))
