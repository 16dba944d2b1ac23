"""Review dates: content past its review date says so publicly; staff see what is overdue and
what falls due within 30 days, across the guide and the information pages; each owner gets one
weekly e-mail listing hers, and nobody gets an empty one."""

import datetime

import pytest
from django.core import mail
from django.test import Client

from acoge.accounts.models import Role
from acoge.core import reviews
from acoge.core.scheduler import Schedule, schedules
from acoge.information.models import Page, Section
from acoge.information.notifications import send_review_digest
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
    page("vencida", datetime.date(2020, 1, 1))
    client = staff_client(Role.ENGAGEMENT)
    body = client.get("/gestion/contenidos/").content.decode()
    assert "Página vencida" in body
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
    assert "1" in message.subject
    assert "Página vencida" in message.body and "Página pronto" in message.body
    assert "Página lejos" not in message.body and "sin-dueña" not in message.body
    assert "/admin/information/page/" in message.body


def test_the_digest_runs_once_a_week_on_its_day_from_its_hour(settings):
    from django.utils import timezone

    [schedule] = [s for s in schedules() if s.name == "information.review_digest"]
    assert isinstance(schedule, Schedule)
    zone = timezone.get_current_timezone()
    monday_9 = datetime.datetime(2026, 11, 30, 9, tzinfo=zone)
    assert schedule.weekday == settings.ACOGE_REVIEW_DIGEST_WEEKDAY == 0
    assert schedule.due(None, monday_9)
    assert not schedule.due(None, monday_9.replace(hour=7))
    assert not schedule.due(None, monday_9 + datetime.timedelta(days=1))
    assert not schedule.due(monday_9, monday_9 + datetime.timedelta(hours=3))
    assert schedule.due(monday_9, monday_9 + datetime.timedelta(days=7))
