"""The public contact point: a start page that puts her safety first, one question per page,
check answers, send; then a reference code and a private link to see the status or withdraw.

Her answers wait in the session until the check-answers page sends them to
`services.request_create`; nothing is stored in the database before that.
"""

import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from acoge.core.finder import Finder
from acoge.core.forms import display_phone
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import (
    REVIEW,
    Journey,
    QuestionFlow,
    StartLimit,
    Step,
    SummaryRow,
)
from acoge.core.ratelimit import Limit, rate_limit
from acoge.stats.demographics import StatsForm

from .. import selectors, services
from ..forms import (
    HowForm,
    LanguageForm,
    MessageForm,
    RegionForm,
    SafetyForm,
    SendForm,
    TopicForm,
    WithdrawForm,
    request_arguments,
)
from ..models import ContactRequest, Language, Method, TimeSlot, Topic, Weekday

SESSION_SENT = "contact.sent"
QUESTIONS = "contact/public/steps/questions.html"

JOURNEY = Journey.of(
    "contact.answers",
    [
        Step("tema", TopicForm, gettext_lazy("What would you like to talk about?")),
        Step("region", RegionForm, gettext_lazy("Which region do you live in?")),
        Step(
            "mensaje",
            MessageForm,
            gettext_lazy("Do you want to tell us anything now?"),
            f"{QUESTIONS}#mensaje",
        ),
        Step("como", HowForm, gettext_lazy("How can we contact you?"), f"{QUESTIONS}#como"),
        Step(
            "seguridad",
            SafetyForm,
            gettext_lazy("How can we contact you safely?"),
            f"{QUESTIONS}#seguridad",
        ),
        Step(
            "idioma",
            LanguageForm,
            gettext_lazy("In which language would you like us to talk to you?"),
            f"{QUESTIONS}#idioma",
        ),
        Step(
            "estadisticas",
            StatsForm,
            gettext_lazy("Questions for statistics (optional)"),
            f"{QUESTIONS}#estadisticas",
            optional=True,
        ),
    ],
)


@public_page(STABLE)
def start(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "contact/public/start.html",
        {
            "due_days": settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS,
            "retention_months": max(1, round(settings.ACOGE_CONTACT_RETENTION_DAYS / 30.4)),
        },
    )


def _methods(answers: dict) -> list[str]:
    return answers.get("como", {}).get("methods", [])


def _yes_no(value: str) -> str:
    return _("Yes") if value == "yes" else _("No")


class ContactFlow(QuestionFlow):
    """Writing to the contact point: the questions, check answers, then
    `services.request_create` with everything at once."""

    journey = JOURNEY
    url_name = "contact:step"
    review_template = f"{QUESTIONS}#revisar"
    review_title = gettext_lazy("Check your answers before sending")
    start_limits = (StartLimit(Limit("contact.start", 60)),)
    busy_template = "contact/public/_busy.html"

    def start_url(self) -> str:
        return reverse("contact:start")

    def caption(self, step: str) -> str:
        if step == REVIEW:
            return _("Write to us")
        return _("Write to us · question %(number)s of %(count)s") % {
            "number": self.journey.index(step) + 1,
            "count": len(self.journey.steps) - 1,
        }

    def form_kwargs(self, step: str, answers: dict) -> dict:
        if step == "seguridad":
            return {"methods": _methods(answers)}
        if step == "idioma":
            return {"initial": {"language": get_language()}}
        return {}

    def after_save(self, step: str, answers: dict, *, back_to_review: bool) -> str | None:
        if step == "como" and "seguridad" in answers:
            # New ways to contact her may need new safety answers: ask again.
            self.journey.drop(self.request, "seguridad")
            return "seguridad" if back_to_review else None
        return None

    def context(self) -> dict:
        return {"methods": _methods(self.answers())}

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def review_button(self) -> str:
        return _("Send")

    @staticmethod
    def values(checked: dict) -> dict:
        values: dict = {}
        for name, form in checked.items():
            if name != "estadisticas":
                values.update(form.values())
        return values

    def summary(self, checked: dict) -> list[SummaryRow]:
        def row(key, value, step, hidden) -> SummaryRow:
            return SummaryRow(key, value, self.step_url(step, returning=True), hidden)

        values = self.values(checked)
        stats = checked["estadisticas"].answers() if "estadisticas" in checked else {}
        safety = values["safety"]
        methods = values["methods"]
        ways = [str(Method(method).label) for method in methods]
        contact = [part for part in (display_phone(values["phone"]), values["email"]) if part]
        safety_lines = []
        if Method.CALL in methods:
            safety_lines.append(_("Calls: %(answer)s") % {"answer": _yes_no(safety["call"])})
            safety_lines.append(
                _("Voice messages: %(answer)s") % {"answer": _yes_no(safety["voicemail"])}
            )
        if set(methods) - {Method.CALL}:
            safety_lines.append(
                _("Writing to you: %(answer)s") % {"answer": _yes_no(safety["write"])}
            )
        days = ", ".join(str(Weekday(day).label) for day in safety["days"]) or _("Monday to Friday")
        times = ", ".join(str(TimeSlot(slot).label) for slot in safety["times"]) or _(
            "Between 9:00 and 18:00"
        )
        language = (
            values["language_other"]
            if values["language"] == Language.OTHER
            else dict(LanguageForm.base_fields["language"].choices)[values["language"]]
        )
        region = values["region"]
        return [
            row(_("Topic"), Topic(values["topic"]).label, "tema", _("topic")),
            row(
                _("Region"),
                region.name if region else _("I prefer not to say"),
                "region",
                _("region"),
            ),
            row(_("Message"), values["message"] or _("No message"), "mensaje", _("message")),
            row(_("Ways to contact you"), ", ".join(ways), "como", _("ways to contact you")),
            row(_("Contact details"), " · ".join(contact), "como", _("contact details")),
            row(_("Name to ask for"), values["name"] or _("Not given"), "como", _("name")),
            row(_("Is it safe?"), " · ".join(safety_lines), "seguridad", _("safety")),
            row(_("Safe days and times"), f"{days} · {times}", "seguridad", _("days and times")),
            row(
                _("If someone else answers"),
                safety["say"] or _("Nothing in particular"),
                "seguridad",
                _("what to say"),
            ),
            row(
                _("Never mention"),
                safety["avoid"] or _("Nothing in particular"),
                "seguridad",
                _("what never to mention"),
            ),
            row(_("Language"), language, "idioma", _("language")),
            row(
                _("Statistics questions"),
                StatsForm().summary(stats) or _("Not provided"),
                "estadisticas",
                _("statistics questions"),
            ),
        ]

    def submit(self, checked: dict) -> HttpResponse:
        values = self.values(checked)
        created = services.request_create(
            **request_arguments(values),
            stats=checked["estadisticas"].answers() if "estadisticas" in checked else {},
        )
        self.request.session[SESSION_SENT] = {
            "reference": created.request.reference,
            "token": created.status_token,
            "due_on": created.request.due_on.isoformat(),
            "methods": values["methods"],
            "confirmation_email": created.request.confirmation_email,
        }
        return redirect("contact:sent")


step = ContactFlow.as_view()


@never_cache
def sent(request: HttpRequest) -> HttpResponse:
    done = request.session.get(SESSION_SENT)
    if not done:
        return redirect("contact:start")
    status_path = reverse("contact:status", kwargs={"token": done["token"]})
    return render(
        request,
        "contact/public/sent.html",
        {
            "done": done,
            "due_on": datetime.date.fromisoformat(done["due_on"]),  # her region's day
            "methods": [Method(method).label for method in done["methods"]],
            "status_path": status_path,
            "status_url": request.build_absolute_uri(status_path),
        },
    )


def _status_page(request: HttpRequest, contact_request: ContactRequest, *, token: str = ""):
    return render(
        request,
        "contact/public/status.html",
        {
            "contact_request": contact_request,
            "withdraw_url": reverse("contact:withdraw", kwargs={"token": token})
            if token
            else reverse("contact:withdraw-found"),
        },
    )


@never_cache
def status(request: HttpRequest, token: str) -> HttpResponse:
    contact_request = selectors.request_by_token(token)
    if contact_request is None:
        return render(request, "contact/public/not_found.html", status=404)
    return _status_page(request, contact_request, token=token)


FINDER = Finder(
    session_key="contact.found",
    lookup=selectors.request_find,
    not_found=gettext_lazy(
        "We could not find a request with this reference code and this email or "
        "phone. Check both and try again."
    ),
)


@never_cache
@rate_limit("contact.find", limit=20, window=3600)
def find(request: HttpRequest) -> HttpResponse:
    contact_request, form = FINDER.find(request)
    if contact_request is not None:
        return _status_page(request, contact_request)
    return render(request, "contact/public/find.html", {"form": form})


def _withdraw(request: HttpRequest, contact_request: ContactRequest | None, back: str):
    if contact_request is None or contact_request.personal_data_erased_at:
        return render(request, "contact/public/not_found.html", status=404)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        services.request_withdraw(request=contact_request)
        FINDER.forget(request)
        request.session.pop(SESSION_SENT, None)
        return redirect("contact:withdrawn")
    return render(
        request,
        "contact/public/withdraw.html",
        {"form": form, "contact_request": contact_request, "back_url": back},
    )


@never_cache
def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    back = reverse("contact:status", kwargs={"token": token})
    return _withdraw(request, selectors.request_by_token(token), back)


@never_cache
def withdraw_found(request: HttpRequest) -> HttpResponse:
    """Withdraw the request she found by reference and contact (kept in her session)."""
    pk = FINDER.found_id(request)
    if pk is None:
        return redirect("contact:find")
    return _withdraw(request, selectors.request_by_id(pk), reverse("contact:find"))


@never_cache
def withdrawn(request: HttpRequest) -> HttpResponse:
    return render(request, "contact/public/withdrawn.html")
