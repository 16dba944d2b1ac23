"""Staff forms of the Unidad de Género: the shape of the input only; the rules are the
services' (an activity's are checked by `services.plans.check_activity`, mapped to fields)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import DatePartsField
from acoge.core.models import Region

from .models import Activity, Commitment, MonitoringStatus
from .models.karin import ProtectiveMeasure, Report
from .services.karin import LIMIT
from .services.plans import ActivityInvalid, check_activity


class PlanForm(forms.Form):
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.none(), empty_label=_("Choose a region")
    )
    year = forms.IntegerField(
        label=_("Year"),
        min_value=2020,
        max_value=2100,
        widget=forms.NumberInput(attrs={"class": "ac-input--w4", "inputmode": "numeric"}),
    )
    summary = forms.CharField(
        label=_("Objectives of the year"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, regions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        self.fields["year"].initial = timezone.localdate().year


class ActivityForm(forms.ModelForm):
    planned_on = DatePartsField(label=_("Planned for"))
    done_on = DatePartsField(label=_("Held on"), required=False, help_text=_("Once it is held."))

    class Meta:
        model = Activity
        fields = [
            "title",
            "kind",
            "audience",
            "planned_on",
            "status",
            "done_on",
            "women",
            "men",
            "other_gender",
            "gender_not_stated",
            "hours",
            "notes",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "audience": forms.RadioSelect,
            "status": forms.RadioSelect,
            "notes": forms.Textarea(attrs={"rows": 3}),
            **{
                name: forms.NumberInput(attrs={"class": "ac-input--w4", "inputmode": "numeric"})
                for name in ("women", "men", "other_gender", "gender_not_stated")
            },
            "hours": forms.NumberInput(attrs={"class": "ac-input--w4", "inputmode": "decimal"}),
        }
        help_texts = {
            "women": _("How many took part, by gender, once it is held. Numbers only: no names."),
        }

    def validate_unique(self) -> None:
        """Ask the domain for the record's rules (`check_activity`), each error by its field,
        instead of the database constraint's general message. Once each field is valid."""
        if self.errors:
            return
        try:
            check_activity(self.instance)
        except ActivityInvalid as refused:
            for field, message in refused.errors.items():
                self.add_error(field, message)


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label=_("Evidence"),
        help_text=_("An attendance sheet, minutes, a photo of the activity (PDF, Word, Excel)."),
        error_messages={"required": _("Choose a file")},
    )


class MonitoringForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=MonitoringStatus.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("How it is going"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NewCommitmentForm(forms.Form):
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.none(), empty_label=_("Choose a region")
    )
    agenda = forms.CharField(
        label=_("Agenda"), max_length=100, initial="Agenda Regional de Género 2022–2026"
    )
    commission = forms.CharField(
        label=_("Commission"),
        max_length=200,
        initial="Comisión Regional para la Igualdad de Derechos y la Equidad de Género",
        help_text=_("The body led by the SEREMI de la Mujer y la Equidad de Género."),
    )
    text = forms.CharField(
        label=_("Commitment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the commitment.")},
    )
    due_on = DatePartsField(label=_("Due"), required=False)

    def __init__(self, *args, regions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions


class CommitmentForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=Commitment.Status.choices, widget=forms.RadioSelect
    )
    progress = forms.CharField(
        label=_("Progress"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReportForm(forms.Form):
    """What she reports: the kind of conduct, where, what happened, who was involved."""

    kind = forms.ChoiceField(
        label=_("What kind of conduct was it?"),
        choices=Report.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say what kind of conduct it was")},
    )
    by_third_party = forms.BooleanField(
        label=_("It was done by someone outside the service (a user, a contractor…)"),
        required=False,
    )
    region = forms.ModelChoiceField(
        label=_("Where did it happen?"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("The national offices"),
    )
    facts = forms.CharField(
        label=_("What happened?"),
        help_text=_("When and where, what was said or done, and how often. Write what you can."),
        max_length=LIMIT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Say what happened")},
    )
    people = forms.CharField(
        label=_("Who did it, and who saw it"),
        required=False,
        max_length=LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class VerbalReportForm(ReportForm):
    """A receiver records what a staff member said, for her."""

    reporter = forms.ModelChoiceField(
        label=_("Who is reporting?"),
        queryset=None,
        help_text=_("The staff member who told you; she can follow it with her own sign-in."),
        error_messages={"required": _("Choose who is reporting")},
    )
    field_order = ["reporter"]

    def __init__(self, *args, reporters, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reporter"].queryset = reporters
        self.fields["facts"].label = _("What did she say happened?")


class AssignForm(forms.Form):
    investigator = forms.ModelChoiceField(
        label=_("Investigator"),
        queryset=None,
        error_messages={"required": _("Choose the investigator")},
    )

    def __init__(self, *args, investigators, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["investigator"].queryset = investigators


class MeasureForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Protective measure"),
        choices=ProtectiveMeasure.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the measure")},
    )
    detail = forms.CharField(
        label=_("Detail"),
        required=False,
        max_length=LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class StateForm(forms.Form):
    state = forms.ChoiceField(
        label=_("New state"),
        choices=(),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the new state")},
    )
    note = forms.CharField(
        label=_("What the person reporting reads"),
        required=False,
        max_length=LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    outcome = forms.CharField(
        label=_("Outcome of the investigation"),
        required=False,
        max_length=LIMIT,
        help_text=_("Needed to resolve the report."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["state"].choices = choices


class SemesterForm(forms.Form):
    semestre = forms.ChoiceField(
        label=_("Half-year"),
        choices=(),
        required=False,
        widget=forms.Select(attrs={"class": "ac-select"}),
    )

    def __init__(self, *args, choices, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["semestre"].choices = choices
