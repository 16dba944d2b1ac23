"""Public pages of the COSOC, under /es|en|ht/participacion/cosoc/: the current council (who
sits for which organisation, vacancies, its composition), past terms, the sessions with their
attendance, quorum, minutes and agreements, their calendar, and the elections with their
rules and results. All from the page cache: staff changes make them stale at once."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from acoge.accounts.mixins import object_or_404
from acoge.core import uploads
from acoge.core.page_cache import STABLE, public_page

from .. import ical, services
from ..models import Election, Meeting, Term
from ..selectors import council as selectors


def _term_context(term: Term | None) -> dict:
    if term is None:
        return {"term": None}
    today = timezone.localdate()
    day = min(today, term.ends_on)
    seated = selectors.seated(term, day)
    return {
        "term": term,
        "seated": seated,
        "vacancies": max(term.seats - len(seated), 0),
        "composition": selectors.composition(term, day),
        "left": [c for c in selectors.everyone(term) if not c.in_office_on(day)],
        "meetings": list(selectors.archive(term)[:12]),
    }


@public_page(STABLE)
def council(request: HttpRequest) -> HttpResponse:
    context = _term_context(selectors.current_term())
    context.update(
        {
            "upcoming": list(selectors.upcoming_meetings()[:5]),
            "past_terms": list(selectors.past_terms()),
            "election": selectors.live_election(),
            "open_agreements": selectors.open_agreements().count(),
        }
    )
    return render(request, "council/public/council.html", context)


@public_page(STABLE)
def term(request: HttpRequest, pk: int) -> HttpResponse:
    found = object_or_404(Term.objects.all(), pk)
    return render(request, "council/public/term.html", _term_context(found))


@public_page(STABLE)
def meetings(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "council/public/meetings.html",
        {"upcoming": list(selectors.upcoming_meetings()), "held": list(selectors.archive()[:200])},
    )


@public_page(STABLE)
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    found = object_or_404(selectors.published_meetings(), pk)
    page = selectors.meeting_page(found)
    return render(
        request,
        "council/public/meeting.html",
        {
            "meeting": found,
            "page": page,
            "quorum": services.quorum(found) if found.status == Meeting.Status.HELD else None,
            "today": timezone.localdate(),
        },
    )


def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    found = object_or_404(selectors.published_meetings(), pk)
    if not found.minutes_published_at or not found.minutes_pdf:
        raise Http404
    return uploads.attachment(
        found.minutes_pdf, kind="pdf", filename=f"acta-cosoc-sesion-{found.number}.pdf"
    )


@public_page(STABLE)
def calendar(request: HttpRequest) -> HttpResponse:
    body = ical.calendar_bytes(selectors.published_meetings().order_by("starts_at"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cosoc.ics"'
    return response


@public_page(STABLE)
def election(request: HttpRequest, pk: int) -> HttpResponse:
    found = object_or_404(Election.objects.select_related("term"), pk)
    stage = found.stage()
    candidates = list(
        found.candidates.filter(withdrawn_at__isnull=True).select_related("organisation__region")
    )
    if stage == "published":
        candidates.sort(key=lambda c: (not c.elected, -c.votes, c.name))
    return render(
        request,
        "council/public/election.html",
        {
            "election": found,
            "stage": stage,
            "candidates": candidates,
            "cap": services.gender_cap(found),
            "ballots": found.ballots.count() if stage == "published" else None,
        },
    )
