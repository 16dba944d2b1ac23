"""Deadlines and attempts respect her safety: the first contact is due in her first safe window
on or after the business-day deadline (one rule for her pages, the staff inbox, the overdue tab
and the digest); an attempt by a way she did not choose, or outside her safe windows, needs a
reason, shown on the request; and her windows are on her region's clocks."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import formats, timezone, translation

from acoge.accounts.models import Role
from acoge.contact import safety, services
from acoge.contact.errors import ReasonNeeded
from acoge.contact.models import Attempt
from acoge.contact.notifications import send_daily_digest
from acoge.core import scheduler, zones
from acoge.core.audit import entries_for
from tests.contact.test_backoffice import signed_in, url
from tests.contact.test_public import ROSA, mail_to, private_link, send
from tests.contact.test_services import SAFE_CALLS, local, make_handler, make_request, reloaded

pytestmark = pytest.mark.django_db

PUNTA_ARENAS = ZoneInfo("America/Punta_Arenas")
WEEKEND_EVENINGS = {**SAFE_CALLS, "days": [5, 6], "times": ["evening"]}


def magallanes(year, month, day, hour=10, minute=0) -> datetime.datetime:
    """A moment on Magallanes' clocks."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PUNTA_ARENAS)


def not_today() -> list[int]:
    """A weekday that is not today's anywhere in Chile: now is never in such a window."""
    return [(timezone.localdate().weekday() + 3) % 7]


# The due date -------------------------------------------------------------------------------


def test_adjacent_slots_make_one_window_and_the_due_window_is_the_first_on_or_after_the_deadline():
    zone = ZoneInfo("America/Santiago")
    morning_and_evening = {**SAFE_CALLS, "days": [2], "times": ["morning", "afternoon", "evening"]}
    wednesday = datetime.date(2026, 10, 7)
    assert safety.safe_windows(morning_and_evening, wednesday, zone) == [
        (local(2026, 10, 7, 9), local(2026, 10, 7, 21))
    ]
    window = safety.due_window(WEEKEND_EVENINGS, deadline=wednesday, zone=zone)
    assert window == (local(2026, 10, 10, 18), local(2026, 10, 10, 21))
    assert safety.due_window(SAFE_CALLS, deadline=wednesday, zone=zone) == (
        local(2026, 10, 7, 9),
        local(2026, 10, 7, 18),
    ), "a deadline in her window is due that day"


def test_she_is_promised_her_first_safe_window_on_the_page_and_in_the_email(
    client, django_capture_on_commit_callbacks
):
    answers = {
        "como": {**ROSA["como"], "confirmation_email": "on"},
        "seguridad": {**ROSA["seguridad"], "days": ["5", "6"], "times": ["evening"]},
    }
    with django_capture_on_commit_callbacks(execute=True):
        confirmation, request, _pages = send(client, answers)
    assert request.due_on.weekday() in {5, 6}, "a weekend day, not the business-day deadline"
    assert zones.localtime(request.due_at, request.region).hour == 18
    assert request.due_on >= safety.business_deadline(request.created_at, request.region)
    with translation.override("es"):
        weekday = formats.date_format(request.due_on, "l")
    assert weekday in confirmation
    [message] = mail_to("rosa.m@example.org")
    assert request.due_on.strftime("%d/%m/%Y") in message.body
    status = client.get(private_link(confirmation))
    assert weekday in status.content.decode()


def test_the_inbox_shows_the_due_window_and_orders_by_it():
    delegate = make_handler(cut="05")
    weekend = make_request("05", preferences=WEEKEND_EVENINGS, now=local(2026, 10, 5, 11))
    weekday = make_request("05", now=local(2026, 10, 5, 12))  # due Wednesday 9:00, before
    html = signed_in(delegate).get(url("inbox")).content.decode()
    assert html.index(weekday.reference) < html.index(weekend.reference)
    row = html[html.index(weekend.reference) :]
    assert "18:00" in row[: row.index("</tr>")]


def test_the_digest_lists_a_weekend_evenings_request_as_overdue_only_after_saturdays_window():
    delegate = make_handler(cut="05")
    request = make_request("05", preferences=WEEKEND_EVENINGS, now=local(2026, 10, 5, 11))
    services.request_take(request=request, actor=make_handler(Role.REGIONAL_STAFF, cut="05"))
    mail.outbox.clear()
    send_daily_digest(now=local(2026, 10, 8, 8, 30))  # Thursday: the old promise
    assert not any(request.reference in message.body for message in mail.outbox)
    send_daily_digest(now=local(2026, 10, 13, 8, 30))  # Tuesday after her Saturday window
    [digest] = [message for message in mail.outbox if message.to == [delegate.email]]
    assert request.reference in digest.body and "10/10/2026" in digest.body


# Attempts outside what she chose --------------------------------------------------------------


def test_an_attempt_outside_her_safe_times_is_refused_without_a_reason_naming_the_field():
    request = make_request("08")  # weekdays 9 to 18
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    saturday = local(2026, 10, 10, 11)
    with pytest.raises(ReasonNeeded) as refused:
        services.attempt_record(
            request=request, actor=staff, channel="call", result="no_answer", now=saturday
        )
    assert refused.value.field == "reason"
    assert "motivo" in str(refused.value.message).lower()
    assert not reloaded(request).attempts.exists()
    attempt = services.attempt_record(
        request=request,
        actor=staff,
        channel="call",
        result="no_answer",
        reason="  She asked us by WhatsApp to call on Saturday.  ",
        now=saturday,
    )
    assert attempt.outside_safe_times and not attempt.way_not_chosen
    assert (
        reloaded(request).attempts.get().reason == "She asked us by WhatsApp to call on Saturday."
    )
    entry = entries_for(request).get(action="contact.attempt.recorded")
    assert entry.data["outside_safe_times"] is True and entry.data["way_not_chosen"] is False
    assert "WhatsApp to call" not in str(entry.data), "the reason stays encrypted, not logged"


def test_a_way_she_did_not_choose_needs_a_reason_even_in_her_safe_times():
    request = make_request("08")  # calls and WhatsApp
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    tuesday = local(2026, 10, 6, 10)
    with pytest.raises(ReasonNeeded):
        services.attempt_record(
            request=request, actor=staff, channel="sms", result="no_answer", now=tuesday
        )
    attempt = services.attempt_record(
        request=request,
        actor=staff,
        channel="sms",
        result="no_answer",
        reason="Her WhatsApp number no longer works.",
        now=tuesday,
    )
    assert attempt.way_not_chosen and not attempt.outside_safe_times


def test_a_call_in_her_window_or_her_own_contact_needs_no_reason():
    request = make_request("08")
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    in_window = services.attempt_record(
        request=request,
        actor=staff,
        channel="call",
        result="no_answer",
        reason="not needed",
        now=local(2026, 10, 6, 10),
    )
    assert not in_window.way_not_chosen and not in_window.outside_safe_times
    assert in_window.reason == "", "a reason is kept only when one is needed"
    inbound = services.attempt_record(
        request=request,
        actor=staff,
        channel=Attempt.Channel.INBOUND,
        result="reached",
        now=local(2026, 10, 10, 23),
    )
    assert not inbound.outside_safe_times


def test_the_attempt_page_warns_asks_for_the_reason_and_the_request_page_shows_it():
    request = make_request("08", preferences={**SAFE_CALLS, "days": not_today()})
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    client = signed_in(staff)
    page = client.get(url("attempt", request), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Now is outside her safe times." in page and 'name="reason"' in page
    refused = client.post(
        url("attempt", request),
        {"channel": "call", "result": "no_answer"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert 'href="#id_reason"' in html, "the error summary links to the reason field"
    assert not reloaded(request).attempts.exists()
    done = client.post(
        url("attempt", request),
        {"channel": "call", "result": "no_answer", "reason": "She asked for a call today."},
    )
    assert done.status_code == 302
    detail = client.get(url("detail", request), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Outside her safe times" in detail and "She asked for a call today." in detail


def test_a_way_she_did_not_choose_is_refused_on_the_page_then_recorded_with_the_reason():
    request = make_request("08")
    client = signed_in(make_handler(Role.REGIONAL_STAFF, cut="08"))
    refused = client.post(
        url("attempt", request),
        {"channel": "email", "result": "no_answer"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert refused.status_code == 200 and 'name="reason"' in refused.content.decode()
    client.post(
        url("attempt", request),
        {"channel": "email", "result": "no_answer", "reason": "Her phone is off."},
    )
    detail = client.get(url("detail", request), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "A way she did not choose" in detail and "Her phone is off." in detail


def test_erasing_her_data_erases_the_reasons_too():
    request = make_request("08")
    staff = make_handler(Role.GENDER_UNIT)
    services.attempt_record(
        request=request,
        actor=staff,
        channel="sms",
        result="no_answer",
        reason="Su hermana dijo que escribiera.",
        now=local(2026, 10, 6, 10),
    )
    services.request_withdraw(request=request)
    attempt = reloaded(request).attempts.get()
    assert attempt.reason == "" and attempt.way_not_chosen


# Her region's clocks --------------------------------------------------------------------------


def test_in_magallanes_her_windows_and_due_date_are_on_punta_arenas_clocks():
    """In July Santiago is on UTC−4 and Magallanes on UTC−3: 9:00 there is 8:00 in Santiago."""
    request = make_request(
        "12", preferences={**SAFE_CALLS, "times": ["morning"]}, now=magallanes(2026, 7, 13, 10)
    )
    assert request.due_at == magallanes(2026, 7, 15, 9)
    assert timezone.localtime(request.due_at, ZoneInfo("America/Santiago")).hour == 8
    assert request.overdue_at == magallanes(2026, 7, 15, 13)
    assert safety.safe_now(
        request.preferences, now=magallanes(2026, 7, 14, 9, 30), zone=request.zone
    )
    assert not safety.safe_now(
        request.preferences, now=magallanes(2026, 7, 14, 13, 30), zone=request.zone
    ), "12:30 in Santiago, but 13:30 for her: her morning is over"
    staff = make_handler(Role.REGIONAL_STAFF, cut="12")
    with pytest.raises(ReasonNeeded):
        services.attempt_record(
            request=request,
            actor=staff,
            channel="call",
            result="no_answer",
            now=magallanes(2026, 7, 14, 13, 30),
        )


def test_the_request_page_shows_attempt_times_on_her_regions_clocks():
    request = make_request("12", now=magallanes(2026, 7, 13, 10))
    staff = make_handler(Role.REGIONAL_STAFF, cut="12")
    services.attempt_record(
        request=request,
        actor=staff,
        channel="call",
        result="no_answer",
        now=magallanes(2026, 7, 14, 15, 40),
    )
    html = signed_in(staff).get(url("detail", request)).content.decode()
    assert "15:40" in html and "14:40" not in html


def test_the_magallanes_delegate_gets_her_digest_at_eight_on_her_clocks():
    """Monday 13 July 2026, 08:00 in Punta Arenas is 07:00 in Santiago."""
    punta_arenas = make_handler(cut="12")
    santiago = make_handler(cut="13")
    for cut in ("12", "13"):
        make_request(cut, now=local(2026, 7, 10, 10))
    eight_there = magallanes(2026, 7, 13, 8)
    names = scheduler.tick(now=eight_there)
    assert "contact.daily_digest.America/Punta_Arenas" in names
    assert "contact.daily_digest" not in names, "07:00 in Santiago"
    mail.outbox.clear()
    assert send_daily_digest(now=eight_there, zone="America/Punta_Arenas") == 1
    assert [message.to for message in mail.outbox] == [[punta_arenas.email]]
    mail.outbox.clear()
    assert send_daily_digest(now=local(2026, 7, 13, 8), zone="America/Santiago") == 1
    assert [message.to for message in mail.outbox] == [[santiago.email]]
