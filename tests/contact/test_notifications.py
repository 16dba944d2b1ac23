"""Messages to staff: an alert to the right queue when a request arrives, and a daily digest of
what is new and overdue — references and links only, never her personal data."""

import datetime
import re

import pytest
from django.core import mail

from acoge.accounts.models import Role
from acoge.contact import selectors, services
from acoge.contact.notifications import send_daily_digest
from acoge.contact.permissions import DELEGATES, GENDER_UNIT
from acoge.core import scheduler
from tests.contact.test_services import local, make_handler, make_request
from tests.factories import attempt

pytestmark = pytest.mark.django_db

PERSONAL = ("Rosa", "6111", "rosa@example.org", "Mi jefe no me paga")


def sent_to(user) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


def assert_no_personal_data(message) -> None:
    text = f"{message.subject}\n{message.body}"
    for secret in PERSONAL:
        assert secret not in text, secret


def her_request(cut: str | None, **fields):
    return make_request(
        cut,
        name="Rosa",
        phone="+56961110008",
        email="rosa@example.org",
        message="Mi jefe no me paga",
        preferences={"methods": ["call", "email"], "call": "yes", "write": "yes"},
        **fields,
    )


# Alerts ----------------------------------------------------------------------------------------


def test_the_delegate_of_her_region_is_alerted_and_the_gender_unit_is_not(
    django_capture_on_commit_callbacks,
):
    delegate = make_handler(cut="08")
    other_delegate = make_handler(cut="05")
    gender_unit = make_handler(Role.GENDER_UNIT)
    with django_capture_on_commit_callbacks(execute=True):
        request = her_request("08")
    assert request.national_queue is False
    [alert] = sent_to(delegate)
    assert request.reference in alert.subject
    assert f"https://acoge.test/gestion/contacto/{request.pk}/" in alert.body
    assert_no_personal_data(alert)
    assert sent_to(gender_unit) == [] and sent_to(other_delegate) == []
    assert mail.outbox == [alert], "she asked for no confirmation: nothing else is sent"


@pytest.mark.parametrize("cut", [None, "13"], ids=["no region", "region without a delegate"])
def test_the_gender_unit_is_alerted_of_requests_in_the_national_queue(
    django_capture_on_commit_callbacks, cut
):
    delegate = make_handler(cut="08")
    gender_unit = [make_handler(Role.GENDER_UNIT), make_handler(Role.GENDER_UNIT)]
    with django_capture_on_commit_callbacks(execute=True):
        request = her_request(cut)
    assert request.national_queue is True
    for member in gender_unit:
        [alert] = sent_to(member)
        assert request.reference in alert.subject
        assert_no_personal_data(alert)
    assert sent_to(delegate) == []


def test_nothing_is_sent_before_the_request_is_saved(django_capture_on_commit_callbacks):
    make_handler(cut="08")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        her_request("08")
    assert mail.outbox == [] and len(callbacks) == 1


# The daily digest ------------------------------------------------------------------------------

WEDNESDAY = local(2026, 9, 30, 8, 30)


@pytest.fixture
def queues():
    """Requests in Valparaíso (new, overdue, on time and taken) and the national queue."""
    delegate = make_handler(cut="05")  # before the requests: they are routed to her
    staff = make_handler(Role.REGIONAL_STAFF, cut="05")  # regional staff get no digest
    new = her_request("05", now=local(2026, 9, 29, 15))
    overdue = her_request("05", now=local(2026, 9, 21, 10))
    services.request_take(request=overdue, actor=staff)
    taken = her_request("05", now=local(2026, 9, 29, 16))
    services.request_take(request=taken, actor=staff)
    contacted = her_request("05", now=local(2026, 9, 21, 11))
    attempt(
        request=contacted,
        actor=staff,
        channel="call",
        result="no_answer",
        now=local(2026, 9, 22, 11),
    )
    national = her_request(None, now=local(2026, 9, 29, 12))
    return {
        "delegate": delegate,
        "new": new,
        "overdue": overdue,
        "taken": taken,
        "contacted": contacted,
        "national": national,
    }


def test_each_delegate_gets_her_new_and_overdue_requests_and_nobody_an_empty_digest(queues):
    valparaiso = queues["delegate"]
    antofagasta = make_handler(cut="02")  # nothing in her region
    gender_unit = make_handler(Role.GENDER_UNIT)
    mail.outbox.clear()

    assert send_daily_digest(now=WEDNESDAY) == 2

    [digest] = sent_to(valparaiso)
    assert queues["new"].reference in digest.body and queues["overdue"].reference in digest.body
    assert queues["taken"].reference not in digest.body, "already taken and not late"
    assert queues["contacted"].reference not in digest.body, "contacted in time"
    assert queues["national"].reference not in digest.body, "not her queue"
    assert f"https://acoge.test/gestion/contacto/{queues['new'].pk}/" in digest.body
    assert_no_personal_data(digest)
    assert re.findall(r"\d+", digest.subject) == ["1", "1"], "1 new, 1 overdue"

    [national] = sent_to(gender_unit)
    assert queues["national"].reference in national.body
    assert queues["overdue"].reference in national.body, "the Gender Unit sees every late one"
    assert queues["new"].reference not in national.body, "a regional new request is not hers"
    assert_no_personal_data(national)

    assert sent_to(antofagasta) == []
    assert len(mail.outbox) == 2


def test_the_digest_of_a_request_goes_to_exactly_the_holders_of_the_reaches_of_its_region():
    biobio = make_handler(cut="08")
    valparaiso = make_handler(cut="05")  # a delegate of another region
    gender_unit = make_handler(Role.GENDER_UNIT)
    make_handler(Role.REGIONAL_STAFF, cut="08")  # handles it, but hears of nothing
    request = her_request("08", now=local(2026, 9, 21, 10))  # new, and overdue by Wednesday
    assert set(selectors.digest_recipients()) == {biobio, valparaiso, gender_unit}
    holders = (DELEGATES | GENDER_UNIT).holders(request)
    assert set(holders) == {biobio, gender_unit}, "the Gender Unit's reach covers every region"
    mail.outbox.clear()

    assert send_daily_digest(now=WEDNESDAY) == 2

    assert sorted(message.to for message in mail.outbox) == sorted([u.email] for u in holders)
    assert all(request.reference in message.body for message in mail.outbox)
    assert sent_to(valparaiso) == []


def test_no_digest_is_sent_on_a_sunday_or_a_holiday(queues):
    make_handler(Role.GENDER_UNIT)
    mail.outbox.clear()
    assert send_daily_digest(now=local(2026, 10, 4, 9)) == 0  # Sunday
    assert send_daily_digest(now=local(2026, 9, 18, 9)) == 0  # Independence Day
    assert mail.outbox == []
    assert send_daily_digest(now=local(2026, 10, 5, 9)) == 2, "the Monday after, they go"


# The scheduler ---------------------------------------------------------------------------------


def test_the_digest_is_enqueued_once_on_business_days_from_eight_in_the_morning_in_chile():
    digest = "contact.daily_digest"
    assert digest in {schedule.name for schedule in scheduler.schedules()}
    assert digest not in scheduler.tick(now=local(2026, 9, 30, 7, 59))
    # 08:00 in Santiago is 11:00 UTC in September (daylight saving time).
    assert digest in scheduler.tick(now=local(2026, 9, 30, 8, 0).astimezone(datetime.UTC))
    assert digest not in scheduler.tick(now=local(2026, 9, 30, 8, 1))
    assert digest not in scheduler.tick(now=local(2026, 9, 30, 17))
    assert digest in scheduler.tick(now=local(2026, 10, 1, 9))
    assert digest not in scheduler.tick(now=local(2026, 10, 3, 9)), "Saturday"
    assert digest not in scheduler.tick(now=local(2026, 10, 4, 9)), "Sunday"
    assert digest in scheduler.tick(now=local(2026, 10, 5, 8, 15))


def test_the_digest_is_not_enqueued_on_a_holiday():
    assert "contact.daily_digest" not in scheduler.tick(now=local(2026, 9, 18, 9))
    assert "contact.daily_digest" in scheduler.tick(now=local(2026, 9, 21, 9))


def test_a_delegate_gets_no_digest_on_her_regions_own_holiday():
    """20 August is a holiday in Ñuble: its delegate hears of her requests the next day."""
    nuble = make_handler(cut="16")
    biobio = make_handler(cut="08")
    for cut in ("16", "08"):
        her_request(cut, now=local(2026, 8, 19, 10))
    mail.outbox.clear()
    assert send_daily_digest(now=local(2026, 8, 20, 9)) == 1
    assert sent_to(biobio) and not sent_to(nuble)
    mail.outbox.clear()
    assert send_daily_digest(now=local(2026, 8, 21, 9)) == 2
    assert sent_to(nuble)
