"""Staff pages of dialogues in person, under /gestion/consultas/dialogos/: scheduling one in a
region the staff member covers, who came, the paper sheets typed once and a second time, the
differences corrected, and the conclusions."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin
from acoge.stats.demographics import EveryoneStatsForm

from .. import selectors, services
from ..errors import ConsultationError
from ..forms_backoffice import (
    AttendanceForm,
    ConclusionFormSet,
    DialogueForm,
    PaperForms,
)
from ..models import (
    Channel,
    Consultation,
    Dialogue,
    Modality,
    Response,
    SecondEntry,
)
from .backoffice import ConsultationMixin


class DialoguesView(ConsultationMixin, View):
    """A consultation's dialogues the staff member reaches, and scheduling a new one in a
    region she covers."""

    permission_required = "consultations.dialogues"

    def reachable(self):
        return Consultation.objects.exclude(modality=Modality.ONLINE)

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(self._form())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self._form(request.POST)
        if form.is_valid():
            dialogue = services.dialogue_save(
                form=form, consultation=self.record, actor=request.user
            )
            messages.success(request, _("The dialogue is scheduled and shown on the public page."))
            return redirect("consultations_staff:dialogue", pk=dialogue.pk)
        return self._page(form, status=400)

    def _form(self, data=None) -> DialogueForm:
        return DialogueForm(
            data,
            instance=Dialogue(consultation=self.record),
            regions=selectors.dialogue_regions(self.record, self.request.user),
        )

    def _page(self, form, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/dialogues.html",
            {
                "consultation": self.record,
                "dialogues": selectors.dialogues_for(self.request.user, self.record),
                "form": form,
            },
            status=status,
        )


class DialogueMixin(ObjectViewMixin):
    list_permission = "consultations.dialogues"
    permission_required = "consultations.dialogue"

    def reachable(self):
        return selectors.dialogues_for(self.request.user)

    @property
    def consultation(self) -> Consultation:
        return self.record.consultation


class DialogueView(DialogueMixin, View):
    """One dialogue: where and when, who came, the questionnaires typed, the conclusions."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(self._form())

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self._form(request.POST)
        if form.is_valid():
            services.dialogue_save(form=form, consultation=self.consultation, actor=request.user)
            messages.success(request, _("Saved."))
            return redirect("consultations_staff:dialogue", pk=self.record.pk)
        return self._page(form, status=400)

    def _form(self, data=None) -> DialogueForm:
        return DialogueForm(
            data,
            instance=self.record,
            regions=selectors.dialogue_regions(self.consultation, self.request.user),
        )

    def _page(self, form, status: int = 200) -> HttpResponse:
        dialogue = self.record
        return render(
            self.request,
            "consultations/backoffice/dialogue.html",
            {
                "dialogue": dialogue,
                "consultation": self.consultation,
                "form": form,
                "attendance": selectors.attendance(dialogue),
                "typed": selectors.typed(dialogue),
                "comparison": services.entry_differences(dialogue),
                "conclusions": list(dialogue.conclusions.all()),
            },
            status=status,
        )


class AttendanceView(DialogueMixin, View):
    """Who came: counted by gender and age band, or signed in one by one with the optional
    statistics questions."""

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(self._counts(), EveryoneStatsForm(prefix="stats"))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        dialogue = self.record
        if "sign_in" in request.POST:
            form = EveryoneStatsForm(request.POST, prefix="stats")
            if form.is_valid():
                services.attendee_sign_in(
                    dialogue=dialogue, answers=form.answers(), actor=request.user
                )
                messages.success(request, _("Signed in. The next person can sign in below."))
                return redirect("consultations_staff:attendance", pk=dialogue.pk)
            return self._page(self._counts(), form, status=400)
        counts = self._counts(request.POST)
        if counts.is_valid():
            try:
                total = services.attendance_count(
                    dialogue=dialogue, counts=counts.counts(), actor=request.user
                )
            except ConsultationError as error:
                counts.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    ngettext("%(count)s person counted.", "%(count)s people counted.", total)
                    % {"count": total},
                )
                return redirect("consultations_staff:dialogue", pk=dialogue.pk)
        return self._page(counts, EveryoneStatsForm(prefix="stats"), status=400)

    def _counts(self, data=None) -> AttendanceForm:
        return AttendanceForm(data, initial_counts=selectors.counted(self.record))

    def _page(self, counts, sign_in, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/attendance.html",
            {
                "dialogue": self.record,
                "consultation": self.consultation,
                "counts": counts,
                "sign_in": sign_in,
                "attendance": selectors.attendance(self.record),
            },
            status=status,
        )


class ConclusionsView(DialogueMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(ConclusionFormSet(instance=self.record, prefix="c"))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        formset = ConclusionFormSet(request.POST, instance=self.record, prefix="c")
        if formset.is_valid():
            services.conclusions_save(formset=formset, dialogue=self.record, actor=request.user)
            messages.success(request, _("The conclusions are saved."))
            return redirect("consultations_staff:dialogue", pk=self.record.pk)
        return self._page(formset, status=400)

    def _page(self, formset, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/conclusions.html",
            {"dialogue": self.record, "consultation": self.consultation, "formset": formset},
            status=status,
        )


class DialoguePaperView(DialogueMixin, View):
    """A dialogue's paper questionnaires, each with its sheet number: typed once (counted), or
    a second time by someone else (`second`), to be compared."""

    second = False

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._page(PaperForms(self.consultation, sheets=True))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        forms = PaperForms(self.consultation, request.POST, sheets=True)
        if forms.is_valid():
            try:
                if self.second:
                    services.second_entry_save(
                        dialogue=self.record,
                        sheet=forms.sheet_number(),
                        given=forms.given(),
                        stats=forms.stats_answers(),
                        region_id=forms.region_id(),
                        actor=request.user,
                    )
                else:
                    services.response_submit(
                        consultation=self.consultation,
                        given=forms.given(),
                        stats=forms.stats_answers(),
                        region_id=forms.region_id(),
                        channel=Channel.IN_PERSON,
                        entered_by=request.user,
                        dialogue=self.record,
                        sheet=forms.sheet_number(),
                    )
            except ConsultationError as error:
                forms.sheet.add_error("sheet", error.message)
            else:
                messages.success(
                    request,
                    _("Sheet %(sheet)s saved. The next one is below.")
                    % {"sheet": forms.sheet_number()},
                )
                name = "second-entry" if self.second else "dialogue-paper"
                return redirect(f"consultations_staff:{name}", pk=self.record.pk)
        return self._page(forms, status=400)

    def _page(self, forms: PaperForms, status: int = 200) -> HttpResponse:
        return render(
            self.request,
            "consultations/backoffice/paper.html",
            {
                "consultation": self.consultation,
                "dialogue": self.record,
                "second": self.second,
                "forms": forms,
                "entered": selectors.typed(self.record)["second" if self.second else "first"],
            },
            status=status,
        )


class CorrectView(DialogueMixin, View):
    """The second entry of a sheet was right: the counted answers become what it says."""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        sheet = request.POST.get("sheet", "")
        try:
            services.entry_correct(dialogue=self.record, sheet=sheet, actor=request.user)
        except (SecondEntry.DoesNotExist, Response.DoesNotExist):
            messages.error(request, _("This sheet was not typed twice."))
        except ConsultationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Sheet %(sheet)s now counts as in its second entry.") % {"sheet": sheet}
            )
        return redirect("consultations_staff:dialogue", pk=self.record.pk)
