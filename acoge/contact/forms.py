"""Forms of the contact point. Each question is a set of fields (`*Fields`); the public pages ask
one set per page, and the staff form opening a request on her behalf asks them all at once, so
both have the same fields and the same checks (the staff forms are in forms_backoffice.py). The
rules themselves live in the services and safety.py.

No form here asks about immigration status, an ID number, a passport, a RUT or an address.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import (
    YES_NO,
    ChosenCharField,
    ChosenChoiceField,
    QuestionForm,
    normalise_phone,
)
from acoge.core.models import Region

from . import services
from .errors import ContactError
from .models import (
    PHONE_METHODS,
    WRITTEN_METHODS,
    Language,
    Method,
    TimeSlot,
    Topic,
    Weekday,
)
from .safety import check_preferences

NO_REGION = "ninguna"
SHORT = services.SHORT_TEXT_LIMIT


class TopicFields(forms.Form):
    topic = forms.ChoiceField(
        label=_("What would you like to talk about?"),
        help_text=_("Choose the closest one. You can tell us more when we talk."),
        choices=Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select what you would like to talk about")},
    )

    def values(self) -> dict:
        return {"topic": self.cleaned_data["topic"]}


class RegionFields(forms.Form):
    region = forms.ChoiceField(
        label=_("Which region do you live in?"),
        help_text=_(
            "So that the gender delegate of your region contacts you. "
            "If you prefer not to say, the national team will."
        ),
        error_messages={"required": _("Select your region, or that you prefer not to say")},
        widget=forms.Select(attrs={"class": "ac-select"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.regions = {region.cut_code: region for region in Region.objects.all()}
        self.fields["region"].choices = [
            ("", _("Choose a region")),
            *((code, region.name) for code, region in self.regions.items()),
            (NO_REGION, _("I prefer not to say")),
        ]

    def values(self) -> dict:
        return {"region": self.regions.get(self.cleaned_data["region"])}


class MessageFields(forms.Form):
    message = forms.CharField(
        label=_("Do you want to tell us anything now?"),
        help_text=_(
            "You do not need to give details: we will ask when we talk. At most 1000 characters."
        ),
        required=False,
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": _("Write at most 1000 characters")},
    )

    def values(self) -> dict:
        return {"message": self.cleaned_data.get("message", "").strip()}


class HowFields(forms.Form):
    methods = forms.MultipleChoiceField(
        label=_("How can we contact you?"),
        help_text=_("Select all the ways that work for you."),
        choices=Method.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select at least one way for us to contact you")},
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
    email = ChosenCharField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    confirmation_email = forms.BooleanField(
        label=_("Send me a confirmation email"),
        help_text=_(
            "It comes from “Acoge” with the subject “Your reference code”, and does not say "
            "what your request is about."
        ),
        required=False,
    )
    name = forms.CharField(
        label=_("What name should we ask for?"),
        help_text=_("Your first name or a nickname. We use it only when we contact you."),
        required=False,
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "spellcheck": "false"}),
    )

    def clean(self):
        cleaned = super().clean()
        methods = set(cleaned.get("methods") or [])
        if PHONE_METHODS & methods:
            phone = (cleaned.get("phone") or "").strip()
            if not phone:
                self.add_error("phone", _("Enter your phone number"))
            else:
                try:
                    cleaned["phone"] = normalise_phone(phone)
                except forms.ValidationError as error:
                    self.add_error("phone", error)
        else:
            cleaned["phone"] = ""
        if Method.EMAIL in methods:
            email = (cleaned.get("email") or "").strip()
            if not email:
                self.add_error("email", _("Enter your email address"))
            else:
                try:
                    cleaned["email"] = forms.EmailField().clean(email)
                except forms.ValidationError:
                    self.add_error(
                        "email",
                        _("Enter an email address in the right form, like name@example.com"),
                    )
        else:
            cleaned["email"] = ""
            cleaned["confirmation_email"] = False
        return cleaned

    def values(self) -> dict:
        data = self.cleaned_data
        return {
            "methods": [method for method in Method.values if method in data["methods"]],
            "phone": data["phone"],
            "email": data["email"],
            "confirmation_email": bool(data.get("confirmation_email")),
            "name": " ".join((data.get("name") or "").split()),
        }


class SafetyFields(forms.Form):
    """Whether calls, voice messages and writing are safe (asked only for the ways she chose),
    her safe days and times, and what to say or never say if someone else answers."""

    call = ChosenChoiceField(
        label=_("Is it safe for us to call you?"),
        choices=[("yes", _("Yes")), ("no", _("No, do not call me"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if it is safe for us to call you")},
    )
    voicemail = ChosenChoiceField(
        label=_("If you do not answer, may we leave a voice message?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if we may leave a voice message")},
    )
    write = ChosenChoiceField(
        label=_("Is it safe for us to write to you?"),
        help_text=_("Say no if someone else may read your messages."),
        choices=[("yes", _("Yes")), ("no", _("No, do not write to me"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if it is safe for us to write to you")},
    )
    days = forms.TypedMultipleChoiceField(
        label=_("On which days is it safe to contact you?"),
        help_text=_("If you select none, we contact you from Monday to Friday."),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    times = forms.MultipleChoiceField(
        label=_("At what times is it safe?"),
        help_text=_("If you select none, we contact you between 9:00 and 18:00."),
        choices=TimeSlot.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    say = forms.CharField(
        label=_("If someone else answers, what should we say?"),
        help_text=_("For example: “I am calling from the health centre about an appointment.”"),
        required=False,
        max_length=SHORT,
        error_messages={"max_length": _("Write at most 200 characters")},
    )
    avoid = forms.CharField(
        label=_("Is there anything we should never say or mention?"),
        help_text=_("For example: the name of the service, or the topic of your message."),
        required=False,
        max_length=SHORT,
        error_messages={"max_length": _("Write at most 200 characters")},
    )

    def __init__(self, *args, methods: list[str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.methods = methods
        if methods is not None:
            if Method.CALL not in methods:
                del self.fields["call"]
                del self.fields["voicemail"]
            if not WRITTEN_METHODS & set(methods):
                del self.fields["write"]

    def safety_values(self) -> dict:
        data = self.cleaned_data
        return {
            "call": data.get("call") or "no",
            "voicemail": data.get("voicemail") or "no",
            "write": data.get("write") or "no",
            "days": sorted(data.get("days") or []),
            "times": [slot for slot in TimeSlot.values if slot in (data.get("times") or [])],
            "say": (data.get("say") or "").strip(),
            "avoid": (data.get("avoid") or "").strip(),
        }

    def check_reachable(self, methods: list[str]) -> None:
        try:
            check_preferences({"methods": methods, **self.safety_values()})
        except ContactError as error:
            field = "call" if Method.CALL in methods else "write"
            self.add_error(field if field in self.fields else None, error.message)

    def clean(self):
        cleaned = super().clean()
        methods = self.methods if self.methods is not None else cleaned.get("methods") or []
        needed = []
        if Method.CALL in methods:
            needed += ["call", "voicemail"]
        if WRITTEN_METHODS & set(methods):
            needed.append("write")
        for name in needed:
            if name in self.fields and not cleaned.get(name) and name not in self.errors:
                self.add_error(name, self.fields[name].error_messages["required"])
        if methods and not self.errors:
            self.check_reachable(methods)
        return cleaned

    def values(self) -> dict:
        return {"safety": self.safety_values()}


class LanguageFields(forms.Form):
    language = forms.ChoiceField(
        label=_("In which language would you like us to talk to you?"),
        choices=[
            (Language.SPANISH, "Español"),
            (Language.CREOLE, "Kreyòl ayisyen"),
            (Language.ENGLISH, "English"),
            (Language.OTHER, _("Another language")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select a language")},
    )
    language_other = ChosenCharField(label=_("Which language?"), max_length=40)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("language") == Language.OTHER:
            if not (cleaned.get("language_other") or "").strip():
                self.add_error("language_other", _("Write the language"))
        else:
            cleaned["language_other"] = ""
        return cleaned

    def values(self) -> dict:
        return {
            "language": self.cleaned_data["language"],
            "language_other": (self.cleaned_data.get("language_other") or "").strip(),
        }


# The public question pages: one set of fields each, with the honeypot.


class TopicForm(QuestionForm, TopicFields):
    pass


class RegionForm(QuestionForm, RegionFields):
    pass


class MessageForm(QuestionForm, MessageFields):
    pass


class HowForm(QuestionForm, HowFields):
    pass


class SafetyForm(QuestionForm, SafetyFields):
    pass


class LanguageForm(QuestionForm, LanguageFields):
    pass


class SendForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the final POST."""


def request_arguments(values: dict) -> dict:
    """The answers of every question set, as `services.request_create` takes them."""
    return {
        "topic": values["topic"],
        "region": values["region"],
        "message": values["message"],
        "name": values["name"],
        "email": values["email"],
        "phone": values["phone"],
        "confirmation_email": values["confirmation_email"],
        "preferences": {"methods": values["methods"], **values["safety"]},
        "language": values["language"],
        "language_other": values["language_other"],
    }


# After sending -------------------------------------------------------------------------------


class WithdrawForm(QuestionForm):
    """Confirm the withdrawal: nothing to type."""
