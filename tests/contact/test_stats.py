"""Contact-point indicators: hours to first contact and referrals by institution, never a figure
about fewer than 5 women."""

import datetime

import pytest
from django.utils import timezone

from acoge.accounts.models import Role
from acoge.contact import services, stats
from acoge.contact.models import ContactRequest
from acoge.core.models import Institution
from acoge.core.scoping import scopes_disabled
from acoge.stats.registry import indicators
from tests.contact.test_services import local, make_handler, make_request, region
from tests.factories import attempt

pytestmark = pytest.mark.django_db


def contacted_after(hours: list[int], cut: str = "08") -> None:
    """One request per value, first tried that many hours after it arrived."""
    staff = make_handler(Role.GENDER_UNIT)
    arrived = local(2026, 9, 14, 9)
    for n, delay in enumerate(hours):
        request = make_request(cut, now=arrived + datetime.timedelta(minutes=n))
        attempt(
            request=request,
            actor=staff,
            channel="call",
            result="no_answer",
            now=arrived + datetime.timedelta(minutes=n, hours=delay),
        )


def rows(breakdown) -> dict:
    return dict(breakdown.rows)


def test_hours_to_first_contact_are_hidden_with_fewer_than_five_cases():
    contacted_after([1, 2, 3, 4])
    make_request("08")  # not contacted yet: not a case
    median, p90 = stats.first_contact()
    assert median.unit == "hours"
    overall, biobio = median.rows[0][1], rows(median)[region("08").name]
    assert overall is None and biobio is None
    assert p90.rows[0][1] is None


def test_hours_to_first_contact_are_shown_with_five_cases():
    contacted_after([1, 2, 3, 10, 40])
    contacted_after([5], cut="05")
    median, p90 = stats.first_contact()
    assert median.rows[0][1] == 3.0, "median of 1, 2, 3, 5, 10, 40 (nearest rank)"
    assert rows(median)[region("08").name] == 3.0
    assert rows(p90)[region("08").name] == 40.0
    assert rows(median)[region("05").name] is None, "one case in Valparaíso"
    assert median.total == 6, "each request once, though it is in its region and in the overall"
    assert region("13").name in median.empty, "no case in the Metropolitan region: a dash"


def test_referrals_are_counted_by_institution():
    staff = make_handler(Role.GENDER_UNIT)
    for short_name, count in (("SernamEG", 6), ("MINSAL", 5), ("Dirección del Trabajo", 1)):
        institution = Institution.objects.get(short_name=short_name)
        for _ in range(count):
            services.referral_record(
                request=make_request("08"),
                actor=staff,
                institution=institution,
                referred_on=datetime.date(2026, 9, 24),
            )
    [by_institution] = stats.referrals()
    counts = rows(by_institution)
    assert set(counts) == set(Institution.objects.values_list("short_name", flat=True))
    assert counts["SernamEG"] == 6
    assert counts["Dirección del Trabajo"] is None, "1 is hidden"
    assert counts["MINSAL"] is None, "and the next smallest, so the total cannot reveal it"
    assert counts["MINEDUC"] == 0
    assert by_institution.total == 12


def test_requests_are_counted_by_topic_region_and_intake_without_small_cells():
    for _ in range(5):
        make_request("08", topic="health")
    make_request("05", topic="work")
    by_topic, by_region, by_intake = stats.requests()
    assert by_topic.total == 6 and by_region.total == 6
    assert rows(by_region)[region("08").name] is None, "hidden with Valparaíso's single one"
    assert rows(by_region)[region("05").name] is None
    assert max(value or 0 for value in rows(by_intake).values()) == 6


def test_the_indicators_are_registered_for_the_dashboard():
    keys = {indicator.key for indicator in indicators.all()}
    assert {
        "contact.requests",
        "contact.first_contact",
        "contact.overdue",
        "contact.referrals",
        "contact.participants",
    } <= keys


def due_and_contacted(cut: str | None, *, closed_ago: int, contacted: int | None) -> None:
    """One request whose due window closed `closed_ago` hours ago (negative: it has not yet),
    first contacted `contacted` hours after it closed (negative: before; None: not yet)."""
    request = make_request(cut)
    overdue_at = timezone.now() - datetime.timedelta(hours=closed_ago)
    first = None if contacted is None else overdue_at + datetime.timedelta(hours=contacted)
    with scopes_disabled():
        ContactRequest.objects.filter(pk=request.pk).update(
            overdue_at=overdue_at, first_attempt_at=first
        )


@pytest.fixture
def late_and_on_time():
    """Biobío: 5 late (2 never contacted, 1 contacted as the window closed, 2 after) and 5 on
    time; Valparaíso: 5 late; one late without a region; one not due yet."""
    for contacted in (None, None, 0, 3, 30):
        due_and_contacted("08", closed_ago=48, contacted=contacted)
    for _ in range(5):
        due_and_contacted("08", closed_ago=48, contacted=-2)
        due_and_contacted("05", closed_ago=24, contacted=None)
    due_and_contacted(None, closed_ago=24, contacted=None)
    due_and_contacted("08", closed_ago=-24, contacted=None)


def test_the_share_first_contacted_late_counts_the_requests_whose_window_has_closed(
    late_and_on_time,
):
    [late] = stats.overdue()
    assert late.unit == "percent"
    assert late.rows[0][1] == 68.8, "11 late of 16 due, the one without a region included"
    assert rows(late)[region("08").name] == 50.0
    assert rows(late)[region("05").name] == 100.0
    assert rows(late)[region("13").name] is None and region("13").name in late.empty
    assert str(stats.NO_REGION) not in rows(late)
    assert late.total == 16


def test_the_share_first_contacted_late_is_counted_in_the_database(
    late_and_on_time, django_assert_max_num_queries
):
    """Two queries (the regions, the grouped counts) whatever the number of requests."""
    with django_assert_max_num_queries(2) as captured:
        stats.overdue()
    assert any("GROUP BY" in query["sql"] for query in captured.captured_queries)
