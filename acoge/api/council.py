"""Open data of the COSOC and the registry of organisations: the accepted organisations (never a
representative), the councillors of each term (public: the council's page names them), the
sessions with their attendance, quorum, published minutes and agreements, and the elections'
published results."""

import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils import translation
from ninja import Router, Schema
from ninja.decorators import decorate_view
from ninja.pagination import PageNumberPagination, paginate

from acoge.core.page_cache import STABLE, public_page
from acoge.council import selectors, services
from acoge.council.models import Election, Meeting, Term

from .errors import Error

router = Router(tags=["council"])
Language = Literal["es", "en", "ht"]


class OrganisationOut(Schema):
    name: str
    rut: str
    legal_form: str
    category: str
    region: str  # CUT code
    registered_since: datetime.date | None
    registered_until: datetime.date | None


class CouncillorOut(Schema):
    name: str
    organisation: str
    position: str
    starts_on: datetime.date
    ends_on: datetime.date | None
    replaces: str | None


class TermOut(Schema):
    id: int
    starts_on: datetime.date
    ends_on: datetime.date
    seats: int
    quorum_percent: int
    councillors: list[CouncillorOut]
    url: str


class AgreementOut(Schema):
    number: int
    text: str
    owner: str
    due_on: datetime.date | None
    status: str
    done_on: datetime.date | None


class AttendanceOut(Schema):
    councillor: str
    status: str  # present, absent, excused


class QuorumOut(Schema):
    in_office: int
    needed: int
    present: int
    reached: bool


class MeetingOut(Schema):
    id: int
    term: int
    number: int
    kind: str
    status: str
    starts_at: datetime.datetime
    place: str
    public: bool
    agenda: str
    quorum: QuorumOut | None
    attendance: list[AttendanceOut]
    minutes: str | None  # Markdown, once published
    minutes_pdf: str | None
    agreements: list[AgreementOut]
    url: str


class CandidateOut(Schema):
    name: str
    organisation: str
    votes: int | None  # once the results are published
    elected: bool | None
    passed_over_by_gender_rule: bool | None
    won_tie: bool | None


class ElectionOut(Schema):
    id: int
    term: int
    nominations_open: datetime.datetime
    nominations_close: datetime.datetime
    voting_opens: datetime.datetime
    voting_closes: datetime.datetime
    votes_per_organisation: int
    tie_rule: str
    seed: str
    gender_balance: bool
    gender_max_percent: int
    results_published_at: datetime.datetime | None
    organisations_voted: int | None
    candidates: list[CandidateOut]
    url: str


@router.get("/organizaciones", response={200: list[OrganisationOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=100)
def list_organisations(request: HttpRequest, lang: Language = "es"):
    """Organisations accepted in the registry, by name."""
    with translation.override(lang):
        return [
            {
                "name": item.name,
                "rut": services.display_rut(item.rut),
                "legal_form": item.legal_form,
                "category": item.category.name,
                "region": item.region.cut_code,
                "registered_since": item.accepted_on,
                "registered_until": item.valid_until,
            }
            for item in selectors.public_list()
        ]


def _councillor(councillor) -> dict:
    return {
        "name": councillor.name,
        "organisation": councillor.organisation.name,
        "position": councillor.position,
        "starts_on": councillor.starts_on,
        "ends_on": councillor.ends_on,
        "replaces": councillor.replaces.name if councillor.replaces else None,
    }


@router.get("/cosoc/periodos", response={200: list[TermOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=20)
def list_terms(request: HttpRequest):
    """The council's terms, newest first, each with every councillor who sat in it."""
    return [
        {
            "id": term.pk,
            "starts_on": term.starts_on,
            "ends_on": term.ends_on,
            "seats": term.seats,
            "quorum_percent": term.quorum_percent,
            "councillors": [_councillor(c) for c in selectors.council.everyone(term)],
            "url": request.build_absolute_uri(term.get_absolute_url()),
        }
        for term in Term.objects.all()
    ]


def _meeting(request: HttpRequest, meeting: Meeting) -> dict:
    page = selectors.council.meeting_page(meeting)
    quorum = services.quorum(meeting) if meeting.status == Meeting.Status.HELD else None
    published = meeting.minutes_published_at is not None
    return {
        "id": meeting.pk,
        "term": meeting.term_id,
        "number": meeting.number,
        "kind": meeting.kind,
        "status": meeting.status,
        "starts_at": meeting.starts_at,
        "place": meeting.place,
        "public": meeting.public,
        "agenda": meeting.agenda,
        "quorum": None
        if quorum is None
        else {
            "in_office": quorum.in_office,
            "needed": quorum.needed,
            "present": quorum.present,
            "reached": quorum.reached,
        },
        "attendance": [
            {"councillor": row.councillor.name, "status": row.status} for row in page.attendance
        ],
        "minutes": meeting.minutes if published else None,
        "minutes_pdf": request.build_absolute_uri(f"{meeting.get_absolute_url()}acta.pdf")
        if published and meeting.minutes_pdf
        else None,
        "agreements": [
            {
                "number": item.number,
                "text": item.text,
                "owner": item.owner,
                "due_on": item.due_on,
                "status": item.status,
                "done_on": item.done_on,
            }
            for item in page.agreements
        ],
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
    }


@router.get("/cosoc/sesiones", response={200: list[MeetingOut], 422: Error})
@decorate_view(public_page(STABLE))
@paginate(PageNumberPagination, page_size=20)
def list_meetings(request: HttpRequest, lang: Language = "es"):
    """Every session not cancelled, newest first, with its minutes once published."""
    with translation.override(lang):
        return [
            _meeting(request, meeting)
            for meeting in selectors.council.published_meetings().order_by("-starts_at")
        ]


@router.get("/cosoc/elecciones", response={200: list[ElectionOut], 422: Error})
@decorate_view(public_page(STABLE))
def list_elections(request: HttpRequest):
    """The council's elections with their rules; votes and results once published."""
    found = []
    for election in Election.objects.select_related("term"):
        published = election.results_published_at is not None
        candidates = election.candidates.filter(withdrawn_at__isnull=True).select_related(
            "organisation"
        )
        found.append(
            {
                "id": election.pk,
                "term": election.term_id,
                "nominations_open": election.nominations_open,
                "nominations_close": election.nominations_close,
                "voting_opens": election.voting_opens,
                "voting_closes": election.voting_closes,
                "votes_per_organisation": election.votes_per_organisation,
                "tie_rule": election.tie_rule,
                "seed": election.seed,
                "gender_balance": election.gender_balance,
                "gender_max_percent": election.gender_max_percent,
                "results_published_at": election.results_published_at,
                "organisations_voted": election.ballots.count() if published else None,
                "candidates": [
                    {
                        "name": c.name,
                        "organisation": c.organisation.name,
                        "votes": c.votes if published else None,
                        "elected": c.elected if published else None,
                        "passed_over_by_gender_rule": c.passed_over if published else None,
                        "won_tie": c.won_tie if published else None,
                    }
                    for c in candidates
                ],
                "url": request.build_absolute_uri(election.get_absolute_url()),
            }
        )
    return found
