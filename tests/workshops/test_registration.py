"""Registration rules: seats, waiting list in arrival order, duplicates, cancellation."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.utils import timezone, translation

from acoge.core.models import Institution, Region
from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from acoge.workshops.models import Registration, Session, Topic, Workshop
from acoge.workshops.selectors import waiting_list
from acoge.workshops.services import (
    RegistrationClosed,
    RegistrationError,
    WorkshopFull,
    registration_by_token,
    registration_cancel,
    registration_create,
)
from tests.concurrency import at_once
from tests.factories import UserFactory, WorkshopFactory


def make_workshop(capacity: int = 2, **fields) -> Workshop:
    return WorkshopFactory(capacity=capacity, **fields)


def register(workshop: Workshop, n: int, **fields):
    return registration_create(
        workshop=workshop,
        name=f"Persona {n}",
        phone=f"+5691234{n:04d}",
        channel="whatsapp",
        messages_safe=True,
        **fields,
    )


def seats(workshop: Workshop) -> int:
    with scopes_disabled():
        return Workshop.objects.get(pk=workshop.pk).seats_taken


@pytest.mark.django_db
def test_seats_are_confirmed_until_full_then_she_joins_the_waiting_list():
    workshop = make_workshop(capacity=2)
    statuses = [register(workshop, n).registration.status for n in range(4)]
    assert statuses == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert seats(workshop) == 2


@pytest.mark.django_db
def test_without_a_waiting_list_a_full_workshop_refuses_with_a_clear_reason():
    workshop = make_workshop(capacity=1, waitlist_enabled=False)
    register(workshop, 1)
    with pytest.raises(WorkshopFull):
        register(workshop, 2)


@pytest.mark.django_db
def test_registering_again_with_the_same_contact_returns_the_existing_registration():
    workshop = make_workshop()
    first = registration_create(
        workshop=workshop,
        name="Marie",
        email="Marie@Example.org",
        channel="email",
        messages_safe=True,
    )
    again = registration_create(
        workshop=workshop,
        name="Marie J.",
        email=" marie@example.org",
        channel="email",
        messages_safe=True,
    )
    assert again.created is False and again.manage_token is None
    assert again.registration.pk == first.registration.pk
    with scopes_disabled():
        assert Registration.objects.count() == 1
    assert seats(workshop) == 1


@pytest.mark.django_db
def test_cancelling_frees_the_seat_for_the_first_person_waiting():
    workshop = make_workshop(capacity=1)
    first = register(workshop, 1).registration
    second = register(workshop, 2).registration
    third = register(workshop, 3).registration
    promoted = registration_cancel(registration=first)
    assert promoted.pk == second.pk and promoted.status == "confirmed"
    assert [r.pk for r in waiting_list(workshop)] == [third.pk]
    assert seats(workshop) == 1


@pytest.mark.django_db
def test_cancelling_with_nobody_waiting_gives_the_seat_back():
    workshop = make_workshop(capacity=1)
    registration_cancel(registration=register(workshop, 1).registration)
    assert seats(workshop) == 0
    assert register(workshop, 2).registration.status == "confirmed"


@pytest.mark.django_db
def test_a_walk_in_takes_a_free_seat_and_is_never_waitlisted():
    workshop = make_workshop(capacity=1)
    walk_in = register(workshop, 1, walk_in=True).registration
    assert walk_in.status == "confirmed" and walk_in.attended is True
    with pytest.raises(WorkshopFull):
        register(workshop, 2, walk_in=True)


@pytest.mark.django_db
def test_registration_is_refused_outside_its_window_or_unless_published():
    past = timezone.now() - timedelta(days=1)
    closed = make_workshop(registration_closes_at=past)
    draft = make_workshop(status=Workshop.Status.DRAFT)
    for workshop in (closed, draft):
        with pytest.raises(RegistrationClosed):
            register(workshop, 1)


@pytest.mark.django_db
def test_contact_details_are_encrypted_and_the_manage_link_is_stored_only_as_a_hash():
    result = register(make_workshop(), 7)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, phone, manage_token_hash FROM workshops_registration WHERE id = %s",
            [result.registration.pk],
        )
        name, phone, token_hash = cursor.fetchone()
    assert "Persona" not in name and "12340007" not in phone
    assert result.manage_token not in token_hash
    assert registration_by_token(result.manage_token).pk == result.registration.pk
    assert registration_by_token("not-a-token") is None


def _reference_taken_then_fresh(workshop: Workshop) -> tuple[str, mock._patch]:
    """Register someone; the next two codes drawn collide with hers, the third is fresh."""
    taken = register(workshop, 1).registration.reference
    fresh = "X" * 6 if taken != "X" * 6 else "Y" * 6
    patch = mock.patch(
        "acoge.workshops.services.registrations.new_reference", side_effect=[taken, taken, fresh]
    )
    return fresh, patch


@pytest.mark.django_db
def test_a_reference_code_already_taken_is_drawn_again_and_she_never_sees_it():
    workshop = make_workshop(capacity=5)
    fresh, patch = _reference_taken_then_fresh(workshop)
    with patch:
        result = register(workshop, 2)
    assert result.created and result.registration.reference == fresh
    with scopes_disabled():
        assert Registration.objects.filter(workshop=workshop).count() == 2
    # The refused attempts took no seat: only the two people registered hold one.
    assert seats(workshop) == 2


@pytest.mark.django_db(transaction=True)
def test_a_taken_reference_is_drawn_again_in_a_fresh_transaction_too(reference_rows):
    # Called outside any transaction (as the API view does), the retry is a whole new
    # transaction rather than a savepoint.
    workshop = make_workshop(capacity=5)
    fresh, patch = _reference_taken_then_fresh(workshop)
    with patch:
        result = register(workshop, 2)
    assert result.registration.reference == fresh
    assert seats(workshop) == 2


@pytest.mark.django_db
def test_cancelling_while_registering_again_gives_her_a_new_registration():
    from acoge.workshops.services import registrations as services

    workshop = make_workshop(capacity=5)
    first = register(workshop, 1).registration
    real_lock = services._locked
    cancelled: list[bool] = []

    def cancel_first_then_lock(locked_workshop):
        # She cancels (in another tab) after her earlier registration was looked up.
        if not cancelled:
            cancelled.append(True)  # before cancelling, which takes the lock through here too
            registration_cancel(registration=first)
        return real_lock(locked_workshop)

    with mock.patch.object(services, "_locked", side_effect=cancel_first_then_lock):
        result = register(workshop, 1)
    assert cancelled
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert result.created and result.registration.pk != first.pk
    assert result.registration.status == "confirmed"
    assert seats(workshop) == 1


@pytest.mark.django_db
def test_a_reference_that_keeps_colliding_is_a_clear_error_and_nothing_is_kept():
    workshop = make_workshop(capacity=5)
    taken = register(workshop, 1).registration.reference
    with (
        mock.patch("acoge.workshops.services.registrations.new_reference", return_value=taken),
        pytest.raises(RegistrationError) as caught,
    ):
        register(workshop, 2)
    assert str(caught.value.message) == "Inténtalo de nuevo."  # her language, not a 500
    with scopes_disabled():
        assert Registration.objects.filter(workshop=workshop).count() == 1
    assert seats(workshop) == 1


@pytest.mark.django_db(transaction=True)
def test_fifty_people_at_once_for_ten_seats_gives_ten_confirmed_and_forty_waiting_in_order(
    reference_rows,
):
    workshop = make_workshop(capacity=10)
    results, errors = at_once(lambda n: register(workshop, n), 50)
    assert errors == []
    with scopes_disabled():
        confirmed = Registration.objects.filter(workshop=workshop, status="confirmed").count()
        waiting = list(waiting_list(workshop).values_list("pk", flat=True))
        stamps = list(waiting_list(workshop).values_list("created_at", flat=True))
    assert confirmed == 10 and len(waiting) == 40 and len(results) == 50
    assert seats(workshop) == 10
    # Each registration gets its id and time while it holds the lock, so both follow arrival.
    assert waiting == sorted(waiting) and stamps == sorted(stamps)


@pytest.mark.django_db(transaction=True)
def test_the_same_person_sending_twenty_times_at_once_gets_one_registration(reference_rows):
    # Her earlier registration is looked up before the lock; simultaneous copies race past
    # that check, and the database's one-active-registration rule plus the retry settle it.
    workshop = make_workshop(capacity=5)
    results, errors = at_once(lambda _n: register(workshop, 7), 20)
    assert errors == []
    assert len(results) == 20
    assert [result.created for result in results].count(True) == 1
    assert {result.registration.pk for result in results} == {results[0].registration.pk}
    with scopes_disabled():
        assert Registration.objects.filter(workshop=workshop).count() == 1
    assert seats(workshop) == 1


@pytest.mark.django_db
def test_contact_details_are_erased_after_the_retention_period_and_counts_stay(settings):
    from acoge.core import retention

    settings.ACOGE_WORKSHOP_RETENTION_DAYS = 90
    past = timezone.now() - timedelta(days=100)
    old = make_workshop(capacity=5)
    recent = make_workshop(capacity=5)
    old_registration = register(old, 1, children_ages=[3, 6]).registration
    recent_registration = register(recent, 2).registration
    with scopes_disabled():
        Workshop.objects.filter(pk=old.pk).update(starts_at=past, ends_at=past + timedelta(hours=3))
    counts = retention.run_retention()
    assert counts["workshops.registration_contacts"] == 1
    with scopes_disabled():
        erased = Registration.objects.get(pk=old_registration.pk)
        kept = Registration.objects.get(pk=recent_registration.pk)
    assert erased.name == "" and erased.phone == "" and erased.contact_index is None
    assert erased.status == "confirmed" and erased.children_ages == [3, 6]
    assert kept.name == "Persona 2"
    assert seats(old) == 1


@pytest.mark.django_db
def test_workshop_indicators_never_publish_a_count_under_five():
    from acoge.stats import demographics
    from acoge.stats.registry import indicators
    from acoge.workshops.models import StatsAnswer

    workshop = make_workshop(capacity=50)
    for n in range(8):
        register(workshop, n, children_ages=[4] if n < 2 else [])
    for n in range(6):
        demographics.record(
            StatsAnswer, workshop=workshop, answers={"age_band": "18-29" if n < 5 else "60+"}
        )
    with translation.override("en"):
        tables = {
            str(t.title): t
            for key in ("workshops.registrations", "workshops.needs", "workshops.participants")
            for t in indicators.get(key).compute()
        }
    by_region = dict(tables["Registrations by region"].rows)
    assert by_region["Región Metropolitana de Santiago"] == 8
    needs = dict(tables["Support needed (confirmed registrations)"].rows)
    assert needs["Childcare"] is None, "2 children's carers is under 5: hidden"
    ages = dict(tables["Age group"].rows)
    # 1 person aged 60+ is hidden, and so is the 5, or the total of 6 would reveal the 1.
    assert ages["60 or over"] is None and ages["18 to 29"] is None
    for table in tables.values():
        assert all(value is None or value == 0 or value >= 5 for _label, value in table.rows)


def closed_workshop(cut: str, came: int, missed: int, walk_ins: int = 0) -> Workshop:
    workshop = make_workshop(capacity=50, region=Region.objects.get(cut_code=cut))
    people = [register(workshop, n).registration for n in range(came + missed)]
    staff = UserFactory()
    for person in people[:came]:
        services.attendance_set(registration=person, attended=True, actor=staff)
    for n in range(walk_ins):
        register(workshop, 1000 + n, walk_in=True)
    services.workshop_close(workshop=workshop, actor=staff, now=workshop.ends_at)
    return workshop


@pytest.mark.django_db
def test_the_attendance_rate_counts_registered_people_and_leaves_walk_ins_apart():
    from acoge.workshops import stats

    closed_workshop("13", came=9, missed=6, walk_ins=5)
    closed_workshop("05", came=2, missed=1)
    make_workshop(capacity=50)  # not closed yet: not counted
    with translation.override("en"):
        rate, came, missed, walk_ins = stats.attendance()
    rates = dict(rate.rows)
    assert rates["All regions"] == round(100 * 11 / 18, 1)
    assert rates["Región Metropolitana de Santiago"] == 60.0
    assert rates["Región de Valparaíso"] is None, "3 people: too few to show a rate"
    assert "Región de Atacama" in rate.empty and rate.total == 18
    assert came.total == 11, "walk-ins are not in it"
    assert dict(walk_ins.rows)["Región Metropolitana de Santiago"] == 5
    assert missed.total == 7, "6 in Santiago and 1 in Valparaíso did not come"


@pytest.mark.django_db
def test_a_rate_is_hidden_when_it_would_give_away_a_small_count():
    from acoge.workshops import stats

    # 6 came and 4 did not: with the 6 known, 60% would say that exactly 4 did not come.
    closed_workshop("13", came=6, missed=4)
    closed_workshop("05", came=10, missed=10)
    with translation.override("en"):
        rate, _came, missed, _walk_ins = stats.attendance()
    assert dict(rate.rows)["Región Metropolitana de Santiago"] is None
    assert dict(missed.rows)["Región Metropolitana de Santiago"] is None
    assert dict(rate.rows)["Región de Valparaíso"] == 50.0


@pytest.mark.django_db
def test_totals_count_each_registration_once_when_rows_overlap():
    from acoge.workshops import stats

    workshop = make_workshop(capacity=50)
    for topic, institution in ((Topic.LABOUR, "Dirección del Trabajo"), (Topic.HEALTH, "MINSAL")):
        Session.objects.create(
            workshop=workshop,
            topic=topic,
            institution=Institution.objects.get(short_name=institution),
            starts_at=workshop.starts_at,
            ends_at=workshop.ends_at,
        )
    for n in range(6):
        register(workshop, n, children_ages=[3], interpreter_language="ht")
    with translation.override("en"):
        *_regions, by_topic = stats.registrations()
        (needs,) = stats.needs()
    assert dict(by_topic.rows)["Labour rights"] == 6 and by_topic.total == 6, "not 12"
    assert by_topic.total_label
    assert dict(needs.rows)["Childcare"] == 6 and needs.total == 6


@pytest.mark.django_db
def test_she_cannot_change_or_cancel_once_the_workshop_has_started():
    workshop = make_workshop(capacity=5)
    mine = register(workshop, 1).registration
    later = workshop.starts_at + timedelta(minutes=1)
    with pytest.raises(services.RegistrationClosed):
        services.registration_update(registration=mine, now=later, children_ages=[4])
    with pytest.raises(services.RegistrationClosed):
        services.registration_cancel(registration=mine, now=later)
    mine.refresh_from_db()
    assert mine.status == "confirmed" and mine.children_ages == []
    # Before it starts she may; staff may cancel after it started (until attendance closes).
    before = workshop.starts_at - timedelta(minutes=1)
    services.registration_update(registration=mine, now=before, children_ages=[4])
    assert services.registration_cancel(registration=mine, actor=UserFactory(), now=later) is None
    mine.refresh_from_db()
    assert mine.status == "cancelled"


@pytest.mark.django_db
def test_attendance_is_never_closed_before_the_workshop_starts():
    workshop = make_workshop(capacity=5)
    register(workshop, 1)
    with pytest.raises(services.RegistrationClosed):
        services.workshop_close(workshop=workshop, actor=UserFactory())
    workshop.refresh_from_db()
    assert workshop.closed_at is None
