"""The registration service refuses, whoever calls it (the web form, the API, staff at the
door), what does not make a registration: it names the answer at fault and saves nothing."""

import pytest

from acoge.core.scoping import scopes_disabled
from acoge.stats.demographics import AgeBand
from acoge.workshops.models import Registration, StatsAnswer, Workshop
from acoge.workshops.services import InvalidRegistration, registration_create
from tests.factories import WorkshopFactory, registration

pytestmark = pytest.mark.django_db

ANSWERS = {"age_band": AgeBand.FROM_30}


@pytest.fixture
def workshop() -> Workshop:
    return WorkshopFactory(capacity=10)


def refused(workshop: Workshop, **fields) -> InvalidRegistration:
    """The refusal of this registration, after checking that nothing was kept of it."""
    with pytest.raises(InvalidRegistration) as refusal:
        registration(workshop, stats=ANSWERS, **fields)
    with scopes_disabled():
        assert not Registration.objects.exists()
        assert not StatsAnswer.objects.exists()
        workshop.refresh_from_db()
    assert workshop.seats_taken == 0
    assert str(refusal.value.message)
    return refusal.value


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_text_or_whatsapp_messages_without_a_phone_are_refused_on_the_channel(workshop, channel):
    error = refused(workshop, phone="", email="ana@example.invalid", channel=channel)
    assert error.field == "channel"


def test_email_messages_without_an_email_address_are_refused_on_the_channel(workshop):
    assert refused(workshop, channel="email").field == "channel"


def test_a_channel_that_does_not_exist_is_refused(workshop):
    assert refused(workshop, channel="fax").field == "channel"


def test_a_registration_with_no_way_to_reach_her_is_refused_on_the_contact(workshop):
    assert refused(workshop, phone="", email="").field == "contact"


def test_a_walk_in_with_no_contact_cannot_be_sent_messages(workshop):
    error = refused(workshop, phone="", email="", walk_in=True, messages_safe=True)
    assert error.field == "contact"


@pytest.mark.parametrize("ages", [[-1], [18], [3, 40], [1.5], ["4"], [True]])
def test_childrens_ages_that_are_not_ages_from_0_to_17_are_refused(workshop, ages):
    assert refused(workshop, children_ages=ages).field == "children_ages"


def test_more_than_ten_children_are_refused(workshop):
    assert refused(workshop, children_ages=[5] * 11).field == "children_ages"


def test_ten_children_aged_0_to_17_are_taken(workshop):
    ages = [0, 17, 1, 2, 3, 4, 5, 6, 7, 8]
    result = registration_create(
        workshop=workshop,
        name="Ana",
        phone="+56961234567",
        channel="sms",
        messages_safe=False,
        children_ages=ages,
        stats=ANSWERS,
    )
    assert result.created and result.registration.children_ages == ages
    with scopes_disabled():
        assert StatsAnswer.objects.filter(workshop=workshop, age_band=AgeBand.FROM_30).exists()
