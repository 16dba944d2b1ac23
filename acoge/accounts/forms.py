from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region

from .models import NATIONAL_ROLES, REGIONAL_ROLES, Role, User


class LoginForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("The 6 digits your app shows now for Acoge SERMIG."),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "class": "ac-input--w6"}
        ),
    )

    def clean_token(self) -> str:
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit() or len(token) != 6:
            raise forms.ValidationError(_("Enter the 6 digits your app shows."))
        return token


class StaffUserForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "is_active"]
        help_texts = {"username": _("Letters, digits and . @ + - _ only.")}


class StaffPasswordForm(forms.Form):
    password = forms.CharField(
        label=_("New password"),
        strip=False,
        help_text=_("At least 12 characters. Give it to the person through a safe channel."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        password_validation.validate_password(password, self.user)
        return password


class StaffRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, widget=forms.RadioSelect)
    all_regions = forms.BooleanField(
        label=_("All regions"),
        required=False,
        help_text=_("National roles always cover all regions."),
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        cleaned = super().clean()
        role = cleaned.get("role")
        if role in NATIONAL_ROLES:
            cleaned["all_regions"] = True
        elif role in REGIONAL_ROLES and cleaned.get("all_regions"):
            self.add_error("all_regions", _("This role works for specific regions: choose them."))
        if role and not cleaned.get("all_regions") and not cleaned.get("regions"):
            self.add_error("regions", _("Choose at least one region, or all regions."))
        return cleaned
