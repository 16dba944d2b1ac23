"""Staff forms of the registry: turning an application down (the shape of the input only)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Agreement, Attendance
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


class AttendanceForm(forms.Form):
    """One radio group per councillor in office (the field is named by the councillor's id)."""

    def __init__(self, *args, councillors, initial_statuses: dict[int, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for councillor in councillors:
            self.fields[f"c{councillor.pk}"] = forms.ChoiceField(
                label=f"{councillor.name} ({councillor.organisation.name})",
                choices=Attendance.Status.choices,
                initial=initial_statuses.get(councillor.pk),
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Say whether %(name)s was present") % {"name": councillor.name}
                },
            )

    def statuses(self) -> dict[int, str]:
        return {int(name[1:]): value for name, value in self.cleaned_data.items()}


class AgreementForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=Agreement.Status.choices, widget=forms.RadioSelect
    )
    progress = forms.CharField(
        label=_("Progress (optional)"),
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
