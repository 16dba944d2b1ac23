"""Public forms for the workshops: the registration questions, managing a registration and the
anonymous feedback (the list's filters are in filters.py). They check the shape of what she
typed; the rules (seats, duplicates, windows, what makes a registration) live in the services.

No form here asks about immigration status, an ID number, a passport or a RUT.
"""

import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from acoge.core.forms import (
    YES_NO,
    ChosenCharField,
    ChosenChoiceField,
    QuestionForm,
    RequiredIfChosen,
    normalise_phone,
)

from .models import (
    INTERPRETER_LANGUAGES,
    OTHER_LANGUAGE,
    Registration,
    Topic,
)
from .services import MAX_CHILDREN

TEXT_LIMIT = 500


# Registration, one question page at a time ------------------------------------------------


class NameForm(QuestionForm):
    name = forms.CharField(
        label=_("What name should we use for you?"),
        help_text=_(
            "It can be your first name or a nickname. We only use it to find you on the list."
        ),
        max_length=80,
        error_messages={"required": _("Enter a name or a nickname")},
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "spellcheck": "false"}),
    )

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())


class ContactForm(QuestionForm):
    EMAIL = "email"
    PHONE = "phone"

    how = forms.ChoiceField(
        label=_("How can we contact you?"),
        help_text=_(
            "Give one way only. We use it to confirm your place or tell you about changes."
        ),
        choices=[(EMAIL, _("Email")), (PHONE, _("Phone or WhatsApp"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how we can contact you")},
    )
    email = ChosenCharField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = ChosenCharField(
        label=_("Phone or WhatsApp number"),
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
        if how == self.EMAIL:
            email = (cleaned.get("email") or "").strip()
            cleaned["phone"] = ""
            if not email:
                self.add_error("email", _("Enter your email address"))
            else:
                try:
                    forms.EmailField().clean(email)
                except forms.ValidationError:
                    self.add_error(
                        "email",
                        _("Enter an email address in the right form, like name@example.com"),
                    )
                else:
                    cleaned["email"] = email
        elif how == self.PHONE:
            phone = (cleaned.get("phone") or "").strip()
            cleaned["email"] = ""
            if not phone:
                self.add_error("phone", _("Enter your phone or WhatsApp number"))
            else:
                try:
                    cleaned["phone"] = normalise_phone(phone)
                except forms.ValidationError as error:
                    self.add_error("phone", error)
        return cleaned


def channels_for(how: str) -> list[tuple[str, str]]:
    """Only the channels that match the contact she gave."""
    if how == ContactForm.EMAIL:
        return [(Registration.Channel.EMAIL, Registration.Channel.EMAIL.label)]
    return [
        (Registration.Channel.WHATSAPP, Registration.Channel.WHATSAPP.label),
        (Registration.Channel.SMS, Registration.Channel.SMS.label),
    ]


class MessagesForm(QuestionForm):
    messages_safe = forms.ChoiceField(
        label=_("Is it safe for us to send you messages?"),
        help_text=_(
            "Say no if someone else reads your messages or could be upset by them. "
            "Then we send nothing: keep your reference code instead."
        ),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if it is safe to send you messages")},
    )
    channel = ChosenChoiceField(
        label=_("How should we send them?"),
        widget=forms.RadioSelect,
    )
    discreet = forms.BooleanField(
        label=_("Send discreet messages"),
        help_text=_(
            "A neutral sender and no topic: the message does not say what the workshop is about."
        ),
        required=False,
        initial=True,
    )

    def __init__(self, *args, how: str = ContactForm.PHONE, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.channel_choices = channels_for(how)
        self.fields["channel"].choices = self.channel_choices
        if len(self.channel_choices) == 1:
            del self.fields["channel"]

    def clean(self):
        cleaned = super().clean()
        safe = cleaned.get("messages_safe") == "yes"
        if "channel" not in self.fields or not safe:
            cleaned["channel"] = self.channel_choices[0][0]
        elif not cleaned.get("channel"):
            self.add_error("channel", _("Select how we should send you messages"))
        return cleaned

    def service_values(self) -> dict:
        return {
            "messages_safe": self.cleaned_data["messages_safe"] == "yes",
            "channel": self.cleaned_data["channel"],
            "discreet": self.cleaned_data["discreet"],
        }


# Between two ages she may write a comma, a semicolon, a space or the word "and"; nothing else
# is read, so nothing is guessed ("3 años y 6 meses", "1.5" and "-1" are refused, not misread).
AGE = re.compile(r"[0-9]{1,2}")
AGES_HELP = gettext_noop(
    "Write the age of each child as a whole number from 0 to 17, separated by commas, like "
    "3, 6. For a baby under one year, write 0."
)
AND_WORDS = frozenset({"y", "e", "and", "ak", "&"})  # es, en, ht


def parse_children_ages(text: str) -> list[int]:
    """The ages written in `text`, in whole years from 0 to 17, for at most MAX_CHILDREN
    children; a ValidationError (code "ages") for anything else."""
    words = [word for word in re.split(r"[,;\s]+", text.strip().lower()) if word]
    ages_written = [word for word in words if word not in AND_WORDS]
    if not ages_written and words:
        raise forms.ValidationError(_(AGES_HELP), code="ages")
    if any(not AGE.fullmatch(word) for word in ages_written):
        raise forms.ValidationError(_(AGES_HELP), code="ages")
    ages = [int(word) for word in ages_written]
    if any(age > 17 for age in ages):
        raise forms.ValidationError(
            _("Childcare is for children from 0 to 17 years old"), code="ages"
        )
    if len(ages) > MAX_CHILDREN:
        raise forms.ValidationError(
            _("Tell us about %(max)s children at most") % {"max": MAX_CHILDREN}, code="ages"
        )
    return ages


class ChildrenAgesField(RequiredIfChosen, forms.CharField):
    """Ages typed as "3, 6" (or "3 y 6"): whole numbers from 0 to 17, read strictly."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(str(age) for age in value)
        return value

    def to_python(self, value) -> list[int]:
        return parse_children_ages(super().to_python(value))


class NeedsForm(QuestionForm):
    CHILDCARE = "childcare"
    INTERPRETER = "interpreter"
    ACCESSIBILITY = "accessibility"

    needs = forms.MultipleChoiceField(
        label=_("Do you need any of these to take part?"),
        help_text=_("Select all that apply. If you need none, just continue."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    children_ages = ChildrenAgesField(
        label=_("How old is each child who needs care?"),
        help_text=_(
            "Write one age per child in whole years, separated by commas. For example: 3, 6. "
            "For a baby under one year, write 0."
        ),
        max_length=60,
        widget=forms.TextInput(attrs={"spellcheck": "false"}),
    )
    interpreter_language = ChosenChoiceField(label=_("Which language do you need?"))
    interpreter_other = ChosenCharField(
        label=_("If it is another language: which one?"),
        max_length=40,
    )
    accessibility_needs = ChosenCharField(
        label=_("What do you need for access?"),
        help_text=_("For example: step-free access, a place to sit, large print, sign language."),
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, workshop=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = []
        if workshop is None or workshop.offers_childcare:
            choices.append((self.CHILDCARE, _("Childcare during the workshop")))
        if workshop is None or workshop.offers_interpretation:
            choices.append((self.INTERPRETER, _("An interpreter")))
        choices.append((self.ACCESSIBILITY, _("Something for access or mobility")))
        self.fields["needs"].choices = choices
        self.fields["interpreter_language"].choices = [
            ("", _("Choose a language")),
            *INTERPRETER_LANGUAGES,
            (OTHER_LANGUAGE, _("Another language")),
        ]
        if workshop is not None and not workshop.offers_childcare:
            del self.fields["children_ages"]
        if workshop is not None and not workshop.offers_interpretation:
            del self.fields["interpreter_language"]
            del self.fields["interpreter_other"]

    def clean(self):
        cleaned = super().clean()
        needs = cleaned.get("needs") or []
        if self.CHILDCARE in needs:
            if not cleaned.get("children_ages") and "children_ages" not in self.errors:
                self.add_error("children_ages", _("Write the age of each child who needs care"))
        else:
            cleaned["children_ages"] = []
        if self.INTERPRETER in needs:
            language = cleaned.get("interpreter_language")
            if not language:
                self.add_error("interpreter_language", _("Choose the language you need"))
            elif (
                language == OTHER_LANGUAGE and not (cleaned.get("interpreter_other") or "").strip()
            ):
                self.add_error("interpreter_other", _("Write the language you need"))
        else:
            cleaned["interpreter_language"] = ""
            cleaned["interpreter_other"] = ""
        if self.ACCESSIBILITY in needs:
            if not (cleaned.get("accessibility_needs") or "").strip():
                self.add_error("accessibility_needs", _("Tell us what you need for access"))
        else:
            cleaned["accessibility_needs"] = ""
        return cleaned

    def service_values(self) -> dict:
        data = self.cleaned_data
        language = data.get("interpreter_language", "")
        if language == OTHER_LANGUAGE:
            language = " ".join(data["interpreter_other"].split())[:40]
        return {
            "children_ages": data.get("children_ages") or [],
            "interpreter_language": language,
            "accessibility_needs": (data.get("accessibility_needs") or "").strip(),
        }

    @classmethod
    def initial_from(cls, registration: Registration) -> dict:
        """The form's answers for a registration already made."""
        needs = []
        if registration.children_ages:
            needs.append(cls.CHILDCARE)
        language, other = registration.interpreter_language, ""
        if language:
            needs.append(cls.INTERPRETER)
            if language not in dict(INTERPRETER_LANGUAGES):
                language, other = OTHER_LANGUAGE, language
        if registration.accessibility_needs:
            needs.append(cls.ACCESSIBILITY)
        return {
            "needs": needs,
            "children_ages": registration.children_ages,
            "interpreter_language": language,
            "interpreter_other": other,
            "accessibility_needs": registration.accessibility_needs,
        }


class ConsentForm(QuestionForm):
    consent = forms.BooleanField(
        label=_("I agree that Acoge keeps these details to organise the workshop"),
        error_messages={"required": _("Tick the box to agree, or you cannot register")},
    )


class ReviewForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the final POST."""


# After registering ---------------------------------------------------------------------------


class ManageForm(MessagesForm, NeedsForm):
    """Change her needs and message preferences (never her contact or the workshop)."""

    def service_values(self) -> dict:
        return {**MessagesForm.service_values(self), **NeedsForm.service_values(self)}

    @classmethod
    def initial_from(cls, registration: Registration) -> dict:
        return {
            **NeedsForm.initial_from(registration),
            "messages_safe": "yes" if registration.messages_safe else "no",
            "channel": registration.channel,
            "discreet": registration.discreet,
        }


class CancelForm(QuestionForm):
    """Confirm a cancellation: nothing to type."""


USEFULNESS = [
    ("1", _("1 – not useful")),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", _("5 – very useful")),
]


class FeedbackForm(QuestionForm):
    """Anonymous: no name, no contact, nothing that links to a registration."""

    wants_to_learn = forms.CharField(
        label=_("What else would you like to learn about?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, topics=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.topics = list(topics)
        learn = self.fields.pop("wants_to_learn")
        for topic in self.topics:
            self.fields[f"topic_{topic}"] = forms.ChoiceField(
                label=format_lazy(_("How useful was the part on “{}”?"), Topic(topic).label),
                required=False,
                choices=USEFULNESS,
                widget=forms.RadioSelect,
            )
        self.fields["wants_to_learn"] = learn

    def usefulness(self) -> dict[str, int]:
        return {
            topic: int(self.cleaned_data[f"topic_{topic}"])
            for topic in self.topics
            if self.cleaned_data.get(f"topic_{topic}")
        }
