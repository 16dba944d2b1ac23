"""Staff forms: a paper questionnaire on one page (every question of it, each may be left
blank, as on paper), and a batch of participation codes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.stats.demographics import EveryoneStatsForm

from .forms import RegionForm, question_form
from .models import Consultation
from .services import Given


class PaperForms:
    """The forms of one paper questionnaire, one per question (prefixed by its address), then
    the region and the statistics questions."""

    def __init__(self, consultation: Consultation, data=None) -> None:
        self.questions = []
        for question in consultation.questions.prefetch_related("options"):
            form = question_form(question)(data, prefix=question.slug, use_required_attribute=False)
            for field in form.fields.values():
                field.required = False  # a paper answer left blank stays blank
            self.questions.append(form)
        self.region = RegionForm(data, prefix="region")
        self.stats = EveryoneStatsForm(data, prefix="stats") if consultation.stats_block else None

    @property
    def all(self) -> list[forms.Form]:
        return [*self.questions, self.region, *([self.stats] if self.stats else [])]

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.all])  # every form checked, errors shown

    def given(self) -> dict[str, Given]:
        return {form.question.slug: form.given() for form in self.questions}

    def region_id(self) -> int | None:
        region = self.region.cleaned_data.get("region")
        return region.pk if region else None

    def stats_answers(self) -> dict[str, str]:
        return self.stats.answers() if self.stats else {}


class CodesForm(forms.Form):
    batch = forms.CharField(
        label=_("Name of the batch"),
        help_text=_("Where the cards go, for example “Diálogo Arica, 12 May”."),
        max_length=80,
    )
    count = forms.IntegerField(label=_("How many codes"), min_value=1, max_value=5000)
