"""The indicators of data-subject requests: by right and status, and the time to answer, with
small counts hidden."""

import datetime

import pytest
from django.utils import timezone, translation

from acoge.stats.registry import indicators
from acoge.stats.tables import HIDDEN
from tests.factories import rights_request

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The assertions below read the English wording."""
    with translation.override("en"):
        yield


def test_requests_are_counted_by_right_and_status():
    now = timezone.now()
    for _ in range(5):
        rights_request(right="access", status="answered", answered_at=now, automatic=True)
        rights_request(right="rectification")
    by_right, by_status = indicators.get("rights.requests").compute()
    assert dict(by_right.rows)["See my data"] == 5
    assert dict(by_right.rows)["Correct my data"] == 5
    assert dict(by_status.rows)["Answered"] == 5 and dict(by_status.rows)["Received"] == 5


def test_a_small_count_of_requests_is_hidden():
    now = timezone.now()
    for _ in range(6):
        rights_request(right="access", status="answered", answered_at=now, automatic=True)
    rights_request(right="opposition")
    by_right, _by_status = indicators.get("rights.requests").compute()
    assert dict(by_right.rows)["Stop a use of my data"] is HIDDEN


def test_time_to_answer_is_measured_per_right():
    received = timezone.now() - datetime.timedelta(days=3)
    for hours in (1, 2, 3, 4, 5):
        rights_request(
            right="rectification",
            received_at=received,
            status="answered",
            answered_at=received + datetime.timedelta(hours=hours),
        )
    median, p90, late = indicators.get("rights.time_to_answer").compute()
    assert dict(median.rows)["Correct my data"] == 3.0
    assert dict(p90.rows)["Correct my data"] == 5.0
    assert dict(late.rows)["All rights"] == 0.0, "none answered after the due date"


def on_the_clock(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    """A moment of that day on the site's clocks."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.fixture
def answered_late_and_on_time():
    """Corrections due ten days ago: 5 answered by the due date (one at 23:30 that day), 5 late
    (2 not answered yet, one at 00:30 the next day); 2 not due yet. Copies: 5 answered at once."""
    today = timezone.localdate()
    due = today - datetime.timedelta(days=10)
    received = on_the_clock(due - datetime.timedelta(days=5), 9)
    answered = {"status": "answered", "received_at": received, "due_on": due}
    for moment in [on_the_clock(due, hour) for hour in (9, 12, 15, 18)] + [
        on_the_clock(due, 23, 30)
    ]:
        rights_request(answered_at=moment, **answered)
    for moment in (
        on_the_clock(due + datetime.timedelta(days=1), 0, 30),
        on_the_clock(due + datetime.timedelta(days=2), 10),
        on_the_clock(today, 8),
    ):
        rights_request(answered_at=moment, **answered)
    for _ in range(2):
        rights_request(received_at=received, due_on=due)
    rights_request(received_at=received, due_on=today)
    rights_request(received_at=received, due_on=today + datetime.timedelta(days=3))
    for _ in range(5):
        rights_request(
            right="access",
            status="answered",
            answered_at=received,
            automatic=True,
            received_at=received,
        )


def test_the_share_answered_late_counts_answered_and_due_requests_on_local_dates(
    answered_late_and_on_time,
):
    _median, _p90, late = indicators.get("rights.time_to_answer").compute()
    assert dict(late.rows)["Correct my data"] == 50.0, "5 of 10; 2 not due yet are left out"
    assert dict(late.rows)["See my data"] == 0.0
    assert dict(late.rows)["All rights"] == 33.3
    assert dict(late.rows)["Delete my data"] is None and "Delete my data" in late.empty
    assert late.total == 15


def test_time_to_answer_is_counted_in_the_database(
    answered_late_and_on_time, django_assert_max_num_queries
):
    """Two queries whatever the number of requests: the hours of those answered, for the
    percentiles, and the late ones counted by right."""
    with django_assert_max_num_queries(2) as captured:
        indicators.get("rights.time_to_answer").compute()
    assert any("GROUP BY" in query["sql"] for query in captured.captured_queries)
