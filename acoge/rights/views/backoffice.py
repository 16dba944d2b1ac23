"""Staff pages of data-subject requests: the list with due dates and status, one request (her
message and contact, each opening audit-logged), and one page per action (start, answer,
refuse). Each view checks a `rights.*` permission, calls one service and redirects."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin
from acoge.accounts.policy import can
from acoge.core.audit import LogReadMixin, describe, entries_for
from acoge.core.forms import display_phone

from .. import selectors, services
from ..errors import RightsError
from ..forms_backoffice import AnswerForm, RefuseForm
from ..models import ContactKind, RightsRequest

PAGE_SIZE = 50


class ListView(StaffViewMixin, View):
    permission_required = "rights.list"

    def get(self, request: HttpRequest) -> HttpResponse:
        tab = request.GET.get("ver", selectors.DEFAULT_TAB)
        if tab not in selectors.TABS:
            tab = selectors.DEFAULT_TAB
        page = Paginator(selectors.requests_for_staff(tab), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        return render(
            request,
            "rights/backoffice/list.html",
            {
                "tab": tab,
                "tabs": list(selectors.TABS.items()),
                "open_count": selectors.open_count(),
                "requests": page.object_list,
                "page_obj": page,
                "today": timezone.localdate(),
            },
        )


class RequestMixin(ObjectViewMixin):
    permission_required = "rights.view"
    list_permission = "rights.list"

    def reachable(self):
        return RightsRequest.objects.all()

    @property
    def rights_request(self) -> RightsRequest:
        return self.record

    def back_to_detail(self) -> HttpResponse:
        return redirect("rights_staff:detail", pk=self.rights_request.pk)


class DetailView(RequestMixin, LogReadMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = self.rights_request
        contact = item.contact
        if contact and item.contact_kind == ContactKind.PHONE:
            contact = display_phone(contact)
        return render(
            request,
            "rights/backoffice/detail.html",
            {
                "item": item,
                "contact": contact,
                "overdue": item.is_overdue(),
                "can_handle": can(request.user, "rights.handle", item),
                "history": [
                    (entry, describe(entry))
                    for entry in entries_for(item).select_related("actor").order_by("created_at")
                ],
            },
        )


class ActionView(RequestMixin, View):
    """A page with one form that changes the request; its GET shows the form."""

    permission_required = "rights.handle"
    template_name = "rights/backoffice/action.html"
    form_class: type = AnswerForm
    title: Promise | str = ""
    button: Promise | str = ""

    def run(self, form) -> None:
        raise NotImplementedError

    def show(self, form) -> HttpResponse:
        return render(
            self.request,
            self.template_name,
            {"item": self.rights_request, "form": form, "title": self.title, "button": self.button},
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(self.form_class())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                self.run(form)
            except RightsError as error:
                form.add_error(None, error.message)
            else:
                return self.back_to_detail()
        return self.show(form)


class StartView(RequestMixin, View):
    permission_required = "rights.handle"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.request_start(request=self.rights_request, actor=request.user)
        except RightsError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The request is in progress."))
        return self.back_to_detail()


class AnswerView(ActionView):
    form_class = AnswerForm
    title = gettext_lazy("Mark the request as answered")
    button = gettext_lazy("Mark as answered")

    def run(self, form) -> None:
        services.request_answer(
            request=self.rights_request,
            actor=self.request.user,
            resolution=form.cleaned_data["resolution"],
        )
        messages.success(self.request, _("The request is marked as answered."))


class RefuseView(ActionView):
    form_class = RefuseForm
    title = gettext_lazy("Refuse the request")
    button = gettext_lazy("Refuse the request")

    def run(self, form) -> None:
        services.request_refuse(
            request=self.rights_request, actor=self.request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(self.request, _("The request is refused."))
