"""Staff forms of the registry: turning an application down (the shape of the input only)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from acoge.core import meetings

from .services.registry import REASON_LIMIT


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is not accepted"),
        help_text=_(
            "The representative reads this. Say what is missing or wrong and what the "
            "organisation can do."
        ),
        max_length=REASON_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Give the reason")},
    )


class AgreementForm(meetings.AgreementForm):
    progress = forms.CharField(
        label=_("Progress"),
        help_text=_("Shown on the session's public page."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class IneligibleForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the candidate is not eligible"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason")},
    )
