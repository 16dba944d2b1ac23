"""Open data of the Participatory Public Account: each published cycle with its presentations,
and its questions and observations (hidden ones left out) with their answers, due dates and
theme. Never an e-mail address."""

import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate

from acoge.core.page_cache import STABLE, public_page
from acoge.public_account import selectors
from acoge.public_account.models import Observation

from .errors import ApiError, Error

router = Router(tags=["public account"])
Language = Literal["es", "en", "ht"]


class EventOut(Schema):
    title: str
    region: str | None  # CUT code; null: national
    modality: str
    starts_at: datetime.datetime


class CycleOut(Schema):
    year: int
    title: str
    summary: str  # Markdown
    cosoc_observations: str
    questions_open: datetime.datetime
    questions_close: datetime.datetime
    answers_due: datetime.date
    answers_published_at: datetime.datetime | None
    events: list[EventOut]
    url: str


class ObservationOut(Schema):
    reference: str
    text: str
    theme: str | None
    region: str | None
    channel: str
    received_on: datetime.date
    status: str  # received, answered, merged
    answered_with: str | None  # for a merged one: the reference whose answer covers it
    due_on: datetime.date
    responsible_unit: str
    answer: str
    answered_on: datetime.date | None


@router.get("/cuenta-publica", response={200: list[CycleOut], 422: Error})
@decorate_view(public_page(STABLE))
def list_cycles(request: HttpRequest, lang: Language = "es"):
    """Published public accounts, newest first."""
    with translation.override(lang):
        return [
            {
                "year": cycle.year,
                "title": cycle.title,
                "summary": cycle.summary,
                "cosoc_observations": cycle.cosoc_observations,
                "questions_open": cycle.questions_open,
                "questions_close": cycle.questions_close,
                "answers_due": cycle.answers_due(),
                "answers_published_at": cycle.answers_published_at,
                "events": [
                    {
                        "title": event.title,
                        "region": event.region.cut_code if event.region else None,
                        "modality": event.modality,
                        "starts_at": event.starts_at,
                    }
                    for event in cycle.events.select_related("region")
                ],
                "url": request.build_absolute_uri(cycle.get_absolute_url()),
            }
            for cycle in selectors.published()
        ]


@router.get(
    "/cuenta-publica/{year}/preguntas",
    response={200: list[ObservationOut], 404: Error, 422: Error},
)
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=100)
def list_observations(request: HttpRequest, year: int, lang: Language = "es"):
    """A public account's questions and observations with their answers, hidden ones left out."""
    with translation.override(lang):
        cycle = selectors.published().filter(year=year).first()
        if cycle is None:
            raise ApiError(404, _("No public account for this year."))
        shown = cycle.observations.exclude(status=Observation.Status.HIDDEN).select_related(
            "theme", "region", "merged_into"
        )
        return [
            {
                "reference": item.reference,
                "text": item.text,
                "theme": item.theme.name if item.theme else None,
                "region": item.region.cut_code if item.region else None,
                "channel": item.channel,
                "received_on": timezone.localdate(item.received_at),
                "status": item.status,
                "answered_with": item.merged_into.reference if item.merged_into else None,
                "due_on": item.due_on,
                "responsible_unit": item.responsible_unit,
                "answer": item.answer,
                "answered_on": timezone.localdate(item.answered_at) if item.answered_at else None,
            }
            for item in shown.order_by("received_at", "id")
        ]
