"""Public forms of the public account: her question (one question a page), the region, whether
she wants the answer sent; staff forms: entering what was said, classifying, answering, hiding,
merging. Only the shape of the input: the rules are in the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import ChosenCharField, QuestionForm
from acoge.core.models import Region

from . import services
from .models import Channel, Event, Theme


class ObservationForm(QuestionForm):
    text = forms.CharField(
        label=_("What do you want to ask or observe about the account?"),
        help_text=_(
            "It is published with its answer. Do not write names, ID numbers or anything that "
            "says who you or others are. At most 3000 characters."
        ),
        max_length=services.TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write your question or observation"),
            "max_length": _("Write at most 3000 characters"),
        },
    )
    theme = forms.ModelChoiceField(
        label=_("What is it about? (optional)"),
        queryset=Theme.objects.all(),
        required=False,
        empty_label=_("I am not sure"),
    )

    def values(self) -> dict:
        return {"text": self.cleaned_data["text"], "theme": self.cleaned_data["theme"]}


class RegionForm(QuestionForm):
    region = forms.ModelChoiceField(
        label=_("Which region do you live in?"),
        help_text=_("Optional. It shows whether every region was heard."),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("I prefer not to say"),
    )


class AnswerToForm(QuestionForm):
    send = forms.ChoiceField(
        label=_("Do you want us to send you the answer?"),
        help_text=_("Every answer is published on this site anyway."),
        choices=[("no", _("No, I will read it on the site")), ("yes", _("Yes, by e-mail"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether we send you the answer")},
    )
    email = ChosenCharField(
        label=_("E-mail address"),
        help_text=_("Used only to send you the answer, then erased."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("send") == "yes":
            email = (cleaned.get("email") or "").strip()
            try:
                forms.EmailField().clean(email)
            except forms.ValidationError:
                self.add_error("email", _("Enter an e-mail address like name@example.org"))
            cleaned["email"] = email
        else:
            cleaned["email"] = ""
        return cleaned


class SendForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the POST."""


# Staff ----------------------------------------------------------------------------------------


class EnterForm(forms.Form):
    text = forms.CharField(
        label=_("What was said"),
        max_length=services.TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write what was said")},
    )
    channel = forms.ChoiceField(
        label=_("Where it was said"),
        choices=[(Channel.EVENT, Channel.EVENT.label), (Channel.COSOC, Channel.COSOC.label)],
        widget=forms.RadioSelect,
    )
    event = forms.ModelChoiceField(
        label=_("Presentation"), queryset=Event.objects.none(), required=False
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False)

    def __init__(self, *args, cycle, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = cycle.events.all()


class ClassifyForm(forms.Form):
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False)
    responsible_unit = forms.CharField(label=_("Unit that answers"), max_length=200, required=False)


class AnswerForm(forms.Form):
    responsible_unit = forms.CharField(
        label=_("Unit that answers"),
        max_length=200,
        error_messages={"required": _("Say which unit answers")},
    )
    answer = forms.CharField(
        label=_("The answer"),
        help_text=_("Published with the question, and sent to her if she asked."),
        max_length=services.ANSWER_LIMIT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write the answer")},
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is hidden"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why it is hidden")},
    )


class MergeForm(forms.Form):
    into = forms.CharField(
        label=_("Reference code of the observation that answers it"),
        max_length=12,
        error_messages={"required": _("Enter a reference code")},
    )
