"""The public workshop list's filters, sent by GET: region, topic, modality and month."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region

from .models import Modality, Topic


def month_choices(*, today: datetime.date | None = None) -> list[tuple[str, str]]:
    """This month and the next eleven, as ("2026-12", "December 2026")."""
    today = today or timezone.localdate()
    choices = []
    year, month = today.year, today.month
    for _step in range(12):
        choices.append((f"{year}-{month:02d}", f"{MONTHS[month]} {year}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return choices


class WorkshopFilterForm(forms.Form):
    """The list's filters, sent by GET. Invalid values are dropped, never an error; every value
    is checked against its choices in Python before any query."""

    region = forms.ChoiceField(label=_("Region"), required=False, widget=forms.Select)
    topic = forms.ChoiceField(label=_("Topic"), required=False, widget=forms.Select)
    modality = forms.ChoiceField(label=_("How it is held"), required=False, widget=forms.Select)
    month = forms.ChoiceField(label=_("Month"), required=False, widget=forms.Select)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.regions = {region.cut_code: region for region in Region.objects.all()}
        for field in self.fields.values():
            field.widget.attrs["class"] = "ac-select"
        self.fields["region"].choices = [
            ("", _("All regions")),
            *((code, region.name) for code, region in self.regions.items()),
        ]
        self.fields["topic"].choices = [("", _("All topics")), *Topic.choices]
        self.fields["modality"].choices = [("", _("In person or online")), *Modality.choices]
        self.fields["month"].choices = [("", _("Any month")), *month_choices()]

    def valid_query(self) -> dict[str, str]:
        """The filters that validated, as query parameters (the calendar link, the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def valid_filters(self) -> dict:
        """The filters that validated, ready for `selectors.upcoming_workshops`."""
        query = self.valid_query()
        month = query.get("month")
        return {
            "region_id": self.regions[query["region"]].pk if "region" in query else None,
            "topic": query.get("topic", ""),
            "modality": query.get("modality", ""),
            "month": datetime.date(int(month[:4]), int(month[5:]), 1) if month else None,
        }
