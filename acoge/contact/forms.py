"""Forms of the contact point. Each question is a set of fields (`*Fields`); the public pages ask
one set per page, and the staff form opening a request on her behalf asks them all at once, so
both have the same fields and the same checks. The rules themselves live in services.py.

No form here asks about immigration status, an ID number, a passport, a RUT or an address.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import (
    YES_NO,
    ChosenCharField,
    ChosenChoiceField,
    DatePartsField,
    QuestionForm,
    normalise_phone,
)
from acoge.core.models import Institution, Region

from . import services
from .errors import ContactError
from .models import (
    PHONE_METHODS,
    WRITTEN_METHODS,
    Attempt,
    Intake,
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


# Staff ----------------------------------------------------------------------------------------

STAFF_INTAKES = [choice for choice in Intake.choices if choice[0] != Intake.WEB]


class StaffRequestForm(
    TopicFields, RegionFields, MessageFields, HowFields, SafetyFields, LanguageFields
):
    """Open a request for a woman who phoned or came in: the public questions, on one page."""

    use_required_attribute = False
    intake = forms.ChoiceField(
        label=_("How did she contact us?"),
        choices=STAFF_INTAKES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how she contacted us")},
    )

    field_order = ["intake", "topic", "region", "message", "methods", "name"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["region"].label = _("Her region")
        self.fields["region"].help_text = ""
        self.fields["region"].choices = [
            *self.fields["region"].choices[:-1],
            (NO_REGION, _("She prefers not to say")),
        ]
        self.fields["message"].label = _("What she told us")
        self.fields["methods"].label = _("How can we contact her?")

    def arguments(self) -> dict:
        values: dict = {}
        for fields in (
            TopicFields,
            RegionFields,
            MessageFields,
            HowFields,
            SafetyFields,
            LanguageFields,
        ):
            values.update(fields.values(self))
        return {**request_arguments(values), "intake": self.cleaned_data["intake"]}


class AssignForm(forms.Form):
    assignee = forms.ChoiceField(
        label=_("Assign to"), widget=forms.Select(attrs={"class": "ac-select"})
    )

    def __init__(self, *args, staff=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.staff = {str(user.pk): user for user in staff}
        self.fields["assignee"].choices = [
            ("", _("Choose a colleague")),
            *((pk, str(user)) for pk, user in self.staff.items()),
        ]

    def assignee_user(self):
        return self.staff[self.cleaned_data["assignee"]]


class AttemptForm(forms.Form):
    use_required_attribute = False
    channel = forms.ChoiceField(
        label=_("How did you try to contact her?"),
        choices=Attempt.Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how you tried to contact her")},
    )
    result = forms.ChoiceField(
        label=_("What happened?"),
        choices=Attempt.Result.choices,
        widget=forms.RadioSelect,
        help_text=_("“Not safe to talk” pauses further attempts until her next safe time."),
        error_messages={"required": _("Select what happened")},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReferralForm(forms.Form):
    use_required_attribute = False
    institution = forms.ModelChoiceField(
        label=_("Institution"),
        queryset=Institution.objects.all(),
        empty_label=_("Choose an institution"),
        widget=forms.Select(attrs={"class": "ac-select"}),
        error_messages={"required": _("Choose the institution")},
    )
    unit = forms.CharField(
        label=_("Unit or office"),
        help_text=_("For example: the SernamEG Women's Centre of Valparaíso."),
        required=False,
        max_length=120,
    )
    referred_on = DatePartsField(
        label=_("Date of the referral"),
        help_text=_("For example, 27 3 2026."),
        error_messages={"required": _("Enter the date of the referral")},
    )
    agreed = forms.CharField(
        label=_("What was agreed"),
        required=False,
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_referred_on(self):
        day = self.cleaned_data["referred_on"]
        if day and day > timezone.localdate():
            raise forms.ValidationError(_("The date of the referral cannot be in the future"))
        return day


class NoteForm(forms.Form):
    use_required_attribute = False
    text = forms.CharField(
        label=_("Add an internal note"),
        help_text=_("Only staff who handle this request can read it. She never sees it."),
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the note")},
    )


class CloseForm(forms.Form):
    use_required_attribute = False
    outcome = forms.ChoiceField(
        label=_("What was the outcome?"),
        choices=services.STAFF_OUTCOMES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select the outcome")},
    )


class InboxFilterForm(forms.Form):
    """Filters of the inbox, by GET; invalid values are dropped, never an error."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, regions=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics")), *Topic.choices]
        self.fields["region"].choices = [
            ("", _("All regions")),
            *((region.cut_code, region.name) for region in regions),
        ]
        for field in self.fields.values():
            field.widget.attrs["class"] = "ac-select"
        if len(regions) < 2:
            del self.fields["region"]

    def filter(self, requests):
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("topic"):
            requests = requests.filter(topic=data["topic"])
        if data.get("region"):
            requests = requests.filter(region__cut_code=data["region"])
        return requests
