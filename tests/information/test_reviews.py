"""Review dates: content past its review date says so publicly; staff see what is overdue and
what falls due within 30 days, across the guide and the information pages; each owner gets one
weekly e-mail listing hers, and nobody gets an empty one."""

import datetime

import pytest
from django.core import mail
from django.test import Client

from acoge.accounts.models import Role
from acoge.core import reviews
from acoge.core.reviews import send_review_digest
from acoge.core.scheduler import Schedule, schedules
from acoge.information.models import Page, Section
from acoge.permits.models import Case

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)


def page(slug: str, review_by: datetime.date, owner=None, **other) -> Page:
    return Page.objects.create(
        slug=slug,
        section=Section.INFORMATION,
        title_es=f"Página {slug}",
        summary_es="Resumen.",
        body_es="Texto.",
        published=True,
        owner=owner,
        last_reviewed=TODAY - datetime.timedelta(days=200),
        review_by=review_by,
        **other,
    )


def test_a_page_past_its_review_date_is_shown_as_under_review():
    fresh = page("vigente", TODAY + datetime.timedelta(days=90))
    stale = page("vencida", datetime.date(2026, 1, 1))
    assert not fresh.under_review(TODAY)
    assert stale.under_review(TODAY)
    assert stale.review_by == datetime.date(2026, 1, 1)
    body = Client().get("/es/informacion/vencida/").content.decode()
    assert "ac-warning-text" in body and "en revisión" in body.lower()
    assert "ac-warning-text" not in Client().get("/es/informacion/vigente/").content.decode()


def test_the_review_date_itself_is_not_yet_overdue():
    assert not page("hoy", TODAY).under_review(TODAY)
    assert page("ayer", TODAY - datetime.timedelta(days=1)).under_review(TODAY)


def test_due_lists_overdue_and_the_next_30_days_across_apps(make_staff):
    page("vencida", TODAY - datetime.timedelta(days=3))
    page("pronto", TODAY + datetime.timedelta(days=30))
    page("lejos", TODAY + datetime.timedelta(days=31))
    Case.objects.create(
        slug="embarazo",
        title_es="Embarazo",
        summary_es="Resumen.",
        last_reviewed=TODAY - datetime.timedelta(days=400),
        review_by=TODAY - datetime.timedelta(days=10),
    )
    due = reviews.due(today=TODAY)
    assert [item.title for item in due.overdue] == ["Embarazo", "Página vencida"]
    assert [item.title for item in due.upcoming] == ["Página pronto"]
    assert due.overdue[0].source.key == "permits.case"


def test_the_dashboard_shows_both_lists_and_links_to_editing(staff_client):
    today = datetime.date.today()
    page("vencida", datetime.date(2020, 1, 1))
    page("pronto", today + datetime.timedelta(days=5))
    page("lejos", today + datetime.timedelta(days=200))
    client = staff_client(Role.ENGAGEMENT)
    body = client.get("/gestion/contenidos/").content.decode()
    overdue, upcoming = body.split("ac-heading-m", 2)[1:]
    assert "Página vencida" in overdue and "Página pronto" not in overdue
    assert "Página pronto" in upcoming and "Página lejos" not in body
    assert "/admin/information/page/" in body


def test_the_dashboard_links_to_editing_only_what_her_role_edits(staff_client):
    Case.objects.create(
        slug="embarazo",
        title_es="Embarazo",
        summary_es="Resumen.",
        last_reviewed=datetime.date(2020, 1, 1),
        review_by=datetime.date(2020, 6, 1),
    )
    engagement = staff_client(Role.ENGAGEMENT).get("/gestion/contenidos/").content.decode()
    assert "Embarazo" in engagement and "/admin/permits/case/" not in engagement


def test_mine_shows_only_what_she_keeps(staff_client, make_staff):
    client = staff_client(Role.GENDER_UNIT)
    page("suya", datetime.date(2020, 1, 1), owner=client.user)
    page("ajena", datetime.date(2020, 1, 1), owner=make_staff(Role.ENGAGEMENT))
    body = client.get("/gestion/contenidos/?ver=mias").content.decode()
    assert "Página suya" in body and "Página ajena" not in body


def test_the_digest_sends_each_owner_hers_and_nobody_an_empty_one(make_staff):
    paula = make_staff(Role.GENDER_UNIT, email="paula@example.org")
    tomas = make_staff(Role.ENGAGEMENT, email="tomas@example.org")
    make_staff(Role.ENGAGEMENT, email="nada@example.org")  # keeps nothing due
    page("vencida", TODAY - datetime.timedelta(days=1), owner=paula)
    page("pronto", TODAY + datetime.timedelta(days=10), owner=paula)
    page("lejos", TODAY + datetime.timedelta(days=100), owner=tomas)
    page("sin-dueña", TODAY - datetime.timedelta(days=1))
    assert send_review_digest(today=TODAY) == 1
    [message] = mail.outbox
    assert message.to == ["paula@example.org"]
    assert message.subject == "Contenido por revisar: vencido, 1; por vencer, 1"
    assert "Página vencida" in message.body and "Página pronto" in message.body
    assert "Página lejos" not in message.body and "sin-dueña" not in message.body
    assert "/admin/information/page/" in message.body


def test_the_digest_runs_once_a_week_from_its_hour_and_catches_up_a_missed_day(settings):
    from django.utils import timezone

    [schedule] = [s for s in schedules() if s.name == "core.review_digest"]
    assert isinstance(schedule, Schedule)
    assert schedule.weekday == settings.ACOGE_REVIEW_DIGEST_WEEKDAY == 0
    zone = timezone.get_current_timezone()
    monday = datetime.datetime(2026, 11, 30, 9, tzinfo=zone)
    last_week = monday - datetime.timedelta(days=7, minutes=-5)  # it ran last Monday 9:05
    assert not schedule.due(last_week, monday.replace(hour=7)), "not before its hour"
    assert schedule.due(last_week, monday), "due on Monday from 8"
    assert schedule.due(last_week, monday + datetime.timedelta(days=1)), "a missed Monday"
    ran = monday + datetime.timedelta(minutes=5)
    assert not schedule.due(ran, monday + datetime.timedelta(hours=3)), "once that day"
    assert not schedule.due(ran, monday + datetime.timedelta(days=6)), "once that week"
    assert schedule.due(ran, monday + datetime.timedelta(days=7)), "next Monday"
