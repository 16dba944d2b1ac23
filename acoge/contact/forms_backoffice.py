"""Staff forms of the contact point: opening a request on her behalf (the public question sets,
all on one page), assigning, an attempt, a referral, a note, closing, and the inbox filters."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import DatePartsField
from acoge.core.models import Institution

from . import services
from .forms import (
    NO_REGION,
    HowFields,
    LanguageFields,
    MessageFields,
    RegionFields,
    SafetyFields,
    TopicFields,
    request_arguments,
)
from .models import Attempt, Intake, Topic

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

    # The public questions speak to her; staff filling them in for her read them about her.
    STAFF_WORDING = {
        "topic": (_("What does she want to talk about?"), _("Choose the closest one.")),
        "region": (_("Her region"), ""),
        "message": (
            _("What she told us"),
            _("Only what is needed to follow up. At most 1000 characters."),
        ),
        "methods": (_("How can we contact her?"), _("Select all the ways that work for her.")),
        "name": (
            _("What name should we ask for?"),
            _("Her first name or a nickname, as she wants to be called."),
        ),
        "language": (_("In which language should we talk to her?"), ""),
        "call": (_("Is it safe to call her?"), ""),
        "voicemail": (_("If she does not answer, may we leave a voice message?"), ""),
        "write": (
            _("Is it safe to write to her?"),
            _("No if someone else may read her messages."),
        ),
        "days": (
            _("On which days is it safe to contact her?"),
            _("If none is selected, we contact her from Monday to Friday."),
        ),
        "times": (
            _("At what times is it safe?"),
            _("If none is selected, we contact her between 9:00 and 18:00."),
        ),
        "say": (
            _("If someone else answers, what should we say?"),
            _("For example: “I am calling from the health centre about an appointment.”"),
        ),
        "avoid": (
            _("Is there anything we should never say or mention?"),
            _("For example: the name of the service, or the topic of her request."),
        ),
        "confirmation_email": (
            _("Send her a confirmation email"),
            _(
                "It comes from “Acoge” with the subject “Your reference code”, and does not "
                "say what her request is about."
            ),
        ),
    }
    STAFF_CHOICES = {
        "call": {"no": _("No, do not call her")},
        "write": {"no": _("No, do not write to her")},
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, (label, help_text) in self.STAFF_WORDING.items():
            if name in self.fields:
                self.fields[name].label, self.fields[name].help_text = label, help_text
        for name, labels in self.STAFF_CHOICES.items():
            if name in self.fields:
                self.fields[name].choices = [
                    (value, labels.get(value, text)) for value, text in self.fields[name].choices
                ]
        self.fields["region"].choices = [
            *self.fields["region"].choices[:-1],
            (NO_REGION, _("She prefers not to say")),
        ]

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
    # The service decides when it is needed (safety.attempt_concerns) and names this field.
    reason = forms.CharField(
        label=_("Why contact her this way or at this time?"),
        help_text=_(
            "Needed for a way she did not choose or a time outside her safe times. It is shown "
            "on the request."
        ),
        required=False,
        max_length=services.MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 2}),
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
