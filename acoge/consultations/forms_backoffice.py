"""Staff forms: a paper questionnaire on one page (every question of it, each may be left
blank, as on paper), and a batch of participation codes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.stats.demographics import EVERYONE_GENDERS, AgeBand, EveryoneStatsForm

from .forms import RegionForm, question_form
from .models import Conclusion, Consultation, Dialogue
from .services import Given

NOT_SAID = _("Not said")
# Attendance is counted by gender identity (as a consultation asks everyone) and age band.
ATTENDANCE_GENDERS = [*EVERYONE_GENDERS, ("", NOT_SAID)]
ATTENDANCE_AGES = [*AgeBand.choices, ("", NOT_SAID)]


class PaperForms:
    """The forms of one paper questionnaire, one per question (prefixed by its address), then
    the region and the statistics questions."""

    def __init__(self, consultation: Consultation, data=None, *, sheets: bool = False) -> None:
        self.sheet = SheetForm(data, prefix="sheet") if sheets else None
        self.questions = []
        for question in consultation.questions.prefetch_related("options"):
            form = question_form(question)(data, prefix=question.slug, use_required_attribute=False)
            form.blank_allowed = True
            for field in form.fields.values():
                field.required = False  # a paper answer left blank stays blank
            self.questions.append(form)
        self.region = RegionForm(data, prefix="region")
        self.stats = EveryoneStatsForm(data, prefix="stats") if consultation.stats_block else None

    @property
    def all(self) -> list[forms.Form]:
        sheet = [self.sheet] if self.sheet else []
        return [*sheet, *self.questions, self.region, *([self.stats] if self.stats else [])]

    def sheet_number(self) -> str:
        return self.sheet.cleaned_data["sheet"] if self.sheet else ""

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.all])  # every form checked, errors shown

    def given(self) -> dict[str, Given]:
        return {form.question.slug: form.given() for form in self.questions}

    def region_id(self) -> int | None:
        region = self.region.cleaned_data.get("region")
        return region.pk if region else None

    def stats_answers(self) -> dict[str, str]:
        return self.stats.answers() if self.stats else {}


class SheetForm(forms.Form):
    sheet = forms.CharField(
        label=_("Sheet number"),
        help_text=_(
            "As written on the paper, so that a second entry can be compared with this one."
        ),
        max_length=20,
        error_messages={"required": _("Write the sheet number")},
    )

    def clean_sheet(self) -> str:
        return self.cleaned_data["sheet"].strip().upper()


class DialogueForm(forms.ModelForm):
    """Schedule a dialogue, or change where and when: in a region the staff member covers."""

    class Meta:
        model = Dialogue
        fields = ["region", "place", "starts_at", "ends_at", "facilitator"]
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "ends_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def __init__(self, *args, regions=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if regions is not None:
            self.fields["region"].queryset = regions


class AttendanceForm(forms.Form):
    """Who came, counted: one box for each gender and age band (blank is 0)."""

    def __init__(self, *args, initial_counts: dict[tuple[str, str], int] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        for gender, gender_label in ATTENDANCE_GENDERS:
            row = []
            for age, age_label in ATTENDANCE_AGES:
                name = f"n_{gender or 'x'}_{age or 'x'}"
                self.fields[name] = forms.IntegerField(
                    label=f"{gender_label}, {age_label}",
                    min_value=0,
                    max_value=2000,
                    required=False,
                    initial=(initial_counts or {}).get((gender, age)) or None,
                    widget=forms.NumberInput(attrs={"class": "ac-input ac-input--w3"}),
                )
                row.append(name)
            self.rows.append((gender_label, row))
        self.columns = [label for _age, label in ATTENDANCE_AGES]

    def grid(self) -> list[tuple[str, list[forms.BoundField]]]:
        return [(label, [self[name] for name in names]) for label, names in self.rows]

    def counts(self) -> dict[tuple[str, str], int]:
        found = {}
        for gender, _g in ATTENDANCE_GENDERS:
            for age, _a in ATTENDANCE_AGES:
                n = self.cleaned_data.get(f"n_{gender or 'x'}_{age or 'x'}") or 0
                if n:
                    found[(gender, age)] = n
        return found


ConclusionFormSet = forms.inlineformset_factory(
    Dialogue, Conclusion, fields=["order", "theme", "text"], extra=3, can_delete=True
)


class CodesForm(forms.Form):
    batch = forms.CharField(
        label=_("Name of the batch"),
        help_text=_("Where the cards go, for example “Diálogo Arica, 12 May”."),
        max_length=80,
    )
    count = forms.IntegerField(label=_("How many codes"), min_value=1, max_value=5000)
