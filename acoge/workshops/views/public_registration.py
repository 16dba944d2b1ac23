"""Registering for a workshop without an account: GOV.UK question pages, one thing per page,
check answers, confirmation. Her answers wait in the session, one entry per workshop, until the
check-answers page sends them to `services.registration_create`.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from acoge.core.forms import display_phone
from acoge.core.questions import Journey, QuestionFlow, StartLimit, Step, SummaryRow
from acoge.core.ratelimit import Limit
from acoge.stats.demographics import StatsForm

from .. import selectors, services
from ..forms import (
    ConsentForm,
    ContactForm,
    MessagesForm,
    NameForm,
    NeedsForm,
    ReviewForm,
)
from ..models import Registration, interpreter_label
from ..selectors import waiting_position
from .public import annotate, public_workshop_or_404

SESSION_DONE = "workshops.registered"
QUESTIONS = "workshops/public/register/questions.html"

# One set of answers per workshop: she may have two registrations under way.
JOURNEY = Journey.of(
    "workshops.registration",
    [
        Step(
            "nombre",
            NameForm,
            gettext_lazy("What name should we use for you?"),
            f"{QUESTIONS}#nombre",
        ),
        Step(
            "contacto",
            ContactForm,
            gettext_lazy("How can we contact you?"),
            f"{QUESTIONS}#contacto",
        ),
        Step(
            "mensajes",
            MessagesForm,
            gettext_lazy("Is it safe for us to send you messages?"),
            f"{QUESTIONS}#mensajes",
        ),
        Step(
            "necesidades",
            NeedsForm,
            gettext_lazy("Do you need any of these to take part?"),
            f"{QUESTIONS}#necesidades",
        ),
        Step(
            "estadisticas",
            StatsForm,
            gettext_lazy("Questions for statistics (optional)"),
            f"{QUESTIONS}#estadisticas",
            optional=True,
        ),
        Step(
            "consentimiento",
            ConsentForm,
            gettext_lazy("What we keep, and why"),
            f"{QUESTIONS}#consentimiento",
        ),
    ],
)


class RegistrationFlow(QuestionFlow):
    """Registering for a workshop: the questions, check answers, then
    `services.registration_create` with everything at once."""

    journey = JOURNEY
    url_name = "workshops:register"
    review_template = f"{QUESTIONS}#revisar"
    review_title = gettext_lazy("Check your answers before registering")
    # Generous, per connection: a group of 40 at an NGO's Wi-Fi gets through; a script that
    # starts registration after registration for one workshop is stopped at the first question.
    start_limits = (
        StartLimit(Limit("workshops.start", 200)),
        StartLimit(Limit("workshops.start.workshop", 60), each_scope=True),
    )
    busy_template = "workshops/public/register/_busy.html"

    def setup(self) -> HttpResponse | None:
        # The questions show its title and seats, not its sessions.
        self.workshop = public_workshop_or_404(self.kwargs["pk"], with_sessions=False)
        if self.workshop.registration_state() not in {"open", "waitlist"}:
            return redirect("workshops:detail", pk=self.workshop.pk)
        return None

    def get_scope(self) -> str:
        return str(self.workshop.pk)

    def url_kwargs(self) -> dict:
        return {"pk": self.workshop.pk}

    def start_url(self) -> str:
        return reverse("workshops:detail", args=[self.workshop.pk])

    def caption(self, step: str) -> str:
        if self.workshop.is_full:
            return _("Waiting list: %(title)s") % {"title": self.workshop.title}
        return _("Registration: %(title)s") % {"title": self.workshop.title}

    def form_kwargs(self, step: str, answers: dict) -> dict:
        if step == "mensajes":
            return {"how": (answers.get("contacto", {}).get("how") or [ContactForm.PHONE])[-1]}
        if step == "necesidades":
            return {"workshop": self.workshop}
        return {}

    def context(self) -> dict:
        return {
            "workshop": self.workshop,
            "waitlist": self.workshop.is_full,
            "retention_days": settings.ACOGE_WORKSHOP_RETENTION_DAYS,
        }

    def review_form(self, data=None) -> ReviewForm:
        return ReviewForm(data)

    def review_button(self) -> str:
        return _("Join the waiting list") if self.workshop.is_full else _("Register")

    def summary(self, checked: dict) -> list[SummaryRow]:
        def row(key, value, step, hidden) -> SummaryRow:
            return SummaryRow(key, value, self.step_url(step, returning=True), hidden)

        contact = checked["contacto"].cleaned_data
        messages = checked["mensajes"].service_values()
        needs = checked["necesidades"].service_values()
        stats = checked["estadisticas"].answers() if "estadisticas" in checked else {}
        channel = Registration.Channel(messages["channel"]).label
        if messages["messages_safe"]:
            message_text = _("Yes, by %(channel)s") % {"channel": channel}
            if messages["discreet"]:
                message_text += " · " + _("discreet")
        else:
            message_text = _("No, send me nothing")
        ages = needs["children_ages"]
        not_needed = _("Not needed")
        return [
            row(_("Name or nickname"), checked["nombre"].cleaned_data["name"], "nombre", _("name")),
            row(
                _("Contact"),
                contact["email"] or display_phone(contact["phone"]),
                "contacto",
                _("contact"),
            ),
            row(_("Messages"), message_text, "mensajes", _("messages")),
            row(
                _("Childcare"),
                ngettext("1 child, aged %(ages)s", "%(counter)s children, aged %(ages)s", len(ages))
                % {"counter": len(ages), "ages": ", ".join(str(age) for age in ages)}
                if ages
                else not_needed,
                "necesidades",
                _("childcare"),
            ),
            row(
                _("Interpreter"),
                interpreter_label(needs["interpreter_language"]) or not_needed,
                "necesidades",
                _("interpreter"),
            ),
            row(
                _("Access needs"),
                needs["accessibility_needs"] or not_needed,
                "necesidades",
                _("access needs"),
            ),
            row(
                _("Statistics questions"),
                StatsForm().summary(stats) or _("Not provided"),
                "estadisticas",
                _("statistics questions"),
            ),
        ]

    def submit(self, checked: dict) -> HttpResponse:
        contact = checked["contacto"].cleaned_data
        messages = checked["mensajes"].service_values()
        result = services.registration_create(
            workshop=self.workshop,
            name=checked["nombre"].cleaned_data["name"],
            email=contact["email"],
            phone=contact["phone"],
            channel=messages["channel"],
            messages_safe=messages["messages_safe"],
            discreet=messages["discreet"],
            language=get_language() or "es",
            stats=checked["estadisticas"].answers() if "estadisticas" in checked else {},
            **checked["necesidades"].service_values(),
        )
        registration = result.registration
        self.request.session[SESSION_DONE] = {
            "reference": registration.reference,
            "status": registration.status,
            "manage_token": result.manage_token or "",
            "waiting_position": waiting_position(registration),
            "workshop_pk": self.workshop.pk,
            "created": result.created,
            "messages_safe": registration.messages_safe,
        }
        return redirect("workshops:registered")


register = RegistrationFlow.as_view()


@never_cache
def registered(request: HttpRequest) -> HttpResponse:
    done = request.session.get(SESSION_DONE)
    workshop = done and selectors.public_workshop(done["workshop_pk"])
    if not workshop:
        return redirect("workshops:list")
    manage_path = calendar_path = ""
    if done["manage_token"]:
        manage_path = reverse("workshops:manage", kwargs={"token": done["manage_token"]})
        calendar_path = reverse("workshops:manage-ics", kwargs={"token": done["manage_token"]})
    return render(
        request,
        "workshops/public/registered.html",
        {
            "done": done,
            "workshop": annotate(workshop),
            "manage_path": manage_path,
            "manage_url": request.build_absolute_uri(manage_path) if manage_path else "",
            "calendar_path": calendar_path,  # her own entry, discreet if she chose so
        },
    )
