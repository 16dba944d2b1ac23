"""The personal-data registry: one phone number finds, shows and erases her records in every
module that registered, and afterwards no module finds it."""

from pathlib import Path

import pytest

from acoge.core import personal_data
from acoge.core.personal_data import Contact
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Registration
from tests.factories import WorkshopFactory, contact_request, registration

pytestmark = pytest.mark.django_db

ROSA = "+56961110008"


def test_workshops_and_the_contact_point_register_their_personal_data():
    keys = {source.key for source in personal_data.sources()}
    assert {"workshops.registrations", "contact.requests"} <= keys
    for source in personal_data.sources():
        assert source.kept and source.retention, f"{source.key} says what stays and when it goes"


def test_the_privacy_documentation_names_every_registered_source():
    text = (Path(__file__).resolve().parents[2] / "docs/privacy.md").read_text()
    for source in personal_data.sources():
        assert f"`{source.key}`" in text


def test_one_phone_number_finds_and_shows_her_records_in_every_module():
    workshop = WorkshopFactory(capacity=5)
    registration(workshop, name="Rosa", phone=ROSA, channel="sms")
    registration(workshop, n=2)  # someone else
    contact_request("08", phone=ROSA, message="Necesito orientación")
    found = personal_data.export_all(Contact(phone=ROSA))
    assert set(found) == {"workshops.registrations", "contact.requests"}
    [mine] = found["workshops.registrations"]
    assert mine["name"] == "Rosa" and mine["phone"] == ROSA
    assert found["contact.requests"][0]["message"] == "Necesito orientación"


def test_erasing_removes_her_from_every_module_and_frees_her_place():
    workshop = WorkshopFactory(capacity=1)
    mine = registration(workshop, name="Rosa", phone=ROSA).registration
    waiting = registration(workshop, n=2).registration
    contact_request("05", phone=ROSA)
    counts = personal_data.erase_all(Contact(phone=ROSA))
    assert counts == {"workshops.registrations": 1, "contact.requests": 1}
    assert personal_data.find_all(Contact(phone=ROSA)) == {}
    with scopes_disabled():
        erased = Registration.objects.get(pk=mine.pk)
        promoted = Registration.objects.get(pk=waiting.pk)
    assert erased.name == "" and erased.phone == "" and erased.status == "cancelled"
    assert promoted.status == "confirmed", "her place went to the first person waiting"


def test_a_contact_is_an_email_or_a_phone():
    with pytest.raises(ValueError):
        Contact()
