"""What she types on the question pages waits in her session, encrypted in the database."""

import pytest
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import translation

from acoge.core.sessions import SessionStore

pytestmark = pytest.mark.django_db


def step(name: str) -> str:
    with translation.override("es"):
        return reverse("contact:step", kwargs={"step": name})


def test_her_answers_are_not_readable_in_the_session_table(client):
    client.post(step("tema"), {"topic": "violence"})
    client.post(step("region"), {"region": "02"})
    client.post(step("mensaje"), {"message": "Mi pareja me amenaza cuando llega a casa."})
    (row,) = Session.objects.all()
    assert row.session_data.startswith("enc1:")
    # Django's own store (signed, compressed, readable by anyone) cannot read it; ours can.
    assert DatabaseSessionStore().decode(row.session_data) == {}
    assert "amenaza" in str(SessionStore().decode(row.session_data))
    # The page still shows what she typed when she comes back to it.
    again = client.get(step("mensaje")).content.decode()
    assert "Mi pareja me amenaza cuando llega a casa." in again


def test_a_row_that_cannot_be_decrypted_is_an_empty_session_not_an_error():
    store = SessionStore()
    assert store.decode("not encrypted at all") == {}
    assert store.decode(store.encode({"a": 1})) == {"a": 1}


def test_a_new_session_never_takes_over_a_key_in_use(monkeypatch):
    hers = SessionStore()
    hers["answer"] = "hers"
    hers.create()
    drawn = iter([hers.session_key, "k" * 32])
    monkeypatch.setattr(SessionStore, "_get_new_session_key", lambda self: next(drawn))
    other = SessionStore()
    other["answer"] = "someone else's"
    other.create()
    assert other.session_key == "k" * 32
    assert SessionStore(hers.session_key).load() == {"answer": "hers"}
