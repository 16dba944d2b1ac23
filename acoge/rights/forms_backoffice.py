"""Staff forms of data-subject requests: answering and refusing (the shape of the input only)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services


class AnswerForm(forms.Form):
    resolution = forms.CharField(
        label=_("What was done (optional)"),
        help_text=_("For the record: what you corrected, stopped or paused, and how you told her."),
        required=False,
        max_length=services.REASON_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the request is refused"),
        help_text=_("She must be told the reason, and that she may complain to the Agency."),
        max_length=services.REASON_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Give the reason for refusing")},
    )
