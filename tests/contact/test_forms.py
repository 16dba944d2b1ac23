"""No form of the contact point asks about immigration status, an ID or papers, or an address —
in any language. (Help texts may say that we never ask; names and labels must not ask.)"""

import inspect
import re

import pytest
from django import forms
from django.utils import translation

from acoge.contact import forms as contact_forms
from acoge.contact import forms_backoffice as staff_forms
from acoge.contact.views.public import JOURNEY
from acoge.core.forms import FindForm
from acoge.core.models import Region

FORBIDDEN = re.compile(
    "|".join(
        [
            r"\brut\b",
            r"pasaporte|passport|pasp[oò]",
            r"c[ée]dula|\bcarnet",
            r"\bdocument|\bdokiman",
            r"\bid\b|identity (?:card|number|document)|identifica(?:tion|ci[óo]n)|idantifikasyon",
            r"n[úu]mero de identidad|kat idantite",
            r"\bvisas?\b|\bviza\b",
            r"\bstatus\b|\bestatus\b|\bestati\b|migratori|immigration|imigrasyon",
            r"(?<!email )(?<!e-mail )\baddress",
            r"\bdirecci[óo]n\b(?! de correo| electr[óo]nica)",
            r"\badr[eè]s\b(?! im[eè]l)",
            r"domicilio|street|\bcalle\b",
        ]
    ),
    re.IGNORECASE,
)


def every_form_class() -> list[type[forms.BaseForm]]:
    defined_here = [
        cls
        for module in (contact_forms, staff_forms)
        for _name, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__
    ]
    used_here = [*JOURNEY.forms.values(), FindForm]  # defined in core, asked on our pages
    return [*defined_here, *(cls for cls in used_here if cls not in defined_here)]


def build(form_class):
    if form_class is staff_forms.InboxFilterForm:
        return form_class(regions=list(Region.objects.all()))
    return form_class()


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Número de pasaporte", True),
        ("RUT o cédula", True),
        ("Your immigration status", True),
        ("Estatus migratorio", True),
        ("ID number", True),
        ("Home address", True),
        ("Dirección", True),
        ("Adrès lakay ou", True),
        ("visa", True),
        ("Email address", False),
        ("Adrès imèl", False),
        ("Dirección de correo", False),
        ("gender identity", False),
        ("Which region do you live in?", False),
    ],
)
def test_the_check_itself_tells_asking_for_papers_from_asking_for_an_email(text, forbidden):
    assert bool(FORBIDDEN.search(text)) is forbidden


def test_every_public_question_page_is_checked():
    classes = every_form_class()
    assert set(JOURNEY.forms.values()) <= set(classes)
    assert staff_forms.StaffRequestForm in classes and FindForm in classes


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "en", "ht"])
@pytest.mark.parametrize("form_class", every_form_class(), ids=lambda cls: cls.__name__)
def test_no_field_name_or_label_asks_about_status_papers_or_an_address(form_class, language):
    with translation.override(language):
        form = build(form_class)
        assert form.fields, form_class
        for name, field in form.fields.items():
            label = str(field.label or "")
            assert not FORBIDDEN.search(name.replace("_", " ")), name
            assert not FORBIDDEN.search(label), f"{form_class.__name__}.{name}: {label}"
