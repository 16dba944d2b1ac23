"""Staff pages of consultations, under /gestion/consultas/: the list, a consultation's results
while it is open (who is taking part, each question), entering paper questionnaires, and
making participation codes to print on cards."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin, object_or_404
from acoge.accounts.policy import can
from acoge.core.audit import log_action

from .. import exports, flow, selectors, services
from ..errors import ConsultationError
from ..forms_backoffice import (
    CodesForm,
    PaperForms,
)
from ..models import (
    Channel,
    Consultation,
    Modality,
    Moderation,
    Question,
)


class ListView(StaffViewMixin, View):
    permission_required = "consultations.list"

    def get(self, request: HttpRequest) -> HttpResponse:
        can_view = can(request.user, "consultations.view")
        rows = selectors.for_staff()
        if not can_view:  # regional staff: the consultations that have dialogues
            rows = [row for row in rows if row["consultation"].modality != Modality.ONLINE]
        return render(
            request,
            "consultations/backoffice/list.html",
            {"consultations": rows, "can_view": can_view},
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
                "results": selectors.results(consultation, public=False),
                "conclusions": selectors.conclusions(consultation),
                "texts": consultation.questions.filter(
                    Q(kind__in=Question.TEXT_KINDS) | Q(allow_other=True)
                ),
                "can_export": can(request.user, "consultations.export"),
                "can_export_answers": can(request.user, "consultations.export_answers"),
            },
        )


class PreviewView(ConsultationMixin, View):
    """The questionnaire as she will see it, page by page, in any of the three languages: read
    by the team before it opens (then it is frozen)."""

    permission_required = "consultations.view"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        codes = [code for code, _name in settings.LANGUAGES]
        language = request.GET.get("idioma", "es")
        if language not in codes:
            language = "es"
        with translation.override(language):  # her pages in that language, the rest in ours
            pages = render_to_string(
                "consultations/backoffice/preview.html#pages",
                {"pages": flow.preview(self.record)},
            )
        return render(
            request,
            "consultations/backoffice/preview.html",
            {
                "consultation": self.record,
                "pages": pages,
                "language": language,
                "languages": settings.LANGUAGES,
                "frozen": self.record.frozen(),
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


# Open answers and exports -----------------------------------------------------------------------


class TextsView(ConsultationMixin, View):
    """A question's open answers, read before any is quoted: the themes they fall into (grouped
    by scikit-learn in the background, of every answer not hidden), and each answer to publish
    or not."""

    permission_required = "consultations.moderate"

    def get(self, request: HttpRequest, pk: int, question: int) -> HttpResponse:
        question = self._question(question)
        state = request.GET.get("estado", Moderation.PENDING)
        if state not in Moderation.values:
            state = Moderation.PENDING
        grouping = selectors.grouping(question)
        return render(
            request,
            "consultations/backoffice/texts.html",
            {
                "consultation": self.record,
                "question": question,
                "state": state,
                "states": Moderation.choices,
                "page_obj": selectors.texts_page(question, state, request.GET.get("page")),
                "counts": selectors.texts_counts(question),
                "themes": selectors.themes(question, made=grouping),
                "grouping": grouping,
            },
        )

    def post(self, request: HttpRequest, pk: int, question: int) -> HttpResponse:
        question = self._question(question)
        if "regroup" in request.POST:
            services.regroup_task.enqueue(question.pk)
            messages.success(request, _("The answers are being grouped again; reload in a minute."))
            return redirect(request.get_full_path())
        ids = [int(v) for v in request.POST.getlist("answer") if v.isdigit()]
        state = request.POST.get("state", "")
        try:
            changed = services.texts_moderate(
                question=question, answer_ids=ids, state=state, actor=request.user
            )
        except ConsultationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext("%(count)s answer marked.", "%(count)s answers marked.", changed)
                % {"count": changed},
            )
        return redirect(request.get_full_path())

    def _question(self, pk: int) -> Question:
        return object_or_404(self.record.questions.all(), pk)


class ExportView(ConsultationMixin, View):
    """The results as published (suppressed), or, with its own permission, the anonymised
    answers: CSV or XLSX. Each export is in the audit log."""

    permission_required = "consultations.export"
    what = "results"

    def get(self, request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
        consultation = self.record
        if self.what == "results":
            results = selectors.results(consultation)
            content = (
                exports.results_csv(results)
                if fmt == "csv"
                else exports.results_xlsx(results, title=consultation.title)
            )
        else:
            content = (
                exports.answers_csv(consultation)
                if fmt == "csv"
                else exports.answers_xlsx(consultation)
            )
        log_action(
            f"consultations.{self.what}.exported",
            actor=request.user,
            obj=consultation,
            data={"format": fmt},
        )
        kind = "text/csv; charset=utf-8" if fmt == "csv" else XLSX
        response = HttpResponse(content, content_type=kind)
        name = f"{consultation.slug}-{'resultados' if self.what == 'results' else 'respuestas'}"
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        response["Cache-Control"] = "no-store"
        return response


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
