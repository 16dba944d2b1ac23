"""The audit log page (national administrators): every change and every opening of a sensitive
record, filtered by who, what, region and dates."""

from datetime import datetime, time

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from acoge.accounts.mixins import StaffViewMixin
from acoge.core.audit import describe
from acoge.core.forms import DatePartsField
from acoge.core.models import AuditEntry, Region


class AuditFilterForm(forms.Form):
    actor = forms.ModelChoiceField(
        label=_("Staff member"),
        queryset=get_user_model().objects.all(),
        required=False,
        empty_label=_("Anyone"),
    )
    action = forms.CharField(
        label=_("Action contains"), required=False, help_text=_("For example: contact.request")
    )
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), required=False, empty_label=_("All")
    )
    since = DatePartsField(label=_("From"), required=False)
    until = DatePartsField(label=_("To"), required=False)


class AuditLogView(StaffViewMixin, ListView):
    permission_required = "backoffice.view_audit"
    template_name = "backoffice/audit_list.html"
    paginate_by = 50

    def get_queryset(self):
        entries = AuditEntry.objects.select_related("actor", "region")
        self.form = AuditFilterForm(self.request.GET or None)
        if self.form.is_valid():
            data = self.form.cleaned_data
            if data["actor"]:
                entries = entries.filter(actor=data["actor"])
            if data["action"]:
                entries = entries.filter(action__icontains=data["action"])
            if data["region"]:
                entries = entries.filter(region=data["region"])
            zone = timezone.get_current_timezone()
            if data["since"]:
                entries = entries.filter(
                    created_at__gte=datetime.combine(data["since"], time.min, zone)
                )
            if data["until"]:
                entries = entries.filter(
                    created_at__lte=datetime.combine(data["until"], time.max, zone)
                )
        return entries

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["rows"] = [(entry, describe(entry)) for entry in context["object_list"]]
        return context
