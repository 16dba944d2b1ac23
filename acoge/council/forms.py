"""Public forms of the registry of organisations: the application's questions (one form a page),
signing in with the representative's e-mail, a supporting document. The rules live in the
services; the forms ask them (the RUT's check digit) instead of repeating them."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from acoge.core.forms import QuestionForm, normalise_phone
from acoge.core.models import Region
from acoge.stats.demographics import GenderIdentity

from . import services
from .errors import CouncilError
from .models import Category, Document, LegalForm


class OrganisationForm(QuestionForm):
    name = forms.CharField(
        label=_("Name of the organisation"),
        help_text=_("As it appears on its statutes."),
        max_length=200,
        error_messages={"required": _("Enter the name of the organisation")},
    )
    legal_form = forms.ChoiceField(
        label=_("What kind of organisation is it?"),
        help_text=_("The registry is for non-profit organisations."),
        choices=LegalForm.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of organisation")},
    )
    rut = forms.CharField(
        label=_("The organisation's RUT"),
        help_text=_("Its tax number, with the check digit, for example 65.123.456-7."),
        max_length=14,
        error_messages={"required": _("Enter the organisation's RUT")},
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
    )

    def clean_rut(self) -> str:
        try:
            return services.clean_rut(self.cleaned_data["rut"])
        except CouncilError as error:
            raise forms.ValidationError(error.message) from error

    def values(self) -> dict:
        return {key: self.cleaned_data[key] for key in ("name", "legal_form", "rut")}


class PlaceForm(QuestionForm):
    region = forms.ChoiceField(
        label=_("In which region does the organisation work?"),
        help_text=_("Choose the region of its main office."),
        error_messages={"required": _("Choose a region")},
    )
    category = forms.ChoiceField(
        label=_("Which group describes it best?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a group")},
    )
    description = forms.CharField(
        label=_("What does the organisation do? (optional)"),
        help_text=_(
            "One or two sentences. It is shown in the public list. At most 300 characters."
        ),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Write at most 300 characters")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.regions = {region.cut_code: region for region in Region.objects.order_by("order")}
        self.categories = {
            category.slug: category for category in Category.objects.filter(active=True)
        }
        self.fields["region"].choices = [
            ("", _("Choose a region")),
            *((code, region.name) for code, region in self.regions.items()),
        ]
        self.fields["category"].choices = [
            (slug, category.name) for slug, category in self.categories.items()
        ]

    def values(self) -> dict:
        return {
            "region": self.regions[self.cleaned_data["region"]],
            "category": self.categories[self.cleaned_data["category"]],
            "description": self.cleaned_data["description"].strip(),
        }


class RepresentativeForm(QuestionForm):
    representative_name = forms.CharField(
        label=_("Name of the person who represents it"),
        help_text=_("Registry staff write to this person. It is not shown in public."),
        max_length=200,
        error_messages={"required": _("Enter the name of the person who represents it")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    representative_position = forms.CharField(
        label=_("Position in the organisation (optional)"),
        help_text=_("For example president or secretary."),
        max_length=100,
        required=False,
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send a code to it now. The representative signs in with it later."),
        max_length=254,
        error_messages={
            "required": _("Enter an e-mail address"),
            "invalid": _("Enter an e-mail address like name@example.org"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        help_text=_(
            "A Chilean number like 9 1234 5678, or one from another country with its code."
        ),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        return normalise_phone(phone) if phone else ""

    def values(self) -> dict:
        return {
            key: self.cleaned_data[key].strip()
            for key in ("representative_name", "representative_position", "email", "phone")
        }


class SendForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the POST."""


class SignInForm(QuestionForm):
    email = forms.EmailField(
        label=_("The representative's e-mail address"),
        help_text=_("The one given when the organisation applied. We send a code to it."),
        max_length=254,
        error_messages={
            "required": _("Enter the e-mail address"),
            "invalid": _("Enter an e-mail address like name@example.org"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


class DocumentForm(QuestionForm):
    kind = forms.ChoiceField(
        label=_("What is it?"),
        choices=Document.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what kind of document it is")},
    )
    file = forms.FileField(
        label=_("The file"),
        help_text=_("A PDF, or a Word or OpenDocument file, of at most 10 MB."),
        error_messages={
            "required": _("Choose the file to upload"),
            "empty": _("The file is empty"),
        },
    )


class NominationForm(QuestionForm):
    name = forms.CharField(
        label=_("Name of the candidate"),
        help_text=_("A person of the organisation who would sit on the council. It is public."),
        max_length=200,
        error_messages={"required": _("Enter the name of the candidate")},
    )
    gender = forms.ChoiceField(
        label=_("Gender of the candidate (optional)"),
        help_text=_(
            "For the gender-balance rule and the council's composition. Leave it blank if the "
            "candidate prefers not to say."
        ),
        choices=[("", _("Prefers not to say")), *GenderIdentity.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    statement = forms.CharField(
        label=_("What the candidate proposes (optional)"),
        help_text=_("Shown with the candidacy. At most 1500 characters."),
        max_length=1500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"max_length": _("Write at most 1500 characters")},
    )


class BallotForm(QuestionForm):
    candidates = forms.MultipleChoiceField(
        label=_("Choose your candidates"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one candidate")},
    )

    def __init__(self, *args, election, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.election = election
        standing = election.candidates.filter(
            withdrawn_at__isnull=True, ineligible_reason=""
        ).select_related("organisation")
        self.fields["candidates"].choices = [
            (str(c.pk), f"{c.name} ({c.organisation.name})") for c in standing
        ]
        self.fields["candidates"].help_text = ngettext(
            "Choose %(count)d candidate. Once sent, the vote cannot be changed.",
            "Choose up to %(count)d candidates. Once sent, the vote cannot be changed.",
            election.votes_per_organisation,
        ) % {"count": election.votes_per_organisation}

    def clean_candidates(self) -> list[int]:
        chosen = [int(pk) for pk in self.cleaned_data["candidates"]]
        if len(chosen) > self.election.votes_per_organisation:
            raise forms.ValidationError(
                _("Choose at most %(count)s candidates")
                % {"count": self.election.votes_per_organisation}
            )
        return chosen
