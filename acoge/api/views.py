"""National administrators issue, revoke and rotate partners' API keys here. A new secret is
shown once, in the answer to the post that made it; it is never stored, nor put in a session."""

from functools import cached_property

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView

from acoge.accounts.mixins import StaffViewMixin, object_or_404
from acoge.core.audit import describe, entries_for
from acoge.core.errors import ServiceError

from . import selectors, services
from .forms import ApiKeyForm
from .models import ApiKey


class KeyAdminMixin(StaffViewMixin):
    permission_required = "api.manage_keys"


class KeyListView(KeyAdminMixin, ListView):
    template_name = "api/backoffice/key_list.html"
    paginate_by = 50

    def get_queryset(self):
        return selectors.keys_for_staff()


class KeyCreateView(KeyAdminMixin, View):
    template_name = "api/backoffice/key_form.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": ApiKeyForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = ApiKeyForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form})
        issued = services.api_key_issue(**form.cleaned_data, actor=request.user, request=request)
        return _show_secret(request, issued)


class KeyObjectMixin(KeyAdminMixin):
    @cached_property
    def key(self) -> ApiKey:
        return object_or_404(selectors.keys_for_staff(), self.kwargs["pk"])


class KeyDetailView(KeyObjectMixin, View):
    template_name = "api/backoffice/key_detail.html"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        history = entries_for(self.key).exclude(action="api.key.used")
        context = {
            "key": self.key,
            "uses": entries_for(self.key).filter(action="api.key.used").count(),
            "history": [(entry, describe(entry)) for entry in history[:20]],
        }
        return render(request, self.template_name, context)


class KeyRevokeView(KeyObjectMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.api_key_revoke(key=self.key, actor=request.user, request=request)
        except ServiceError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Key revoked: it stops working now."))
        return redirect("api_staff:key-detail", pk=self.key.pk)


class KeyRotateView(KeyObjectMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            issued = services.api_key_rotate(key=self.key, actor=request.user, request=request)
        except ServiceError as exc:
            messages.error(request, str(exc.message))
            return redirect("api_staff:key-detail", pk=self.key.pk)
        return _show_secret(request, issued, rotated=True)


def _show_secret(request: HttpRequest, issued: services.IssuedKey, rotated: bool = False):
    response = render(
        request,
        "api/backoffice/key_secret.html",
        {"key": issued.key, "secret": issued.secret, "rotated": rotated},
    )
    response["Cache-Control"] = "no-store"
    return response
