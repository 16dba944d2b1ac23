"""Messages to registrants: in her language, only when safe, discreet by default."""

import pytest
from django.core import mail
from django.utils import timezone

from acoge.core.notify import LocmemSmsBackend
from acoge.workshops.notifications import render_message, send_due_reminders
from acoge.workshops.services import registration_cancel, registration_create
from tests.workshops.test_registration import make_workshop

TOPIC_WORDS = ("violencia", "Violence", "vyolans", "Derechos laborales")


@pytest.fixture(autouse=True)
def _empty_outboxes():
    LocmemSmsBackend.outbox.clear()


def register(workshop, *, safe=True, channel="email", language="es", discreet=True, n=1):
    result = registration_create(
        workshop=workshop,
        name="Marie",
        email=f"marie{n}@example.org" if channel == "email" else "",
        phone="" if channel == "email" else f"+5696123456{n}",
        channel=channel,
        messages_safe=safe,
        language=language,
    )
    if not discreet:
        result.registration.discreet = False
        result.registration.save(update_fields=["discreet"])
    return result


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "Tu cupo está confirmado"), ("en", "Your place is confirmed"), ("ht", "konfime")],
)
def test_the_confirmation_is_sent_in_her_language(
    django_capture_on_commit_callbacks, language, expected
):
    with django_capture_on_commit_callbacks(execute=True):
        result = register(make_workshop(), language=language)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert expected.lower() in message.body.lower()
    assert result.registration.reference in message.body
    assert "/mujer-migrante/inscripcion/" in message.body, "the private manage link is included"


@pytest.mark.django_db
def test_nothing_is_sent_when_she_said_messages_are_not_safe(django_capture_on_commit_callbacks):
    workshop = make_workshop(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = register(workshop, safe=False, n=1)
        register(workshop, safe=False, n=2, channel="whatsapp")
        registration_cancel(registration=first.registration)
    assert mail.outbox == [] and LocmemSmsBackend.outbox == []


@pytest.mark.django_db
def test_discreet_messages_have_a_neutral_sender_and_subject_and_no_topic(
    django_capture_on_commit_callbacks,
):
    workshop = make_workshop(title="Prevención de la violencia contra las mujeres")
    with django_capture_on_commit_callbacks(execute=True):
        register(workshop)
    message = mail.outbox[0]
    assert message.from_email.startswith("Acoge <")
    assert message.subject == "Un mensaje de Acoge"
    assert not any(word.lower() in message.body.lower() for word in TOPIC_WORDS)


@pytest.mark.django_db
def test_when_she_allows_it_the_message_names_the_workshop(django_capture_on_commit_callbacks):
    workshop = make_workshop(title="Derechos laborales")
    registration = register(workshop, discreet=False).registration
    subject, text = render_message(registration, "confirmed")
    assert "Derechos laborales" in text and "confirmado" in subject.lower()


@pytest.mark.django_db
def test_whatsapp_registrants_get_a_text_message_instead_of_an_email(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        register(make_workshop(), channel="whatsapp", language="ht")
    assert mail.outbox == []
    assert LocmemSmsBackend.outbox[0].channel == "whatsapp"
    assert LocmemSmsBackend.outbox[0].to == "+56961234561"


@pytest.mark.django_db
def test_the_first_person_waiting_is_told_when_she_gets_a_place(django_capture_on_commit_callbacks):
    workshop = make_workshop(capacity=1)
    first = register(workshop, n=1).registration
    register(workshop, n=2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=first)
    assert [m.to for m in mail.outbox] == [["marie2@example.org"]]


@pytest.mark.django_db
def test_reminders_go_once_the_day_before(django_capture_on_commit_callbacks):
    tomorrow_ten = timezone.make_aware(
        timezone.datetime.combine(
            timezone.localdate() + timezone.timedelta(days=1), timezone.datetime.min.time()
        )
    ) + timezone.timedelta(hours=10)
    workshop = make_workshop(
        starts_at=tomorrow_ten, ends_at=tomorrow_ten + timezone.timedelta(hours=3)
    )
    later = make_workshop()  # next week: no reminder yet
    register(workshop, n=1)
    register(later, n=2)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders() == 1
        assert send_due_reminders() == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["marie1@example.org"]


@pytest.mark.django_db
def test_a_missing_address_leaves_no_stray_commas_and_discreet_mode_hides_the_venue():
    workshop = make_workshop(venue="Centro de la Mujer", address="", commune="Estación Central")
    registration = register(workshop).registration
    _subject, text = render_message(registration, "reminder")
    assert "Estación Central" in text and ", ," not in text and ": ," not in text
    assert "Centro de la Mujer" not in text


@pytest.mark.django_db
def test_the_private_link_travels_encrypted_in_the_task_queue(django_capture_on_commit_callbacks):
    from unittest import mock

    with (
        mock.patch("acoge.workshops.notifications.send_registration_message") as task,
        django_capture_on_commit_callbacks(execute=True),
    ):
        result = register(make_workshop())
    sealed = task.enqueue.call_args.args[2]
    assert result.manage_token not in sealed and sealed.startswith("enc1:")
