"""The public account's observations as its services keep them: sent only while the window is
open, her e-mail only if she wants the answer, statistics never linked to what she wrote; the
due date in business days after the window closes; answers sent to her and to whoever sent a
merged duplicate; hiding with a reason; the answers document once nothing waits; retention and
the personal-data registry."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from acoge.core import personal_data, retention
from acoge.core.calendar import add_business_days
from acoge.core.personal_data import Contact
from acoge.public_account import services
from acoge.public_account.errors import AccountError
from acoge.public_account.models import Observation, StatsAnswer
from tests.public_account.builders import cycle, observation, theme

pytestmark = pytest.mark.django_db

ROSA = "rosa@example.org"


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_an_observation_is_sent_only_while_the_window_is_open():
    for stage in ("upcoming", "closed"):
        with pytest.raises(AccountError, match="not open"):
            services.observation_submit(cycle=cycle(stage), text="¿Y el presupuesto?")
    hidden = cycle("open", published=False)
    with pytest.raises(AccountError):
        services.observation_submit(cycle=hidden, text="¿Y el presupuesto?")
    sent = services.observation_submit(cycle=cycle("open"), text="¿Y el presupuesto?")
    assert sent.status == Observation.Status.RECEIVED and sent.email == ""


def test_its_answer_is_due_the_business_days_after_the_window_closes(settings):
    settings.ACOGE_ACCOUNT_ANSWER_BUSINESS_DAYS = 20
    account = cycle("open")
    sent = services.observation_submit(cycle=account, text="¿Y el presupuesto?")
    closes = timezone.localdate(account.questions_close)
    assert sent.due_on == add_business_days(closes, 20)
    assert sent.due_on > closes + datetime.timedelta(days=20)  # weekends are not counted


def test_her_statistics_are_kept_apart_from_what_she_wrote():
    account = cycle("open")
    services.observation_submit(
        cycle=account, text="Pregunta", stats={"gender_identity": "woman", "age_band": ""}
    )
    row = StatsAnswer.objects.get()
    assert row.gender_identity == "woman" and row.cycle == account
    assert {field.name for field in StatsAnswer._meta.get_fields()} >= {"cycle", "channel"}
    assert "observation" not in {field.name for field in StatsAnswer._meta.get_fields()}


def test_an_empty_or_too_long_observation_is_refused():
    account = cycle("open")
    for text in ("   ", "x" * (services.TEXT_LIMIT + 1)):
        with pytest.raises(AccountError):
            services.observation_submit(cycle=account, text=text)


def test_staff_enter_what_was_said_at_a_presentation(make_staff):
    account = cycle("closed")
    entered = services.observation_enter(
        cycle=account, text="Se pidió atención en la tarde.", actor=make_staff("engagement")
    )
    assert entered.channel == "event" and entered.entered_by is not None


def test_the_answer_is_sent_to_her_and_to_whoever_sent_a_merged_duplicate(
    make_staff, django_capture_on_commit_callbacks
):
    account = cycle("closed")
    staff = make_staff("engagement")
    first = observation(account, email=ROSA, language="en")
    duplicate = observation(account, email="otra@example.org", text="¿Cuánto demora?")
    services.observation_merge(observation=duplicate, into=first, actor=staff)
    with django_capture_on_commit_callbacks(execute=True):
        services.observation_answer(
            observation=first, actor=staff, answer="Tres meses.", responsible_unit="Extranjería"
        )
    assert sorted(message.to[0] for message in mail.outbox) == ["otra@example.org", ROSA]
    assert all("Tres meses." in message.body for message in mail.outbox)
    first.refresh_from_db()
    assert first.answer_sent_at is not None and first.status == Observation.Status.ANSWERED


def test_an_answer_names_the_unit_that_gives_it(make_staff):
    with pytest.raises(AccountError, match="which unit"):
        services.observation_answer(
            observation=observation(cycle("closed")), actor=make_staff("engagement"), answer="Sí."
        )


def test_merging_keeps_chains_and_cycles_apart(make_staff):
    staff = make_staff("engagement")
    account = cycle("closed")
    a, b, c = (observation(account) for _ in range(3))
    services.observation_merge(observation=b, into=a, actor=staff)
    with pytest.raises(AccountError):
        services.observation_merge(observation=c, into=b, actor=staff)  # b is merged itself
    with pytest.raises(AccountError):
        services.observation_merge(observation=a, into=a, actor=staff)
    other = observation(cycle("closed"))
    with pytest.raises(AccountError):
        services.observation_merge(observation=c, into=other, actor=staff)


def test_hiding_needs_a_reason_and_takes_it_off_the_public_page(make_staff, client):
    account = cycle("closed")
    shown = observation(account, text="Pregunta visible")
    rude = observation(account, text="Texto ofensivo")
    with pytest.raises(AccountError):
        services.observation_hide(observation=rude, actor=make_staff("engagement"), reason="")
    services.observation_hide(observation=rude, actor=make_staff("engagement"), reason="Insultos")
    html = client.get(
        f"/es/participacion/cuenta-publica/{account.year}/preguntas/"
    ).content.decode()
    assert shown.text in html and "Texto ofensivo" not in html


def test_the_answers_document_is_published_once_nothing_waits(make_staff):
    account = cycle("closed")
    waiting = observation(account)
    staff = make_staff("engagement")
    with pytest.raises(AccountError, match="still wait"):
        services.answers_publish(cycle=account, actor=staff)
    services.observation_answer(
        observation=waiting, actor=staff, answer="Sí.", responsible_unit="Extranjería"
    )
    assert services.answers_publish(cycle=account, actor=staff).answers_published_at


def test_retention_erases_her_e_mail_after_the_answer_was_sent(settings):
    settings.ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS = 30
    account = cycle("closed")
    now = timezone.now()
    old = observation(account, email=ROSA, answer_sent_at=now - datetime.timedelta(days=31))
    recent = observation(account, email=ROSA, answer_sent_at=now - datetime.timedelta(days=2))
    waiting = observation(account, email=ROSA)
    assert retention.run_retention(now=now)["public_account.contacts"] == 1
    for record, kept in ((old, False), (recent, True), (waiting, True)):
        record.refresh_from_db()
        assert bool(record.email) is kept


def test_the_personal_data_registry_finds_and_erases_her_e_mail():
    account = cycle("closed")
    mine = observation(account, email=ROSA, email_index=services.email_index(ROSA))
    exported = personal_data.export_all(Contact(email=ROSA))["public_account.observations"]
    assert exported[0]["reference"] == mine.reference and exported[0]["email"] == ROSA
    assert personal_data.erase_all(Contact(email=ROSA))["public_account.observations"] == 1
    mine.refresh_from_db()
    assert mine.email == "" and mine.text  # what she wrote stays, public


def test_a_late_observation_is_shown_as_late(client):
    account = cycle("closed")
    observation(account, due_on=timezone.localdate() - datetime.timedelta(days=1), theme=theme())
    with translation.override("en"):
        html = client.get(
            f"/en/participacion/cuenta-publica/{account.year}/preguntas/"
        ).content.decode()
    assert "Late" in html
