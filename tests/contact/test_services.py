"""Contact-request rules: routing, business-day deadlines, taking, pausing, erasing, encryption."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from acoge.accounts.models import Role, User
from acoge.contact import safety, selectors, services
from acoge.contact.models import Attempt, ContactRequest, Note, Referral
from acoge.core.calendar import add_business_days
from acoge.core.models import AuditEntry, Institution, Region
from acoge.core.scoping import scopes_disabled
from tests.concurrency import at_once
from tests.factories import StaffRoleFactory, UserFactory, attempt, contact_request

SANTIAGO = ZoneInfo("America/Santiago")
REQUESTS = "acoge.contact.services.requests"  # where request_create draws its reference
SAFE_CALLS = {
    "methods": ["call", "whatsapp"],
    "call": "yes",
    "voicemail": "no",
    "write": "yes",
    "days": [0, 1, 2, 3, 4],
    "times": ["morning", "afternoon"],
    "say": "",
    "avoid": "",
}
# She allows only Tuesday mornings.
TUESDAY_MORNINGS = {**SAFE_CALLS, "days": [1], "times": ["morning"]}


def local(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A moment in Chile's time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=SANTIAGO)


def region(cut: str) -> Region:
    return Region.objects.get(cut_code=cut)


def make_request(cut: str | None = "08", **fields) -> ContactRequest:
    """A web request in the region with CUT code `cut` (None: no region given)."""
    return contact_request(cut, **{"preferences": SAFE_CALLS, **fields})


def make_handler(role: Role = Role.GENDER_DELEGATE, cut: str | None = None, **user_fields):
    """A staff member with `role` for the region `cut` (None: every region)."""
    user = UserFactory(**user_fields)
    regions = [region(cut)] if cut else []
    StaffRoleFactory(user=user, role=role, regions=regions, all_regions=not regions)
    return user


def reloaded(request: ContactRequest) -> ContactRequest:
    with scopes_disabled():
        return ContactRequest.objects.get(pk=request.pk)


# Routing ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_request_from_a_region_with_a_delegate_goes_to_that_region():
    make_handler(cut="08")
    request = make_request("08")
    assert request.national_queue is False
    assert request.region.cut_code == "08"


@pytest.mark.django_db
@pytest.mark.parametrize("cut", [None, "13"], ids=["no region", "region without a delegate"])
def test_without_a_region_or_a_delegate_there_it_goes_to_the_gender_unit(cut):
    make_handler(cut="08")
    make_handler(Role.REGIONAL_STAFF, cut="13")  # regional staff are not delegates
    request = make_request(cut)
    assert request.national_queue is True


@pytest.mark.django_db
def test_an_inactive_delegate_does_not_count():
    make_handler(cut="08", is_active=False)
    assert make_request("08").national_queue is True


@pytest.mark.django_db
def test_a_reference_code_already_taken_is_drawn_again_and_only_one_alert_goes(
    django_capture_on_commit_callbacks,
):
    delegate = make_handler(cut="08")
    taken = make_request("08").reference
    mail.outbox.clear()
    fresh = "X" * 6 if taken != "X" * 6 else "Y" * 6
    with (
        mock.patch(f"{REQUESTS}.new_reference", side_effect=[taken, taken, fresh]),
        django_capture_on_commit_callbacks(execute=True),
    ):
        request = make_request("08")
    assert request.reference == fresh
    with scopes_disabled():
        assert ContactRequest.objects.filter(reference=fresh).count() == 1
        assert ContactRequest.objects.count() == 2
    assert [message.to for message in mail.outbox] == [[delegate.email]]


@pytest.mark.django_db
def test_a_reference_that_keeps_colliding_is_a_clear_error_and_nothing_is_kept():
    taken = make_request("08").reference
    with (
        mock.patch(f"{REQUESTS}.new_reference", return_value=taken),
        pytest.raises(services.ContactError),
    ):
        make_request("08")
    with scopes_disabled():
        assert ContactRequest.objects.count() == 1


@pytest.mark.django_db
def test_a_request_needs_the_contact_detail_of_the_ways_she_chose():
    with pytest.raises(services.ContactError):
        make_request(phone="")
    with pytest.raises(services.ContactError):
        make_request(preferences={**SAFE_CALLS, "methods": ["email"]}, email="")
    with scopes_disabled():
        assert not ContactRequest.objects.exists()


@pytest.mark.django_db
def test_details_of_ways_she_did_not_choose_are_not_kept():
    request = make_request(
        preferences={**SAFE_CALLS, "methods": ["call"]}, email="rosa@example.org"
    )
    assert request.email == "" and request.email_index is None
    assert request.phone == "+56961110008"


# Business days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrived", "due"),
    [
        # Thursday; 18 and 19 September are national holidays, then the weekend.
        (datetime.date(2026, 9, 17), datetime.date(2026, 9, 22)),
        (datetime.date(2026, 9, 18), datetime.date(2026, 9, 22)),  # Friday, a holiday
        (datetime.date(2026, 9, 25), datetime.date(2026, 9, 29)),  # an ordinary Friday
        (datetime.date(2026, 9, 26), datetime.date(2026, 9, 29)),  # Saturday
        (datetime.date(2026, 9, 27), datetime.date(2026, 9, 29)),  # Sunday
        (datetime.date(2026, 9, 14), datetime.date(2026, 9, 16)),  # Monday
    ],
)
def test_two_business_days_skip_weekends_and_chilean_holidays(arrived, due):
    assert add_business_days(arrived, 2) == due


@pytest.mark.django_db
def test_the_deadline_counts_business_days_from_the_day_she_wrote_in_chile(settings):
    settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS = 2
    rm = region("13")
    assert safety.business_deadline(local(2026, 9, 17, 10), rm) == datetime.date(2026, 9, 22)
    assert safety.business_deadline(local(2026, 9, 25, 16), rm) == datetime.date(2026, 9, 29)
    assert safety.business_deadline(local(2026, 9, 26, 11), rm) == datetime.date(2026, 9, 29)
    # Thursday 23:30 in Santiago is already Friday in UTC: her day is what counts.
    late_thursday = local(2026, 9, 17, 23, 30).astimezone(datetime.UTC)
    assert late_thursday.date() == datetime.date(2026, 9, 18)
    assert safety.business_deadline(late_thursday, rm) == datetime.date(2026, 9, 22)
    settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS = 3
    assert safety.business_deadline(local(2026, 9, 17, 10), rm) == datetime.date(2026, 9, 23)


@pytest.mark.django_db
def test_a_request_is_overdue_only_once_its_due_window_has_closed_without_any_attempt(settings):
    """Weekdays 9 to 18: due on the deadline day from 9:00, overdue from 18:00."""
    settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS = 2
    request = make_request(now=local(2026, 9, 17, 10))
    assert request.due_on == datetime.date(2026, 9, 22)
    assert request.due_at == local(2026, 9, 22, 9) and request.overdue_at == local(2026, 9, 22, 18)
    assert not request.is_overdue(now=local(2026, 9, 21, 12))
    assert not request.is_overdue(now=local(2026, 9, 22, 17, 59)), "due today is not late"
    assert request.is_overdue(now=local(2026, 9, 22, 18))
    assert request.is_overdue(now=local(2026, 9, 23, 9))


WEEKEND_EVENINGS = {**SAFE_CALLS, "days": [5, 6], "times": ["evening"]}


@pytest.mark.django_db
def test_a_woman_safe_only_on_weekend_evenings_is_due_on_saturday_evening_not_on_thursday(
    settings,
):
    """She writes on Monday; two business days make Wednesday, and her first safe window on or
    after it is Saturday 18:00–21:00. Thursday is not late; Saturday after 21:00 is."""
    settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS = 2
    request = make_request("05", preferences=WEEKEND_EVENINGS, now=local(2026, 10, 5, 11))
    assert safety.business_deadline(local(2026, 10, 5, 11), region("05")) == datetime.date(
        2026, 10, 7
    )
    assert request.due_on == datetime.date(2026, 10, 10)  # Saturday
    assert request.due_at == local(2026, 10, 10, 18)
    assert request.overdue_at == local(2026, 10, 10, 21)
    staff = make_handler(cut="05")
    for moment, late in (
        (local(2026, 10, 8, 12), False),  # Thursday: the old promise, not late now
        (local(2026, 10, 10, 19), False),  # Saturday, inside her window
        (local(2026, 10, 10, 21, 1), True),  # Saturday, her window has passed
    ):
        assert reloaded(request).is_overdue(now=moment) is late
        with scopes_disabled():
            in_tab = selectors.inbox(staff, "vencidas", now=moment).filter(pk=request.pk)
            assert in_tab.exists() is late, moment
        assert (request in selectors.digest_for(staff, now=moment)["overdue"]) is late


@pytest.mark.django_db
@pytest.mark.parametrize("result", Attempt.Result.values)
def test_any_attempt_stops_a_request_being_overdue(result):
    request = make_request(now=local(2026, 9, 17, 10))
    staff = make_handler(Role.GENDER_UNIT)
    attempt(request=request, actor=staff, channel="call", result=result, now=local(2026, 9, 24, 10))
    assert not reloaded(request).is_overdue(now=local(2026, 9, 25, 10))


@pytest.mark.django_db
def test_a_closed_request_is_never_overdue():
    request = make_request(now=local(2026, 9, 17, 10))
    services.request_close(
        request=request, actor=make_handler(Role.GENDER_UNIT), outcome="duplicate"
    )
    assert not reloaded(request).is_overdue(now=local(2026, 10, 30, 10))


# Taking ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_of_two_staff_taking_the_same_request_the_first_wins_and_the_second_is_told_who():
    request = make_request("08")
    first = make_handler(Role.GENDER_UNIT, first_name="Ana", last_name="Soto")
    second = make_handler(Role.REGIONAL_STAFF, cut="08", first_name="Berta", last_name="Díaz")
    copy = reloaded(request)  # the second one opened the page before the first took it
    services.request_take(request=request, actor=first)
    with pytest.raises(services.AlreadyTaken) as refused:
        services.request_take(request=copy, actor=second)
    assert refused.value.holder == first
    assert "Ana Soto" in str(refused.value.message)
    taken = reloaded(request)
    assert taken.assigned_to == first and taken.status == ContactRequest.Status.ASSIGNED
    assert AuditEntry.objects.filter(action="contact.request.taken").count() == 1


@pytest.mark.django_db
def test_a_closed_request_cannot_be_taken():
    request = make_request("08")
    staff = make_handler(Role.GENDER_UNIT)
    services.request_close(request=request, actor=staff, outcome="duplicate")
    with pytest.raises(services.AlreadyTaken) as refused:
        services.request_take(request=reloaded(request), actor=staff)
    assert refused.value.holder is None
    assert reloaded(request).assigned_to is None


@pytest.mark.django_db(transaction=True)
def test_two_staff_taking_at_the_same_moment_gives_exactly_one_winner(reference_rows):
    request = make_request("08")
    staff = [make_handler(Role.GENDER_UNIT), make_handler(Role.REGIONAL_STAFF, cut="08")]
    copies = [reloaded(request) for _ in staff]  # each taker has her own copy of the page

    def take(n: int) -> User:
        services.request_take(request=copies[n], actor=staff[n])
        return staff[n]

    won, errors = at_once(take, len(staff))
    lost = [error.holder for error in errors if isinstance(error, services.AlreadyTaken)]
    errors = [error for error in errors if not isinstance(error, services.AlreadyTaken)]
    assert errors == []
    assert len(won) == 1 and len(lost) == 1
    assert lost == won, "the loser is told who took it"
    assert reloaded(request).assigned_to == won[0]
    assert AuditEntry.objects.filter(action="contact.request.taken").count() == 1


@pytest.mark.django_db
def test_a_request_is_assigned_only_to_someone_who_handles_its_region():
    request = make_request("08")
    boss = make_handler(Role.GENDER_UNIT)
    elsewhere = make_handler(cut="05")
    colleague = make_handler(Role.REGIONAL_STAFF, cut="08")
    assert colleague in selectors.assignable_staff(request)
    assert elsewhere not in selectors.assignable_staff(request)
    with pytest.raises(services.ContactError):
        services.request_assign(request=request, assignee=elsewhere, actor=boss)
    services.request_assign(request=request, assignee=colleague, actor=boss)
    assert reloaded(request).assigned_to == colleague


# "Not safe" pauses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preferences", "after", "expected"),
    [
        # Only Tuesday mornings: from a Wednesday afternoon, next Tuesday at 9:00.
        (TUESDAY_MORNINGS, local(2026, 9, 23, 15), local(2026, 9, 29, 9)),
        # From the Monday before: the next day at 9:00.
        (TUESDAY_MORNINGS, local(2026, 9, 28, 15), local(2026, 9, 29, 9)),
        # Inside Tuesday's window: not this window, the next one a week later.
        (TUESDAY_MORNINGS, local(2026, 9, 29, 10), local(2026, 10, 6, 9)),
        # Tuesday before 9:00: that same morning.
        (TUESDAY_MORNINGS, local(2026, 9, 29, 7), local(2026, 9, 29, 9)),
        # Tuesday afternoons and evenings, from Tuesday 14:00: the evening at 18:00.
        (
            {**SAFE_CALLS, "days": [1], "times": ["afternoon", "evening"]},
            local(2026, 9, 29, 14),
            local(2026, 9, 29, 18),
        ),
        # Nothing chosen means weekdays 9 to 18: from Friday 17:00, Monday 9:00.
        ({**SAFE_CALLS, "days": [], "times": []}, local(2026, 9, 25, 17), local(2026, 9, 28, 9)),
    ],
)
def test_the_next_safe_time_is_the_start_of_her_next_safe_window(preferences, after, expected):
    assert safety.next_safe_time(preferences, after=after) == expected


def test_safe_now_follows_her_days_and_times():
    assert safety.safe_now(TUESDAY_MORNINGS, now=local(2026, 9, 29, 10))
    assert not safety.safe_now(TUESDAY_MORNINGS, now=local(2026, 9, 29, 13))
    assert not safety.safe_now(TUESDAY_MORNINGS, now=local(2026, 9, 30, 10))


@pytest.mark.django_db
def test_not_safe_pauses_calls_until_her_next_safe_window_but_she_can_still_contact_us():
    request = make_request("08", preferences=TUESDAY_MORNINGS)
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    attempt(
        request=request, actor=staff, channel="call", result="not_safe", now=local(2026, 9, 23, 15)
    )
    paused = reloaded(request)
    assert paused.paused_until == local(2026, 9, 29, 9)
    assert paused.is_paused(now=local(2026, 9, 28, 20))
    assert not paused.is_paused(now=local(2026, 9, 29, 9))

    with pytest.raises(services.Paused) as refused:
        attempt(
            request=paused,
            actor=staff,
            channel="whatsapp",
            result="no_answer",
            now=local(2026, 9, 24, 10),
        )
    assert "29/09/2026 09:00" in str(refused.value.message)
    assert reloaded(request).attempts.count() == 1

    attempt(
        request=paused,
        actor=staff,
        channel="inbound",
        result="no_answer",
        now=local(2026, 9, 24, 11),
    )
    assert reloaded(request).attempts.count() == 2
    assert reloaded(request).is_paused(now=local(2026, 9, 24, 12)), "still paused"


@pytest.mark.django_db
def test_reaching_her_clears_the_pause():
    request = make_request("08", preferences=TUESDAY_MORNINGS)
    staff = make_handler(Role.REGIONAL_STAFF, cut="08")
    attempt(
        request=request, actor=staff, channel="call", result="not_safe", now=local(2026, 9, 23, 15)
    )
    attempt(
        request=request, actor=staff, channel="inbound", result="reached", now=local(2026, 9, 24)
    )
    reached = reloaded(request)
    assert reached.paused_until is None and not reached.is_paused(now=local(2026, 9, 24, 12))
    assert reached.status == ContactRequest.Status.CONTACTED
    assert reached.first_reached_at == local(2026, 9, 24)
    attempt(request=reached, actor=staff, channel="call", result="reached", now=local(2026, 9, 25))
    assert reloaded(request).attempts.count() == 3


# Erasing ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_spam_erases_the_request_its_notes_and_attempts_and_the_log_keeps_the_reference():
    request = make_request("08")
    staff = make_handler(Role.GENDER_UNIT)
    services.note_add(request=request, actor=staff, text="Parece publicidad.")
    attempt(request=request, actor=staff, channel="call", result="no_answer")
    services.request_mark_spam(request=request, actor=staff)
    with scopes_disabled():
        assert not ContactRequest.objects.filter(pk=request.pk).exists()
    assert not Note.objects.filter(request_id=request.pk).exists()
    assert not Attempt.objects.filter(request_id=request.pk).exists()
    entry = AuditEntry.objects.get(action="contact.request.spam")
    assert entry.actor == staff and entry.data == {"reference": request.reference}
    assert entry.region.cut_code == "08"


@pytest.mark.django_db
def test_the_retention_period_erases_personal_data_of_long_closed_requests_only(settings):
    from acoge.contact import stats
    from acoge.core.retention import run_retention

    settings.ACOGE_CONTACT_RETENTION_DAYS = 30
    now = timezone.now()
    staff = make_handler(Role.GENDER_UNIT)
    requests = [
        make_request("08", message=f"Mensaje {n}", now=now - datetime.timedelta(days=60))
        for n in range(6)
    ]
    old, old_too, recent, *still_open = requests
    for request, days_ago in ((old, 45), (old_too, 31), (recent, 20)):
        services.note_add(request=request, actor=staff, text="Nota interna")
        attempt(
            request=request,
            actor=staff,
            channel="call",
            result="reached",
            note="Habló",
            now=now - datetime.timedelta(days=days_ago + 1),
        )
        services.request_close(
            request=request,
            actor=staff,
            outcome="informed",
            now=now - datetime.timedelta(days=days_ago),
        )
    before = [(str(b.title), b.rows, b.total) for b in stats.requests()]

    run_retention(now=now)

    for request in (old, old_too):
        erased = reloaded(request)
        assert erased.personal_data_erased_at is not None
        assert (erased.name, erased.phone, erased.email, erased.message) == ("", "", "", "")
        assert erased.preferences == {} and erased.phone_index is None
        assert not erased.notes.exists() and erased.attempts.get().note == ""
        # What stays: topic, region, intake, timings and outcome.
        assert (erased.topic, erased.region.cut_code, erased.intake) == ("work", "08", "web")
        assert erased.outcome == "informed" and erased.first_attempt_at is not None
    for request in (recent, *still_open):
        kept = reloaded(request)
        assert kept.personal_data_erased_at is None
        assert kept.name == "Rosa" and kept.message.startswith("Mensaje")
    assert reloaded(recent).notes.count() == 1
    after = [(str(b.title), b.rows, b.total) for b in stats.requests()]
    assert after == before
    by_topic, by_region = dict(after[0][1]), dict(after[1][1])
    assert by_region[region("08").name] == 6 and sum(filter(None, by_topic.values())) == 6


# Encryption ------------------------------------------------------------------------------------

SECRETS = {
    "name": "Xiomara Quetzalli",
    "email": "xiomara.quetzalli@example.org",
    "phone": "+56961239876",
    "message": "Mensaje-confidencial-4711",
    "say": "Digan-que-llaman-del-consultorio-8812",
    "avoid": "Nunca-mencionar-la-oficina-9923",
    "note": "Nota-interna-5531",
    "attempt": "Nota-del-intento-6642",
    "agreed": "Acuerdo-de-derivacion-7753",
}


def raw_rows(table: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed table names
        return cursor.fetchall()


@pytest.mark.django_db
def test_the_database_holds_no_plaintext_of_her_details_preferences_or_notes():
    request = make_request(
        "08",
        name=SECRETS["name"],
        email=SECRETS["email"],
        phone=SECRETS["phone"],
        message=SECRETS["message"],
        preferences={
            **SAFE_CALLS,
            "methods": ["call", "email"],
            "say": SECRETS["say"],
            "avoid": SECRETS["avoid"],
        },
    )
    staff = make_handler(Role.GENDER_UNIT)
    services.note_add(request=request, actor=staff, text=SECRETS["note"])
    attempt(request=request, actor=staff, channel="call", result="reached", note=SECRETS["attempt"])
    services.referral_record(
        request=request,
        actor=staff,
        institution=Institution.objects.get(short_name="SernamEG"),
        referred_on=datetime.date(2026, 9, 24),
        agreed=SECRETS["agreed"],
    )
    # Everything is stored and reads back through the application...
    stored = reloaded(request)
    assert (stored.name, stored.email, stored.phone, stored.message) == (
        SECRETS["name"],
        SECRETS["email"],
        SECRETS["phone"],
        SECRETS["message"],
    )
    assert stored.preferences["say"] == SECRETS["say"]
    assert stored.preferences["avoid"] == SECRETS["avoid"]
    assert stored.notes.get().text == SECRETS["note"]
    assert stored.attempts.get().note == SECRETS["attempt"]
    assert Referral.objects.get(request=stored).agreed == SECRETS["agreed"]
    # ...but no column of any row holds it in plain text.
    searched = [*SECRETS.values(), "61239876", "xiomara", "Quetzalli"]
    tables = ["contact_contactrequest", "contact_note", "contact_attempt", "contact_referral"]
    for table in tables:
        rows = raw_rows(table)
        assert rows, table
        for row in rows:
            for value in row:
                text = str(value).lower()
                for secret in searched:
                    assert secret.lower() not in text, f"{secret!r} in {table}"


# Opening a request on her behalf ---------------------------------------------------------------


@pytest.mark.django_db
def test_staff_open_requests_only_for_regions_they_handle():
    from acoge.accounts.policy import can

    unit = make_handler(Role.GENDER_UNIT)
    delegate = make_handler(Role.GENDER_DELEGATE, "05")
    facilitator = make_handler(Role.FACILITATOR, "05")
    assert can(unit, "contact.create_in_region", None)
    assert can(unit, "contact.create_in_region", region("08"))
    assert can(delegate, "contact.create_in_region", region("05"))
    assert not can(delegate, "contact.create_in_region", region("08"))
    assert not can(delegate, "contact.create_in_region", None)  # no region: the Gender Unit's
    assert not can(facilitator, "contact.create_in_region", region("05"))


@pytest.mark.django_db
def test_the_colleagues_offered_for_assignment_are_exactly_those_the_policy_lets_handle_it():
    unit = make_handler(Role.GENDER_UNIT)
    biobio_staff = make_handler(Role.REGIONAL_STAFF, "08")
    make_handler(Role.GENDER_DELEGATE, "05")
    make_handler(Role.FACILITATOR, "08")
    make_handler(Role.NATIONAL_ADMIN)
    make_handler(Role.REGIONAL_STAFF, "08", is_active=False)
    everyone = list(User.objects.all())
    for request, expected in (
        (make_request("08"), {unit, biobio_staff}),
        (make_request(None), {unit}),
    ):
        offered = selectors.assignable_staff(request)
        assert set(offered) == expected
        assert len(offered) == len(expected)  # each once, whatever number of roles
        allowed = {
            user for user in everyone if user.is_active and selectors.can_handle(user, request)
        }
        assert set(offered) == allowed


@pytest.mark.django_db
def test_a_regional_holiday_counts_only_for_its_region(settings):
    """20 August is a holiday in Ñuble (Chillán) alone: the directorate there is closed."""
    settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS = 2
    wednesday = local(2026, 8, 19, 10)
    assert safety.business_deadline(wednesday, region("13")) == datetime.date(2026, 8, 21)
    assert safety.business_deadline(wednesday, region("16")) == datetime.date(2026, 8, 24)
    request = make_request("16", now=wednesday)
    assert request.due_on == datetime.date(2026, 8, 24)
