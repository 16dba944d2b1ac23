"""Staff forms for workshops: the shape of input only; services apply the rules."""

import datetime

import phonenumbers
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from acoge.accounts import policy
from acoge.core import zones
from acoge.core.models import Region

from .forms import parse_children_ages
from .models import INTERPRETER_LANGUAGES, Modality, Registration, Session, Topic, Workshop
from .permissions import FACILITATING, MANAGERS

# Staff-written text, one field per language (django-modeltranslation).
LANGUAGE_NAMES = {"es": _("Spanish"), "en": _("English"), "ht": _("Haitian Creole")}
TRANSLATED_WORKSHOP_FIELDS = ("title", "description", "directions", "accessibility")


def _translated(name: str) -> list[str]:
    return [f"{name}_{code}" for code in LANGUAGE_NAMES]


class MinuteDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"
    supports_microseconds = False

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs={"class": "ac-input--w20", **(attrs or {})}, format="%Y-%m-%dT%H:%M")


class MinuteDateTimeField(forms.DateTimeField):
    """A date and time to the minute, typed in the browser's date-time picker, on the clocks of
    the workshop's region: its form sets `region` (acoge/core/zones.py)."""

    widget = MinuteDateTimeInput
    region: Region | None = None

    def prepare_value(self, value):
        with zones.override(self.region):
            return super().prepare_value(value)

    def to_python(self, value):
        with zones.override(self.region):
            return super().to_python(value)

    def has_changed(self, initial, data) -> bool:
        if isinstance(initial, datetime.datetime):
            initial = initial.replace(second=0, microsecond=0)
        return super().has_changed(initial, data)


class WorkshopForm(forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Language of the workshop"),
        choices=settings.LANGUAGES,
        initial="es",
        help_text=_("The workshops are in Spanish; interpretation can be asked for."),
    )

    class Meta:
        model = Workshop
        fields = [
            *_translated("title"),
            *_translated("description"),
            "region",
            "commune",
            "venue",
            "address",
            *_translated("directions"),
            *_translated("accessibility"),
            "modality",
            "online_url",
            "starts_at",
            "ends_at",
            "capacity",
            "waitlist_enabled",
            "registration_opens_at",
            "registration_closes_at",
            "language",
            "offers_childcare",
            "offers_interpretation",
            "step_free_access",
            "facilitators",
            "status",
        ]
        field_classes = {
            "starts_at": MinuteDateTimeField,
            "ends_at": MinuteDateTimeField,
            "registration_opens_at": MinuteDateTimeField,
            "registration_closes_at": MinuteDateTimeField,
        }
        widgets = {
            "modality": forms.RadioSelect,
            "status": forms.RadioSelect,
            "facilitators": forms.CheckboxSelectMultiple,
            "capacity": forms.NumberInput(attrs={"class": "ac-input--w4", "inputmode": "numeric"}),
            **{name: forms.Textarea(attrs={"rows": 3}) for name in _translated("description")},
            **{name: forms.Textarea(attrs={"rows": 2}) for name in _translated("directions")},
            **{name: forms.Textarea(attrs={"rows": 2}) for name in _translated("accessibility")},
        }
        help_texts = {
            "starts_at": _("The time in the workshop's region."),
            "registration_opens_at": _("Empty: registration opens when it is published."),
            "registration_closes_at": _("Leave empty to close registration when it starts."),
            "capacity": _("Confirmed places plus people who register at the door."),
            "waitlist_enabled": _("When it is full, people can join a waiting list."),
        }

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in TRANSLATED_WORKSHOP_FIELDS:
            label = Workshop._meta.get_field(name).verbose_name
            for code, language in LANGUAGE_NAMES.items():
                field = self.fields[f"{name}_{code}"]
                field.label = gettext("%(field)s in %(language)s") % {
                    "field": str(label).capitalize(),
                    "language": language,
                }
        self.fields["title_es"].required = True
        self.fields["title_en"].help_text = _("Empty: the Spanish title is shown.")
        self.fields["title_ht"].help_text = _("Empty: the Spanish title is shown.")
        # A workshop goes only to a region where the user manages workshops.
        self.fields["region"].queryset = MANAGERS.regions(user)
        self.fields["region"].empty_label = _("Choose a region")
        region = self._chosen_region()
        for name in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at"):
            self.fields[name].region = region
        facilitators = self.fields["facilitators"]
        # Only facilitators who will reach the workshop: those of its region, once it has one.
        facilitators.queryset = (
            FACILITATING.holders_of_region(region) if region else FACILITATING.holders_anywhere()
        ).order_by("first_name", "last_name", "username")
        facilitators.help_text = (
            _("They take attendance and see this workshop only.")
            if facilitators.queryset.exists()
            else _("Nobody holds the facilitator role yet: a national administrator gives it.")
        )
        self.fields["modality"].choices = Modality.choices
        # Cancelling and completing have their own actions, which tell the people registered.
        if self.instance.status in {Workshop.Status.CANCELLED, Workshop.Status.COMPLETED}:
            del self.fields["status"]
        else:
            self.fields["status"].choices = [
                (Workshop.Status.DRAFT, Workshop.Status.DRAFT.label),
                (Workshop.Status.PUBLISHED, Workshop.Status.PUBLISHED.label),
            ]

    def _chosen_region(self) -> Region | None:
        """The region the times are typed in: the one chosen in this form, else the workshop's."""
        if self.is_bound:
            try:
                return self.fields["region"].clean(self.data.get(self.add_prefix("region")))
            except ValidationError:
                pass
        return self.instance.region if self.instance.region_id else None

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The end must be after the start."))
        closes = cleaned.get("registration_closes_at")
        opens = cleaned.get("registration_opens_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        return cleaned


class WorkshopFilterForm(forms.Form):
    WHEN_CHOICES = [
        ("upcoming", _("Today and later")),
        ("past", _("Past")),
        ("all", _("All dates")),
    ]

    when = forms.ChoiceField(label=_("When"), choices=WHEN_CHOICES, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any")), *Workshop.Status.choices], required=False
    )
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), required=False, empty_label=_("All")
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        region_ids = policy.visible_region_ids(user)
        if region_ids is not None:
            if len(region_ids) < 2:
                del self.fields["region"]
            else:
                self.fields["region"].queryset = Region.objects.filter(id__in=region_ids)

    def filter(self, workshops):
        """The workshops that match; upcoming ones when nothing was chosen."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        when = data.get("when") or "upcoming"
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        if when == "upcoming":
            workshops = workshops.filter(ends_at__gte=today).order_by("starts_at")
        elif when == "past":
            workshops = workshops.filter(ends_at__lt=today).order_by("-starts_at")
        else:
            workshops = workshops.order_by("-starts_at")
        if data.get("status"):
            workshops = workshops.filter(status=data["status"])
        if data.get("region"):
            workshops = workshops.filter(region=data["region"])
        return workshops


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = [
            "topic",
            "institution",
            "speaker_name",
            *_translated("speaker_role"),
            "starts_at",
            "ends_at",
        ]
        field_classes = {"starts_at": MinuteDateTimeField, "ends_at": MinuteDateTimeField}

    def __init__(self, *args, workshop: Workshop, **kwargs) -> None:
        self.workshop = workshop
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at"):
            self.fields[name].region = workshop.region
        label = Session._meta.get_field("speaker_role").verbose_name
        for code, language in LANGUAGE_NAMES.items():
            self.fields[f"speaker_role_{code}"].label = gettext("%(field)s in %(language)s") % {
                "field": str(label).capitalize(),
                "language": language,
            }
        self.fields["speaker_role_es"].help_text = _("For example: Labour inspector")
        self.fields["topic"].choices = [("", _("Choose a topic")), *Topic.choices]
        self.fields["institution"].empty_label = _("Choose an institution")

    def _post_clean(self) -> None:
        """The session's own rules (its times within the workshop's) are the model's, checked
        by `services.session_add`; the form checks only the shape of what was typed."""
        self.instance.workshop = self.workshop
        super()._post_clean()

    def session_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}

    def save(self, commit: bool = True) -> Session:
        self.instance.workshop = self.workshop
        return super().save(commit)


class RegistrationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any")), *Registration.Status.choices], required=False
    )
    childcare = forms.BooleanField(label=_("Needs childcare"), required=False)
    interpreter = forms.BooleanField(label=_("Needs an interpreter"), required=False)

    def filter(self, registrations):
        if not (self.is_bound and self.is_valid()):
            return registrations
        data = self.cleaned_data
        if data["status"]:
            registrations = registrations.filter(status=data["status"])
        if data["childcare"]:
            registrations = registrations.exclude(children_ages=[])
        if data["interpreter"]:
            registrations = registrations.exclude(interpreter_language="")
        return registrations


class AttendanceSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name or code"),
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class WalkInForm(forms.Form):
    """A person who arrives without registering: one way to contact her, her needs."""

    name = forms.CharField(label=_("Name or alias"), max_length=120)
    contact = forms.CharField(
        label=_("Phone or e-mail (optional)"),
        max_length=200,
        required=False,
        help_text=_(
            "Only if she wants messages or a reminder. One is enough. For example: "
            "9 6123 4567 or nombre@correo.cl"
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    messages_safe = forms.BooleanField(
        label=_("She says it is safe to send her messages"), required=False
    )
    channel = forms.ChoiceField(
        label=_("How to send messages"),
        choices=[("", _("As her contact allows")), *Registration.Channel.choices],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language for messages"), choices=settings.LANGUAGES, initial="es"
    )
    children_ages = forms.CharField(
        label=_("Ages of children needing care"),
        required=False,
        max_length=60,
        help_text=_("Whole years, separated by commas, for example: 3, 6 (0 for a baby)"),
        widget=forms.TextInput(attrs={"class": "ac-input--w10"}),
    )
    interpreter_language = forms.ChoiceField(
        label=_("Interpreter"),
        choices=[("", _("No interpreter")), *INTERPRETER_LANGUAGES],
        required=False,
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())

    def clean_contact(self) -> dict[str, str]:
        contact = self.cleaned_data["contact"].strip()
        if not contact:
            return {"email": "", "phone": ""}
        if "@" in contact:
            try:
                validate_email(contact)
            except ValidationError as exc:
                raise ValidationError(
                    _("Enter an e-mail address like nombre@correo.cl, or a phone number.")
                ) from exc
            return {"email": contact, "phone": ""}
        try:
            number = phonenumbers.parse(contact, "CL")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise ValidationError(
                _("Enter a phone number like 9 6123 4567 (or +509 … from abroad), or an e-mail.")
            )
        phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return {"email": "", "phone": phone}

    def clean_children_ages(self) -> list[int]:
        return parse_children_ages(self.cleaned_data["children_ages"])

    def clean(self):
        cleaned = super().clean()
        contact = cleaned.get("contact")
        if contact and not (contact["email"] or contact["phone"]):
            if cleaned.get("messages_safe"):
                self.add_error("contact", _("Give her phone or e-mail to send her messages."))
            cleaned["channel"] = "sms"  # unused: nothing is sent without a contact
        elif contact:
            channel = cleaned.get("channel") or ("email" if contact["email"] else "sms")
            if (channel == "email") != bool(contact["email"]):
                self.add_error(
                    "channel",
                    _("Choose e-mail for an e-mail address, text or WhatsApp for a phone."),
                )
            cleaned["channel"] = channel
        return cleaned

    def registration_fields(self) -> dict:
        """Keyword arguments for services.registration_create."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            **data["contact"],
            "channel": data["channel"],
            "messages_safe": data["messages_safe"],
            "language": data["language"],
            "children_ages": data["children_ages"],
            "interpreter_language": data["interpreter_language"],
            "accessibility_needs": data["accessibility_needs"].strip(),
        }
