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
