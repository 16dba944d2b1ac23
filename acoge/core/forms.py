"""Reusable form pieces: the honeypot and question pages of public forms, phone numbers, a date
typed as day, month and year."""

import datetime

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .tokens import clean_reference

HONEYPOT_FIELD = "website"


class HoneypotMixin:
    """Adds a field people never see or fill; a filled one marks the submission as automated."""

    honeypot_error = _("Your form could not be sent. Please try again.")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned = super().clean()
        if self.data.get(self.add_prefix(HONEYPOT_FIELD)):
            raise ValidationError(self.honeypot_error, code="honeypot")
        return cleaned

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


class PublicForm(HoneypotMixin, forms.Form):
    """Base for every public form: honeypot included; errors shown in the summary and inline."""


class QuestionForm(PublicForm):
    """A public form of the GOV.UK kind: the server checks it, no `required` attributes."""

    use_required_attribute = False


class RequiredIfChosen:
    """A field asked after a choice on the same page: labelled without "(optional)"; the form's
    clean() decides whether it needs an answer."""

    def __init__(self, **kwargs) -> None:
        super().__init__(required=True, **kwargs)

    def validate(self, value) -> None:
        if value not in self.empty_values:
            super().validate(value)


class ChosenCharField(RequiredIfChosen, forms.CharField):
    pass


class ChosenChoiceField(RequiredIfChosen, forms.ChoiceField):
    pass


YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def normalise_phone(value: str) -> str:
    """A phone number in E.164 (Chile by default), or ValidationError."""
    try:
        number = phonenumbers.parse(value, "CL")
    except phonenumbers.NumberParseException as exc:
        raise forms.ValidationError(
            _("Enter a phone number, like 9 1234 5678 or +509 3712 3456"), code="phone"
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise forms.ValidationError(
            _("Enter a phone number, like 9 1234 5678 or +509 3712 3456"), code="phone"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class FindForm(QuestionForm):
    """Find what she sent before: her reference code plus the e-mail or phone she gave."""

    reference = forms.CharField(
        label=_("Reference code"),
        help_text=_("6 letters and numbers, for example K7P4QX."),
        max_length=12,
        error_messages={"required": _("Enter your reference code")},
        widget=forms.TextInput(
            attrs={"autocapitalize": "characters", "spellcheck": "false", "autocomplete": "off"}
        ),
    )
    contact = forms.CharField(
        label=_("The email address or phone number you gave"),
        max_length=254,
        error_messages={"required": _("Enter the email address or phone number you gave")},
        widget=forms.TextInput(attrs={"spellcheck": "false"}),
    )

    def clean_reference(self) -> str:
        return clean_reference(self.cleaned_data["reference"])

    def clean_contact(self) -> str:
        """An e-mail as typed (the index ignores case and spaces); a phone in E.164."""
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            return contact
        try:
            return normalise_phone(contact)
        except forms.ValidationError:
            return contact  # not found later, with the same message as any other miss


class OneTimeCodeForm(QuestionForm):
    """The code sent to her e-mail or phone (acoge/core/one_time_codes.py)."""

    code = forms.CharField(
        label=_("Enter the code we sent you"),
        help_text=_("6 numbers."),
        max_length=12,
        error_messages={"required": _("Enter the code we sent you")},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "spellcheck": "false"}
        ),
    )


class ResendForm(QuestionForm):
    """Ask for a new code: nothing to type."""


class DateParts(forms.MultiWidget):
    template_name = "core/widgets/date_parts.html"

    def __init__(self, attrs=None) -> None:
        attrs = {"inputmode": "numeric", **(attrs or {})}
        widgets = {
            "day": forms.TextInput(attrs={**attrs, "class": "ac-input ac-input--w2"}),
            "month": forms.TextInput(attrs={**attrs, "class": "ac-input ac-input--w2"}),
            "year": forms.TextInput(attrs={**attrs, "class": "ac-input ac-input--w4"}),
        }
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DatePartsField(forms.MultiValueField):
    """A date typed as day, month and year in three boxes (GOV.UK date input)."""

    widget = DateParts
    default_error_messages = {
        "invalid": _("Enter a real date, for example 27 3 2026."),
        "incomplete": _("Enter the day, month and year."),
    }

    def __init__(self, **kwargs) -> None:
        invalid = self.default_error_messages["invalid"]
        messages = {"invalid": invalid, "min_value": invalid, "max_value": invalid}
        fields = (
            forms.IntegerField(min_value=1, max_value=31, error_messages=messages),
            forms.IntegerField(min_value=1, max_value=12, error_messages=messages),
            forms.IntegerField(min_value=1900, max_value=2200, error_messages=messages),
        )
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or all(part in (None, "") for part in data_list):
            return None
        if any(part in (None, "") for part in data_list):
            raise ValidationError(self.error_messages["incomplete"], code="incomplete")
        day, month, year = data_list
        try:
            return datetime.date(year, month, day)
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
