"""Reads of the COSOC's public pages: the current term and its councillors, its composition
by gender and group (through the stats app's suppression), the sessions and their minutes,
the agreements to follow, the elections."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.stats.demographics import EVERYONE_GENDERS
from acoge.stats.tables import Dimension, Table, TableSpec, breakdowns

from ..models import Agreement, Attendance, Category, Councillor, Election, Meeting, Term

GENDER = Dimension("gender", _("Gender"), lambda: EVERYONE_GENDERS, blank=_("Not stated"))
GROUP = Dimension(
    "organisation__category__slug",
    _("Group"),
    lambda: [(category.slug, category.name) for category in Category.objects.all()],
    blank="",
)


def current_term(today: datetime.date | None = None) -> Term | None:
    today = today or timezone.localdate()
    return Term.objects.filter(starts_on__lte=today, ends_on__gte=today).first()


def past_terms(today: datetime.date | None = None) -> QuerySet[Term]:
    return Term.objects.filter(ends_on__lt=today or timezone.localdate())


def seated(term: Term, day: datetime.date) -> list[Councillor]:
    """Councillors in office, the board first."""
    order = {"president": 0, "vice_president": 1, "secretary": 2, "member": 3}
    found = list(term.in_office(day).select_related("organisation", "replaces"))
    return sorted(found, key=lambda c: (order.get(c.position, 9), c.name))


def everyone(term: Term) -> list[Councillor]:
    return list(
        term.councillors.select_related("organisation", "replaces").order_by("starts_on", "name")
    )


def composition(term: Term, day: datetime.date) -> list[Table]:
    """The councillors in office by gender and by group, protected together."""
    return breakdowns(
        term.in_office(day),
        TableSpec(title=_("Councillors by gender"), rows=GENDER),
        TableSpec(title=_("Councillors by group of organisation"), rows=GROUP),
    )


def published_meetings(term: Term | None = None) -> QuerySet[Meeting]:
    meetings = Meeting.objects.select_related("term").exclude(status=Meeting.Status.CANCELLED)
    if term is not None:
        meetings = meetings.filter(term=term)
    return meetings


def upcoming_meetings(now: datetime.datetime | None = None) -> QuerySet[Meeting]:
    return (
        published_meetings()
        .filter(status=Meeting.Status.SCHEDULED, starts_at__gte=now or timezone.now())
        .order_by("starts_at")
    )


def archive(term: Term | None = None) -> QuerySet[Meeting]:
    """Sessions held or past, newest first, with their minutes when published."""
    return (
        published_meetings(term)
        .filter(Q(status=Meeting.Status.HELD) | Q(starts_at__lt=timezone.now()))
        .annotate(agreement_count=Count("agreements"))
        .order_by("-starts_at")
    )


@dataclass(frozen=True)
class MeetingPage:
    meeting: Meeting
    attendance: list[Attendance]
    agreements: list[Agreement]


def meeting_page(meeting: Meeting) -> MeetingPage:
    today = timezone.localdate()
    agreements = list(meeting.agreements.order_by("number"))
    for agreement in agreements:
        agreement.late = agreement.is_late(today)
    return MeetingPage(
        meeting=meeting,
        attendance=list(
            meeting.attendance.select_related("councillor__organisation").order_by(
                "councillor__name"
            )
        ),
        agreements=agreements,
    )


def open_agreements() -> QuerySet[Agreement]:
    return (
        Agreement.objects.filter(
            status__in=[Agreement.Status.PENDING, Agreement.Status.IN_PROGRESS]
        )
        .select_related("meeting__term")
        .order_by("due_on", "meeting__starts_at", "number")
    )


def elections() -> QuerySet[Election]:
    return Election.objects.select_related("term").prefetch_related(
        Prefetch("candidates", to_attr="listed")
    )


def live_election(now: datetime.datetime | None = None) -> Election | None:
    """The election whose call is out and whose results are not yet published."""
    now = now or timezone.now()
    return (
        Election.objects.select_related("term")
        .filter(
            results_published_at__isnull=True, voting_closes__gte=now - datetime.timedelta(days=60)
        )
        .order_by("voting_closes")
        .first()
    )
