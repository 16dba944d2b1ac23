"""Staff pages of consultations, under /gestion/consultas/: the list, a consultation's results
while it is open (who is taking part, each question), entering paper questionnaires, and
making participation codes to print on cards."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin

from .. import selectors, services
from ..errors import ConsultationError
from ..forms_backoffice import CodesForm, PaperForms
from ..models import Channel, Consultation


class ListView(StaffViewMixin, View):
    permission_required = "consultations.list"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(
            request,
            "consultations/backoffice/list.html",
            {"consultations": selectors.for_staff()},
        )


class ConsultationMixin(ObjectViewMixin):
    list_permission = "consultations.list"

    def reachable(self):
        return Consultation.objects.all()


class DetailView(ConsultationMixin, View):
    permission_required = "consultations.view"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        consultation = self.record
        return render(
            request,
            "consultations/backoffice/detail.html",
            {
                "consultation": consultation,
                "status": consultation.status(),
                "counts": selectors.counts_by_channel(consultation),
                "results": selectors.results(consultation),
            },
        )


class PaperView(ConsultationMixin, View):
    """A paper questionnaire on one page: typed in, saved, and a blank one for the next."""

    permission_required = "consultations.enter_answers"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(PaperForms(self.record))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        forms = PaperForms(self.record, request.POST)
        if forms.is_valid():
            try:
                services.response_submit(
                    consultation=self.record,
                    given=forms.given(),
                    stats=forms.stats_answers(),
                    region_id=forms.region_id(),
                    channel=Channel.IN_PERSON,
                    entered_by=request.user,
                )
            except ConsultationError as error:
                forms.region.add_error(None, error.message)  # a form every questionnaire has
            else:
                messages.success(request, _("Saved. The next questionnaire is below."))
                return redirect("consultations_staff:paper", pk=self.record.pk)
        return self._page(forms, status=400)

    def _page(self, forms: PaperForms, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/paper.html",
            {
                "consultation": self.record,
                "forms": forms,
                "entered": selectors.entered_by(self.record, self.request.user),
            },
            status=status,
        )


class CodesView(ConsultationMixin, View):
    """Makes a batch of codes and shows it once, as cards to print: only hashes are kept."""

    permission_required = "consultations.make_codes"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(CodesForm())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = CodesForm(request.POST)
        if form.is_valid():
            try:
                codes = services.codes_generate(
                    consultation=self.record,
                    batch=form.cleaned_data["batch"],
                    count=form.cleaned_data["count"],
                    actor=request.user,
                )
            except ConsultationError as error:
                form.add_error(None, error.message)
            else:
                response = render(
                    request,
                    "consultations/backoffice/cards.html",
                    {"consultation": self.record, "codes": codes, **form.cleaned_data},
                )
                response["Cache-Control"] = "no-store"
                return response
        return self._page(form, status=400)

    def _page(self, form: CodesForm, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/codes.html",
            {
                "consultation": self.record,
                "form": form,
                "batches": selectors.code_batches(self.record),
            },
            status=status,
        )
