"""Staff pages of the registry of organisations: the list by tab, one organisation (its
representative's contact and documents: each opening audit-logged), accepting and turning
down. Each view checks a `council.*` permission, calls one service and redirects."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.policy import can
from acoge.core import uploads
from acoge.core.audit import LogReadMixin, describe, entries_for, log_action
from acoge.core.forms import display_phone

from .. import selectors, services
from ..errors import CouncilError
from ..forms_backoffice import RejectForm
from ..models import Organisation

PAGE_SIZE = 50


class ListView(StaffViewMixin, View):
    permission_required = "council.organisations"

    def get(self, request: HttpRequest) -> HttpResponse:
        tab = request.GET.get("ver", selectors.DEFAULT_TAB)
        if tab not in selectors.TABS:
            tab = selectors.DEFAULT_TAB
        search = request.GET.get("q", "")[:100]
        page = Paginator(selectors.for_staff(tab, search), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        return render(
            request,
            "council/backoffice/list.html",
            {
                "tab": tab,
                "tabs": list(selectors.TABS.items()),
                "to_review": selectors.to_review_count(),
                "organisations": page.object_list,
                "page_obj": page,
                "search": search,
            },
        )


class OrganisationMixin(ObjectViewMixin):
    permission_required = "council.organisation"
    list_permission = "council.organisations"

    def reachable(self):
        return Organisation.objects.select_related("region", "category", "reviewed_by")

    @property
    def organisation(self) -> Organisation:
        return self.record

    def back(self) -> HttpResponse:
        return redirect("council_staff:organisation", pk=self.organisation.pk)


class DetailView(OrganisationMixin, LogReadMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        organisation = self.organisation
        return render(
            request,
            "council/backoffice/detail.html",
            {
                "organisation": organisation,
                "rut": services.display_rut(organisation.rut),
                "phone": display_phone(organisation.phone) if organisation.phone else "",
                "documents": list(organisation.documents.all()),
                "can_review": can(request.user, "council.review", organisation),
                "history": [
                    (entry, describe(entry))
                    for entry in entries_for(organisation)
                    .select_related("actor")
                    .order_by("created_at")
                ],
            },
        )


class DocumentView(OrganisationMixin, View):
    def get(self, request: HttpRequest, pk: int, document: int) -> HttpResponse:
        found = object_or_404(self.organisation.documents.all(), document)
        response = uploads.attachment(found.file, kind=found.file_kind, filename=found.filename)
        log_action(
            "council.organisation.read",
            obj=self.organisation,
            request=request,
            data={"document": found.pk},
        )
        return response


class AcceptView(OrganisationMixin, View):
    permission_required = "council.review"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.organisation_accept(organisation=self.organisation, actor=request.user)
        except CouncilError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The organisation is in the registry."))
        return self.back()


class RejectView(OrganisationMixin, View):
    permission_required = "council.review"

    def show(self, form: RejectForm) -> HttpResponse:
        return render(
            self.request,
            "council/backoffice/reject.html",
            {"organisation": self.organisation, "form": form},
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(RejectForm())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = RejectForm(request.POST)
        if form.is_valid():
            try:
                services.organisation_reject(
                    organisation=self.organisation,
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except CouncilError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The organisation was told it is not accepted."))
                return self.back()
        return self.show(form)
