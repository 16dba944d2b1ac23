"""The staff shell's own pages: the dashboard and the component gallery."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from acoge.accounts.mixins import StaffViewMixin
from acoge.accounts.policy import staff_roles
from acoge.core.forms import DatePartsField, PublicForm
from acoge.core.registries import menu


class DashboardView(StaffViewMixin, TemplateView):
    template_name = "backoffice/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["entries"] = menu.visible_to(self.request.user)
        context["roles"] = staff_roles(self.request.user)
        return context


class ComponentsForm(PublicForm):
    """Every kind of field the design system renders, for review."""

    name = forms.CharField(label=_("Name or alias"), help_text=_("You can use a nickname."))
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 4}))
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("Choose a region")), ("13", "Metropolitana")]
    )
    contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=[("email", _("Email")), ("phone", _("Phone call")), ("whatsapp", "WhatsApp")],
        widget=forms.RadioSelect,
    )
    needs = forms.MultipleChoiceField(
        label=_("What support do you need?"),
        choices=[("childcare", _("Childcare")), ("interpreter", _("Interpreter"))],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    safe = forms.BooleanField(label=_("It is safe to send me messages"), required=False)
    date = DatePartsField(label=_("Date"), help_text=_("For example, 27 3 2026"))


class ComponentsView(StaffViewMixin, TemplateView):
    permission_required = "backoffice.view_components"
    template_name = "backoffice/components.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = ComponentsForm()
        context["error_form"] = ComponentsForm(
            data={"contact": "fax", "date_day": "31", "date_month": "2", "date_year": "2026"}
        )
        context["error_form"].is_valid()
        context["page_obj"] = Paginator(range(100), 10).page(3)
        return context
