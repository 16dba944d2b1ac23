from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DEFAULT_HOURLY_LIMIT, MAX_HOURLY_LIMIT, MIN_HOURLY_LIMIT


class ApiKeyForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the key"),
        help_text=_("What it is for, such as “Helpline 1455 assistant”."),
        max_length=120,
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    hourly_limit = forms.IntegerField(
        label=_("Requests an hour"),
        help_text=_("Calls beyond this in one hour are refused until the next hour."),
        initial=DEFAULT_HOURLY_LIMIT,
        min_value=MIN_HOURLY_LIMIT,
        max_value=MAX_HOURLY_LIMIT,
        widget=forms.NumberInput(attrs={"class": "ac-input--w6"}),
    )
