"""Public forms of a data-subject request: which rights, the contact she gave us, the code.
Nothing else about her is asked: no name, no ID number, no address. The rules themselves live
in the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import ChosenCharField, QuestionForm, normalise_phone

from . import services
from .models import STAFF_RIGHTS, ContactKind, Right


class RightsForm(QuestionForm):
    rights = forms.MultipleChoiceField(
        label=_("What do you want to do with your data?"),
        help_text=_("Choose one or more."),
        choices=Right.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose what you want to do with your data")},
    )
    message = ChosenCharField(
        label=_("What should we correct, or which use of your data should stop or pause?"),
        help_text=_(
            "Write only what we need to find it. Someone who sees your screen could read it. "
            "At most 1000 characters."
        ),
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("Write at most 1000 characters")},
    )

    def clean(self):
        cleaned = super().clean()
        needs_message = STAFF_RIGHTS & set(cleaned.get("rights") or [])
        message = (cleaned.get("message") or "").strip()
        if needs_message and not message:
            self.add_error(
                "message", _("Tell us what to correct, or which use of your data to stop")
            )
        cleaned["message"] = message if needs_message else ""
        return cleaned

    def values(self) -> dict:
        return {"rights": self.cleaned_data["rights"], "message": self.cleaned_data["message"]}


class ContactForm(QuestionForm):
    how = forms.ChoiceField(
        label=_("Where should we send your code?"),
        help_text=_(
            "Give the email address or phone number you used with us, for example to register "
            "for a workshop or to ask us to contact you. We send a code to it, to check that "
            "it is yours."
        ),
        choices=[
            (ContactKind.EMAIL, _("To my email")),
            (ContactKind.PHONE, _("To my phone, by text message")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose where we should send your code")},
    )
    email = ChosenCharField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = ChosenCharField(
        label=_("Phone number"),
        help_text=_(
            "A Chilean mobile like 9 1234 5678, or a number from another country "
            "with its code, like +509."
        ),
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def clean(self):
        cleaned = super().clean()
        how = cleaned.get("how")
        if how == ContactKind.EMAIL:
            email = (cleaned.get("email") or "").strip()
            cleaned["phone"] = ""
            if not email:
                self.add_error("email", _("Enter your email address"))
                return cleaned
            try:
                cleaned["email"] = forms.EmailField().clean(email)
            except forms.ValidationError:
                self.add_error(
                    "email", _("Enter an email address in the right form, like name@example.com")
                )
        elif how == ContactKind.PHONE:
            phone = (cleaned.get("phone") or "").strip()
            cleaned["email"] = ""
            if not phone:
                self.add_error("phone", _("Enter your phone number"))
                return cleaned
            try:
                cleaned["phone"] = normalise_phone(phone)
            except forms.ValidationError as error:
                self.add_error("phone", error)
        return cleaned

    def values(self) -> dict:
        kind = self.cleaned_data["how"]
        contact = self.cleaned_data["email" if kind == ContactKind.EMAIL else "phone"]
        return {"contact_kind": kind, "contact": contact}


class SendForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the POST."""
