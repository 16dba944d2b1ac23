"""Staff actions on one request, a view each: take, assign, record an attempt, a referral or a
note, close, erase as spam. Each checks `contact.handle` on the request (RequestMixin), calls
one service and goes back to the request, with the service's refusal as a message."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.core import zones
from acoge.core.audit import LogReadMixin

from .. import safety, selectors, services
from ..errors import ContactError
from ..forms_backoffice import AssignForm, AttemptForm, CloseForm, NoteForm, ReferralForm
from .backoffice import RequestMixin


class TakeView(RequestMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.request_take(request=self.contact_request, actor=request.user)
        except ContactError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The request is yours now."))
        return self.back_to_detail()


class AssignView(RequestMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = AssignForm(request.POST, staff=selectors.assignable_staff(self.contact_request))
        if not form.is_valid():
            messages.error(request, _("Choose a colleague who handles this region."))
            return self.back_to_detail()
        try:
            services.request_assign(
                request=self.contact_request, assignee=form.assignee_user(), actor=request.user
            )
        except ContactError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Assigned to %(name)s.") % {"name": form.assignee_user()})
        return self.back_to_detail()


class ActionView(RequestMixin, View):
    """A page with one form that changes the request; its GET shows the form."""

    template_name = ""
    form_class: type = AttemptForm

    def form(self, data=None):
        return self.form_class(data)

    def refused(self) -> HttpResponse | None:
        if not self.contact_request.is_open:
            messages.error(self.request, _("This request is closed."))
            return self.back_to_detail()
        return None

    def extra_context(self) -> dict:
        return {}

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.refused() or self.show(
            self.template_name, form=self.form(), **self.extra_context()
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        if refused := self.refused():
            return refused
        form = self.form(request.POST)
        if form.is_valid():
            try:
                text = self.act(form)
            except ContactError as error:  # on its field, when it names one
                form.add_error(getattr(error, "field", None), error.message)
            else:
                messages.success(request, text)
                return self.back_to_detail()
        return self.show(self.template_name, form=form, **self.extra_context())

    def act(self, form) -> str:
        raise NotImplementedError


class AttemptView(ActionView, LogReadMixin, View):
    """Shows her preferences again next to the form: opening it is a read."""

    template_name = "attempt.html"
    form_class = AttemptForm

    def extra_context(self) -> dict:
        """Outside her safe windows now, the page warns and asks for the reason at once."""
        contact_request = self.contact_request
        return {
            "outside_safe_times": not safety.safe_now(
                contact_request.preferences, zone=contact_request.zone
            )
        }

    def act(self, form) -> str:
        attempt = services.attempt_record(
            request=self.contact_request, actor=self.request.user, **form.cleaned_data
        )
        if attempt.result == "not_safe":
            until = zones.localtime(attempt.request.paused_until, attempt.request.region)
            return _("Attempt recorded. Do not contact her again before %(when)s.") % {
                "when": until.strftime("%d/%m/%Y %H:%M")
            }
        return _("Attempt recorded.")


class ReferralView(ActionView):
    template_name = "referral.html"
    form_class = ReferralForm

    def form(self, data=None):
        return ReferralForm(data, initial={"referred_on": timezone.localdate()})

    def act(self, form) -> str:
        services.referral_record(
            request=self.contact_request, actor=self.request.user, **form.cleaned_data
        )
        return _("Referral recorded.")


class NoteView(RequestMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                services.note_add(
                    request=self.contact_request, actor=request.user, text=form.cleaned_data["text"]
                )
            except ContactError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Note added."))
        else:
            messages.error(request, _("Write the note."))
        return self.back_to_detail()


class CloseView(ActionView):
    template_name = "close.html"
    form_class = CloseForm

    def extra_context(self) -> dict:
        return {"retention_days": settings.ACOGE_CONTACT_RETENTION_DAYS}

    def act(self, form) -> str:
        services.request_close(
            request=self.contact_request,
            actor=self.request.user,
            outcome=form.cleaned_data["outcome"],
        )
        return _("Request closed.")


class SpamView(RequestMixin, LogReadMixin, View):
    """Confirm, then erase the request whole."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show("spam.html")

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        reference = self.contact_request.reference
        services.request_mark_spam(request=self.contact_request, actor=request.user)
        messages.success(
            request, _("Request %(reference)s erased as spam.") % {"reference": reference}
        )
        return redirect("contact_staff:inbox")
