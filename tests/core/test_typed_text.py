"""Control characters typed or pasted into any form are refused with a clear, translated error
and never echoed raw; bidi override characters are removed, so a name cannot reorder a page."""

import pytest
from django import forms

from acoge.accounts.forms import StaffUserForm
from acoge.core.text import as_typed
from acoge.workshops.models import Registration
from tests.workshops.test_public import MARIE, make_workshop, step_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ["Ana\x00", "Ana\x1b[31m", "Ana\x7f", "Ana\x85"])
def test_a_question_page_refuses_control_characters_and_echoes_none(client, typed):
    workshop = make_workshop()
    response = client.post("/en" + step_url(workshop, "nombre")[3:], {"name": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert "invisible control characters" in html
    assert 'value="Ana\ufffd' in html, "what she typed comes back, the character marked"
    assert typed[3:] not in html


def test_every_text_field_of_every_form_refuses_them_staff_forms_included():
    with pytest.raises(forms.ValidationError):
        forms.CharField().clean("x\x1by")
    form = StaffUserForm(data={"first_name": "Ana\x00", "last_name": "P", "email": "a@b.cl"})
    assert not form.is_valid() and "first_name" in form.errors
    assert forms.CharField(widget=forms.Textarea).clean("line one\r\n\tline two")


def test_bidi_override_characters_are_removed_from_what_is_kept(client):
    workshop = make_workshop(capacity=3)
    answers = {**MARIE, "nombre": {"name": "Marie\u202e\u2066 exe.fdp"}}
    for step, data in answers.items():
        assert client.post(step_url(workshop, step), data).status_code == 302, step
    client.post(step_url(workshop, "revisar"), {})
    assert Registration.objects.with_scopes_disabled().get().name == "Marie exe.fdp"


def test_right_to_left_letters_are_kept():
    assert as_typed("مريم") == "مريم"


def test_a_name_stored_with_an_override_before_they_were_removed_reads_plainly_to_staff(
    staff_client, region_antofagasta
):
    from acoge.accounts.models import Role
    from tests.workshops.test_backoffice import a_workshop, register, url

    workshop = a_workshop()
    registration = register(workshop, 1, name="Carolina")
    # As a row kept before the controls were removed on the way in: written past the forms.
    Registration.objects.with_scopes_disabled().filter(pk=registration.pk).update(
        name="Carolina\u202e gnp.exe"
    )
    delegate = staff_client(Role.GENDER_DELEGATE, regions=[region_antofagasta])
    html = delegate.get(url("registration", workshop, registration_pk=registration.pk)).text
    assert "Carolina gnp.exe" in html
    assert "\u202e" not in html
