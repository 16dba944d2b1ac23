"""The council's sessions: attendance of every councillor in office, the quorum from the term's
rule (more than its percentage of those in office), minutes published once held, agreements
followed until done and late when past due."""

import datetime

import pytest
from django.utils import timezone, translation

from acoge.council import services
from acoge.council.errors import CouncilError
from acoge.council.models import Agreement, Attendance, Meeting
from tests.council.builders import councillors, meeting, term

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def take(session, present: int, actor, excused: int = 0):
    seated = services.expected(session)
    statuses = {}
    for n, councillor in enumerate(seated):
        if n < present:
            statuses[councillor.pk] = Attendance.Status.PRESENT
        elif n < present + excused:
            statuses[councillor.pk] = Attendance.Status.EXCUSED
        else:
            statuses[councillor.pk] = Attendance.Status.ABSENT
    return services.attendance_record(meeting=session, statuses=statuses, actor=actor)


@pytest.mark.parametrize(
    "in_office, percent, needed", [(20, 50, 11), (19, 50, 10), (20, 60, 13), (1, 50, 1), (0, 50, 0)]
)
def test_quorum_is_more_than_the_terms_percentage_of_councillors_in_office(
    in_office, percent, needed
):
    assert term(quorum_percent=percent).quorum_needed(in_office) == needed


def test_attendance_gives_the_quorum_and_the_session_is_held(make_staff):
    council = term()
    councillors(council, 20)
    session = meeting(council)
    staff = make_staff("cosoc_secretary")
    counted = take(session, 10, staff, excused=3)
    assert (counted.in_office, counted.needed, counted.present) == (20, 11, 10)
    assert not counted.reached
    counted = take(session, 11, staff)
    assert counted.reached
    session.refresh_from_db()
    assert session.status == Meeting.Status.HELD


def test_a_councillor_who_left_before_the_session_is_not_expected(make_staff):
    council = term()
    seated = councillors(council, 3)
    seated[0].ends_on = timezone.localdate() - datetime.timedelta(days=10)
    seated[0].save()
    session = meeting(council)
    assert [c.pk for c in services.expected(session)] == [seated[1].pk, seated[2].pk]
    assert take(session, 2, make_staff("cosoc_secretary")).needed == 2


def test_attendance_must_name_every_councillor_and_waits_for_the_session(make_staff):
    council = term()
    seated = councillors(council, 2)
    staff = make_staff("cosoc_secretary")
    with pytest.raises(CouncilError, match="every councillor"):
        services.attendance_record(
            meeting=meeting(council), statuses={seated[0].pk: "present"}, actor=staff
        )
    later = meeting(council, days_ago=-3)
    with pytest.raises(CouncilError, match="once the session has started"):
        take(later, 2, staff)


def test_minutes_are_published_once_the_session_is_held_and_written(make_staff):
    council = term()
    councillors(council, 2)
    session = meeting(council)
    staff = make_staff("cosoc_secretary")
    with pytest.raises(CouncilError, match="attendance first"):
        services.minutes_publish(meeting=session, actor=staff)
    take(session, 2, staff)
    with pytest.raises(CouncilError, match="minutes"):
        services.minutes_publish(meeting=session, actor=staff)
    session.minutes = "Se aprobó el calendario."
    session.save()
    assert services.minutes_publish(meeting=session, actor=staff).minutes_published_at


def test_an_agreement_is_late_past_its_due_date_until_done(make_staff):
    session = meeting(term())
    today = timezone.localdate()
    agreement = Agreement.objects.create(
        meeting=session,
        number=1,
        text="Enviar el informe",
        owner="Secretaría ejecutiva",
        due_on=today - datetime.timedelta(days=1),
    )
    assert agreement.is_late(today)
    services.agreement_update(
        agreement=agreement, status="done", progress="Enviado.", actor=make_staff("cosoc_secretary")
    )
    assert agreement.done_on == today and not agreement.is_late(today)
    services.agreement_update(
        agreement=agreement, status="in_progress", progress="", actor=make_staff("engagement")
    )
    assert agreement.done_on is None and agreement.is_late(today)
