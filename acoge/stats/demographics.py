"""The optional statistics questions (age, origin, time in Chile, identity, disability,
indigenous or Afro-descendant), asked the same way wherever Acoge asks them, and the dimensions
their answers are counted by.

Answers are stored apart from any person: each app keeps a model built on `DemographicAnswers`
with only a month and what the answers are about, under a random id, and stores them with
`record()` from the same service that stores what they were given with.
"""

import uuid

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.forms import HONEYPOT_FIELD, QuestionForm
from acoge.core.models import Region

from .tables import Dimension, Table, TableSpec, breakdowns, choices_dimension


class AgeBand(models.TextChoices):
    UNDER_18 = "u18", _("Under 18")
    FROM_18 = "18-29", _("18 to 29")
    FROM_30 = "30-44", _("30 to 44")
    FROM_45 = "45-59", _("45 to 59")
    FROM_60 = "60+", _("60 or over")


class NationalityGroup(models.TextChoices):
    VENEZUELA = "VE", _("Venezuela")
    PERU = "PE", _("Peru")
    COLOMBIA = "CO", _("Colombia")
    HAITI = "HT", _("Haiti")
    BOLIVIA = "BO", _("Bolivia")
    ARGENTINA = "AR", _("Argentina")
    OTHER_AMERICAS = "AM", _("Another country of the Americas")
    OTHER = "OT", _("Another country")


class TimeInChile(models.TextChoices):
    UNDER_1 = "<1", _("Less than a year")
    FROM_1 = "1-4", _("1 to 4 years")
    FROM_5 = "5+", _("5 years or more")


class GenderIdentity(models.TextChoices):
    WOMAN = "woman", _("Woman")
    TRANS_WOMAN = "trans_woman", _("Trans woman")
    NON_BINARY = "non_binary", _("Non-binary")
    OTHER = "other", _("Another identity")
    MAN = "man", _("Man")
    TRANS_MAN = "trans_man", _("Trans man")


# The women's programme asks only these; a consultation, open to everyone, asks them all.
WOMEN_GENDERS = [
    (value, label) for value, label in GenderIdentity.choices if value not in ("man", "trans_man")
]
EVERYONE_GENDERS = [
    (GenderIdentity.WOMAN, GenderIdentity.WOMAN.label),
    (GenderIdentity.MAN, GenderIdentity.MAN.label),
    (GenderIdentity.TRANS_WOMAN, GenderIdentity.TRANS_WOMAN.label),
    (GenderIdentity.TRANS_MAN, GenderIdentity.TRANS_MAN.label),
    (GenderIdentity.NON_BINARY, GenderIdentity.NON_BINARY.label),
    (GenderIdentity.OTHER, GenderIdentity.OTHER.label),
]


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")


class DemographicAnswers(models.Model):
    """The answers; every question may be skipped (blank)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    month = models.DateField()
    age_band = models.CharField(max_length=8, choices=AgeBand.choices, blank=True)
    nationality_group = models.CharField(max_length=2, choices=NationalityGroup.choices, blank=True)
    time_in_chile = models.CharField(max_length=4, choices=TimeInChile.choices, blank=True)
    gender_identity = models.CharField(max_length=12, choices=GenderIdentity.choices, blank=True)
    disability = models.CharField(max_length=3, choices=YesNo.choices, blank=True)
    indigenous_or_afro = models.CharField(max_length=3, choices=YesNo.choices, blank=True)

    class Meta:
        abstract = True


DIMENSIONS = [
    choices_dimension("age_band", _("Age group"), AgeBand),
    choices_dimension("nationality_group", _("Nationality group"), NationalityGroup),
    choices_dimension("time_in_chile", _("Time in Chile"), TimeInChile),
    Dimension("gender_identity", _("Gender identity"), lambda: WOMEN_GENDERS),
    choices_dimension("disability", _("Disability"), YesNo),
    choices_dimension("indigenous_or_afro", _("Indigenous or Afro-descendant"), YesNo),
]
BY_FIELD = {dimension.field: dimension for dimension in DIMENSIONS}


NO_REGION = _("No region given")


def region_dimension(field: str = "region", blank=NO_REGION) -> Dimension:
    """Regions in their order; `blank` names the records without one ("" leaves them out)."""
    return Dimension(
        field=field,
        title=_("Region"),
        categories=lambda: list(Region.objects.values_list("pk", "name")),
        blank=blank,
    )


def participant_tables(
    answers: QuerySet, *, crossed: tuple[tuple[str, Dimension], ...] = ()
) -> list[Table]:
    """One table per question, skipped answers counted apart, and the cross-tables asked for
    (a question's field and another dimension); all protected together, since they describe
    the same people."""
    specs = [TableSpec(title=dimension.title, rows=dimension) for dimension in DIMENSIONS]
    for field, other in crossed:
        dimension = BY_FIELD[field]
        specs.append(
            TableSpec(
                title=_("%(rows)s by %(cols)s")
                % {"rows": dimension.title, "cols": str(other.title).lower()},
                rows=dimension,
                cols=other,
            )
        )
    return breakdowns(answers, *specs)


def record(model: type[DemographicAnswers], *, answers: dict[str, str], **about):
    """Store the optional answers in `model`, with only the month and what they are `about`
    (a workshop, a topic and region…); None when every question was skipped."""
    answers = {key: value for key, value in answers.items() if value and key in BY_FIELD}
    if not answers:
        return None
    row = model(month=timezone.localdate().replace(day=1), **about, **answers)
    row.full_clean()
    row.save()
    return row


NO_ANSWER = "-"


def _optional_radios(label, choices) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[*choices, (NO_ANSWER, _("I prefer not to say"))],
        widget=forms.RadioSelect,
    )


class StatsForm(QuestionForm):
    """The optional questions, stored apart from her name and contact."""

    age_band = _optional_radios(_("How old are you?"), AgeBand.choices)
    nationality_group = _optional_radios(_("Which country are you from?"), NationalityGroup.choices)
    time_in_chile = _optional_radios(_("How long have you lived in Chile?"), TimeInChile.choices)
    gender_identity = _optional_radios(_("How do you describe yourself?"), WOMEN_GENDERS)
    disability = _optional_radios(_("Do you have a disability?"), YesNo.choices)
    indigenous_or_afro = _optional_radios(
        _("Do you consider yourself indigenous or Afro-descendant?"), YesNo.choices
    )

    def answers(self) -> dict[str, str]:
        """The answers given; skipped questions and "I prefer not to say" are left out."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in self.fields and name != HONEYPOT_FIELD and value not in ("", NO_ANSWER)
        }

    def summary(self, answers: dict[str, str]) -> str:
        """The answers as one line for a check-answers page."""
        return " · ".join(
            str(dict(self.fields[name].choices).get(value, value))
            for name, value in answers.items()
            if value and name in self.fields
        )


class EveryoneStatsForm(StatsForm):
    """The same questions for everyone (a consultation): every gender identity."""

    gender_identity = _optional_radios(_("How do you describe yourself?"), EVERYONE_GENDERS)


EVERYONE_DIMENSIONS = [
    Dimension("gender_identity", _("Gender identity"), lambda: EVERYONE_GENDERS)
    if dimension.field == "gender_identity"
    else dimension
    for dimension in DIMENSIONS
]
