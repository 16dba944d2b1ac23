"""Open data of citizen consultations: the list, and once a consultation closed and its results
were published, the same aggregated results as its page — every count of fewer than 5 people,
and whatever would let one be worked out, is null."""

import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate

from acoge.consultations import selectors
from acoge.consultations.models import Consultation
from acoge.core.page_cache import STABLE, public_page
from acoge.stats.tables import Breakdown, CrossTab

from .errors import ApiError, Error

router = Router(tags=["consultations"])
Language = Literal["es", "en", "ht"]


class ConsultationOut(Schema):
    slug: str
    title: str
    summary: str
    topic: str
    status: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    modality: str
    participation: str
    regions: list[str]  # CUT codes; empty: the whole country
    url: str
    results_published: bool
    response_published_on: datetime.date | None


class TableOut(Schema):
    title: str
    rows: list[str]
    columns: list[str]  # empty for a table by one dimension
    cells: list[list[int | None]]  # null: hidden
    row_totals: list[int | None]
    total: int | None


class QuestionOut(Schema):
    text: str
    kind: str
    tables: list[TableOut]
    written_answers: int


class ResultsOut(Schema):
    slug: str
    title: str
    participation: list[TableOut]
    questions: list[QuestionOut]


def _table(table: Breakdown | CrossTab) -> dict:
    if isinstance(table, CrossTab):
        return {
            "title": str(table.title),
            "rows": table.row_labels,
            "columns": table.col_labels,
            "cells": table.cells,
            "row_totals": table.row_totals,
            "total": table.total,
        }
    return {
        "title": str(table.title),
        "rows": [label for label, _value in table.rows],
        "columns": [],
        "cells": [[None if value is None else int(value)] for _label, value in table.rows],
        "row_totals": [None if value is None else int(value) for _label, value in table.rows],
        "total": table.total,
    }


@router.get("/consultas", response={200: list[ConsultationOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=50)
def list_consultations(request: HttpRequest, lang: Language = "es"):
    """Published consultations, newest first, with their status (upcoming, open, closed)."""
    with translation.override(lang):
        return [
            {
                "slug": item.slug,
                "title": item.title,
                "summary": item.summary,
                "topic": item.topic,
                "status": item.status(),
                "opens_at": item.opens_at,
                "closes_at": item.closes_at,
                "modality": item.modality,
                "participation": item.participation,
                "regions": [region.cut_code for region in item.regions.all()],
                "url": request.build_absolute_uri(item.get_absolute_url()),
                "results_published": item.results_published,
                "response_published_on": item.response_published_on
                if item.response_published()
                else None,
            }
            for item in selectors.published()
        ]


@router.get("/consultas/{slug}/resultados", response={200: ResultsOut, 404: Error, 422: Error})
@decorate_view(public_page(STABLE))
def consultation_results(request: HttpRequest, slug: str, lang: Language = "es"):
    """A closed consultation's published results, small counts hidden (null)."""
    with translation.override(lang):
        found = selectors.published_one(slug[:80])
        if (
            found is None
            or found.status() != Consultation.Status.CLOSED
            or not found.results_published
        ):
            raise ApiError(404, _("No published results for this address."))
        results = selectors.results(found)  # the same tables, hidden alike, as the page
        return {
            "slug": found.slug,
            "title": found.title,
            "participation": [_table(table) for table in results.participation],
            "questions": [
                {
                    "text": result.question.text,
                    "kind": result.question.kind,
                    "tables": [_table(table) for table in result.tables],
                    "written_answers": result.texts,
                }
                for result in results.questions
            ],
        }


# The same, under the English paths the consultations issue names (links already shared keep
# working under either).
router.get(
    "/consultations",
    response={200: list[ConsultationOut], 422: Error},
    operation_id="list_consultations_en",
)(list_consultations)
router.get(
    "/consultations/{slug}/results",
    response={200: ResultsOut, 404: Error, 422: Error},
    operation_id="consultation_results_en",
)(consultation_results)
