"""Staff pages of the Participatory Public Account: the cycles with what is due or late, a
cycle's observations by tab and theme, entering what was said at a presentation, one
observation (her e-mail, when given: each opening audit-logged) with its actions — classify,
answer, hide, merge — and publishing the answers document. Each view checks a
`public_account.*` permission, calls one service and redirects."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from acoge.accounts.mixins import ObjectViewMixin, StaffViewMixin
from acoge.core.audit import LogReadMixin, describe, entries_for
from acoge.core.errors import ServiceError
from acoge.core.tokens import clean_reference

from .. import selectors, services
from ..errors import AccountError
from ..forms import AnswerForm, ClassifyForm, EnterForm, HideForm, MergeForm
from ..models import Cycle, Observation, Theme

PAGE_SIZE = 50


class CyclesView(StaffViewMixin, View):
    permission_required = "public_account.list"

    def get(self, request: HttpRequest) -> HttpResponse:
        cycles = [(cycle, selectors.counts(cycle)) for cycle in Cycle.objects.all()]
        return render(request, "public_account/backoffice/cycles.html", {"cycles": cycles})


class CycleMixin(ObjectViewMixin):
    permission_required = "public_account.handle"
    list_permission = "public_account.list"

    def reachable(self):
        return Cycle.objects.all()


class ObservationsView(CycleMixin, View):
    permission_required = "public_account.list"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        cycle = self.record
        tab = request.GET.get("ver", selectors.DEFAULT_TAB)
        tab = tab if tab in selectors.TABS else selectors.DEFAULT_TAB
        themes = list(Theme.objects.all())
        theme = request.GET.get("tema", "")
        theme = theme if theme in {t.slug for t in themes} else ""
        page = Paginator(selectors.for_staff(cycle, tab, theme), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        today = timezone.localdate()
        for observation in page.object_list:
            observation.late = observation.is_late(today)
        return render(
            request,
            "public_account/backoffice/observations.html",
            {
                "cycle": cycle,
                "tab": tab,
                "tabs": list(selectors.TABS.items()),
                "themes": themes,
                "theme": theme,
                "observations": page.object_list,
                "page_obj": page,
                "counts": selectors.counts(cycle),
            },
        )


class EnterView(CycleMixin, View):
    def show(self, form: EnterForm) -> HttpResponse:
        return render(
            self.request,
            "public_account/backoffice/enter.html",
            {"cycle": self.record, "form": form},
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(EnterForm(cycle=self.record, initial={"channel": "event"}))

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = EnterForm(request.POST, cycle=self.record)
        if form.is_valid():
            try:
                observation = services.observation_enter(
                    cycle=self.record, actor=request.user, **form.cleaned_data
                )
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("Observation %(reference)s entered.") % {"reference": observation.reference},
                )
                return redirect("public_account_staff:enter", pk=self.record.pk)
        return self.show(form)


class PublishView(CycleMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        try:
            services.answers_publish(cycle=self.record, actor=request.user)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The answers document is published."))
        return redirect("public_account_staff:observations", pk=self.record.pk)


class ObservationMixin(ObjectViewMixin):
    permission_required = "public_account.handle"
    list_permission = "public_account.list"

    def reachable(self):
        return Observation.objects.select_related(
            "cycle", "theme", "region", "event", "merged_into"
        )


class ObservationView(ObservationMixin, LogReadMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        observation = self.record
        return render(
            request,
            "public_account/backoffice/observation.html",
            {
                "observation": observation,
                "late": observation.is_late(),
                "classify": ClassifyForm(
                    initial={
                        "theme": observation.theme,
                        "responsible_unit": observation.responsible_unit,
                    }
                ),
                "answer": AnswerForm(
                    initial={
                        "responsible_unit": observation.responsible_unit,
                        "answer": observation.answer,
                    }
                ),
                "hide": HideForm(),
                "merge": MergeForm(),
                "merged": list(observation.merged.all()),
                "history": [
                    (entry, describe(entry))
                    for entry in entries_for(observation)
                    .select_related("actor")
                    .order_by("created_at")
                ],
            },
        )


ACTIONS = {
    "clasificar": ClassifyForm,
    "responder": AnswerForm,
    "ocultar": HideForm,
    "unir": MergeForm,
}


class ActionView(ObservationMixin, View):
    """One form of the observation's page, posted: the service it calls, or the form again with
    its errors and what was typed."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, action: str) -> HttpResponse:
        if action not in ACTIONS:
            raise Http404
        observation = self.record
        form = ACTIONS[action](request.POST)
        if form.is_valid():
            try:
                self.run(action, observation, form.cleaned_data)
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                return redirect("public_account_staff:observation", pk=observation.pk)
        return render(
            request,
            "public_account/backoffice/action.html",
            {"observation": observation, "form": form, "action": action},
            status=400,
        )

    def run(self, action: str, observation: Observation, data: dict) -> None:
        actor = self.request.user
        if action == "clasificar":
            services.observation_classify(observation=observation, actor=actor, **data)
        elif action == "responder":
            services.observation_answer(observation=observation, actor=actor, **data)
            messages.success(self.request, _("The answer is published."))
        elif action == "ocultar":
            services.observation_hide(observation=observation, actor=actor, reason=data["reason"])
        else:
            into = observation.cycle.observations.filter(
                reference=clean_reference(data["into"])
            ).first()
            if into is None:
                raise AccountError(_("No observation of this public account has that code."))
            services.observation_merge(observation=observation, into=into, actor=actor)
