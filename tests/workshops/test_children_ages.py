"""Children's ages are read strictly: what cannot be read is refused with an error on the field,
never guessed, and nothing typed makes a server error."""

import pytest
from django import forms

from acoge.workshops.forms import parse_children_ages
from acoge.workshops.forms_backoffice import WalkInForm
from tests.workshops.test_public import make_workshop, step_url


@pytest.mark.parametrize(
    ("typed", "ages"),
    [
        ("3, 6", [3, 6]),
        ("3 6", [3, 6]),
        ("3 y 6", [3, 6]),
        ("2 ak 4", [2, 4]),
        ("0", [0]),
        ("", []),
    ],
)
def test_ages_written_plainly_are_read(typed, ages):
    assert parse_children_ages(typed) == ages


@pytest.mark.parametrize(
    "typed",
    [
        "3 años y 6 meses",
        "1.5",
        "1,5 años",
        "-1",
        "²",
        "3²",
        "٣",
        "tres",
        "6 months",
        "18",
        "3, 99",
    ],
)
def test_what_cannot_be_read_for_sure_is_refused_not_guessed(typed):
    with pytest.raises(forms.ValidationError):
        parse_children_ages(typed)


def test_more_than_ten_children_is_refused():
    with pytest.raises(forms.ValidationError):
        parse_children_ages(", ".join(["2"] * 11))


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["3 años y 6 meses", "1.5", "-1", "²"])
def test_the_question_page_names_the_field_and_keeps_what_she_typed(client, typed):
    workshop = make_workshop()
    client.post(step_url(workshop, "nombre"), {"name": "Marie"})
    client.post(step_url(workshop, "contacto"), {"how": "phone", "phone": "961234567"})
    client.post(step_url(workshop, "mensajes"), {"messages_safe": "no"})
    response = client.post(
        "/en" + step_url(workshop, "necesidades")[3:],
        {"needs": ["childcare"], "children_ages": typed},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#id_children_ages"' in html, "the error summary links to the field"
    assert "whole number from 0 to 17" in html
    assert f'value="{typed}"' in html


def test_the_door_form_reads_ages_the_same_way():
    form = WalkInForm({"name": "Rosa", "language": "es", "children_ages": "3 años y 6 meses"})
    assert not form.is_valid() and "children_ages" in form.errors
