"""Registering for a workshop without an account: GOV.UK question pages, one thing per page,
check answers, confirmation. Her answers wait in the session, one entry per workshop, until the
check-answers page sends them to `services.registration_create`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from acoge.core.demographics import StatsForm
from acoge.core.forms import display_phone
from acoge.core.questions import RETURN_PARAM, REVIEW, SKIP, Journey, as_sent, returning
from acoge.core.ratelimit import rate_limit

from .. import selectors, services
from ..forms import (
    ConsentForm,
    ContactForm,
    MessagesForm,
    NameForm,
    NeedsForm,
    ReviewForm,
)
from ..models import Registration, Workshop, interpreter_label
from ..selectors import waiting_position
from .public import annotate, public_workshop_or_404, registration_state

SESSION_DONE = "workshops.registered"

# One set of answers per workshop: she may have two registrations under way.
JOURNEY = Journey(
    session_key="workshops.registration",
    steps=(
        "nombre",
        "contacto",
        "mensajes",
        "necesidades",
        "estadisticas",
        "consentimiento",
        REVIEW,
    ),
    forms={
        "nombre": NameForm,
        "contacto": ContactForm,
        "mensajes": MessagesForm,
        "necesidades": NeedsForm,
        "estadisticas": StatsForm,
        "consentimiento": ConsentForm,
    },
    optional=frozenset({"estadisticas"}),
)


def _step_url(workshop: Workshop, step: str, *, returning: bool = False) -> str:
    url = reverse("workshops:register", kwargs={"pk": workshop.pk, "step": step})
    return f"{url}?{RETURN_PARAM}={REVIEW}" if returning else url


def _form_kwargs(step: str, workshop: Workshop, answers: dict) -> dict:
    if step == "mensajes":
        return {"how": (answers.get("contacto", {}).get("how") or [ContactForm.PHONE])[-1]}
    if step == "necesidades":
        return {"workshop": workshop}
    return {}


def register(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in JOURNEY.steps:
        raise Http404
    workshop = public_workshop_or_404(pk)
    if registration_state(workshop) not in {"open", "waitlist"}:
        return redirect("workshops:detail", pk=workshop.pk)
    scope = str(workshop.pk)
    answers = JOURNEY.answers(request, scope)
    missing = JOURNEY.first_missing(answers, before=step)
    if missing:
        return redirect(_step_url(workshop, missing))
    if step == REVIEW:
        return _review(request, workshop, answers)
    back_to_review = returning(request)
    following = JOURNEY.next_step(step, back_to_review=back_to_review)
    kwargs = _form_kwargs(step, workshop, answers)
    if request.method == "POST":
        if step in JOURNEY.optional and SKIP in request.POST:
            JOURNEY.save(request, step, {}, scope)
            return redirect(_step_url(workshop, following))
        form = JOURNEY.form(step, answers, data=request.POST, **kwargs)
        if form.is_valid():
            JOURNEY.save(request, step, as_sent(form), scope)
            return redirect(_step_url(workshop, following))
    else:
        form = JOURNEY.form(step, answers, **kwargs)
    previous = JOURNEY.previous_step(step)
    if back_to_review:
        back = _step_url(workshop, REVIEW)
    elif previous is None:
        back = reverse("workshops:detail", args=[workshop.pk])
    else:
        back = _step_url(workshop, previous)
    return render(
        request,
        f"workshops/public/register/{step}.html",
        {
            "workshop": workshop,
            "form": form,
            "step": step,
            "back_url": back,
            "action_url": request.get_full_path(),
            "waitlist": workshop.is_full,
            "retention_days": settings.ACOGE_WORKSHOP_RETENTION_DAYS,
        },
    )


@dataclass
class Answers:
    """Her answers, checked again, as the check-answers page and the services need them."""

    name: str
    email: str
    phone: str
    messages: dict
    needs: dict
    stats: dict
    invalid_step: str | None = None


def _checked_answers(workshop: Workshop, answers: dict) -> Answers:
    forms_, invalid = JOURNEY.checked(answers, lambda step: _form_kwargs(step, workshop, answers))
    if invalid:
        return Answers("", "", "", {}, {}, {}, invalid_step=invalid)
    contact = forms_["contacto"].cleaned_data
    return Answers(
        name=forms_["nombre"].cleaned_data["name"],
        email=contact["email"],
        phone=contact["phone"],
        messages=forms_["mensajes"].service_values(),
        needs=forms_["necesidades"].service_values(),
        stats=forms_["estadisticas"].answers() if "estadisticas" in forms_ else {},
    )


def _summary_rows(workshop: Workshop, checked: Answers) -> list[dict]:
    def row(key, value, step, hidden) -> dict:
        url = _step_url(workshop, step, returning=True)
        return {"key": key, "value": value, "url": url, "hidden": hidden}

    channel = Registration.Channel(checked.messages["channel"]).label
    if checked.messages["messages_safe"]:
        message_text = _("Yes, by %(channel)s") % {"channel": channel}
        if checked.messages["discreet"]:
            message_text += " · " + _("discreet")
    else:
        message_text = _("No, send me nothing")
    needs = checked.needs
    ages = needs["children_ages"]
    stats_text = StatsForm().summary(checked.stats)
    not_needed = _("Not needed")
    return [
        row(_("Name or nickname"), checked.name, "nombre", _("name")),
        row(
            _("Contact"),
            checked.email or display_phone(checked.phone),
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
            stats_text or _("Not provided"),
            "estadisticas",
            _("statistics questions"),
        ),
    ]


@rate_limit("workshops.register", limit=20, window=3600)
def _review(request: HttpRequest, workshop: Workshop, answers: dict) -> HttpResponse:
    checked = _checked_answers(workshop, answers)
    if checked.invalid_step:
        return redirect(_step_url(workshop, checked.invalid_step, returning=True))
    form = ReviewForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            result = _create_registration(workshop, checked)
        except services.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            if result.created:
                services.stats_answer_record(workshop=workshop, answers=checked.stats)
            JOURNEY.forget(request, str(workshop.pk))
            registration = result.registration
            request.session[SESSION_DONE] = {
                "reference": registration.reference,
                "status": registration.status,
                "manage_token": result.manage_token or "",
                "waiting_position": waiting_position(registration),
                "workshop_pk": workshop.pk,
                "created": result.created,
                "messages_safe": registration.messages_safe,
            }
            return redirect("workshops:registered")
    return render(
        request,
        "workshops/public/register/revisar.html",
        {
            "workshop": workshop,
            "form": form,
            "step": "revisar",
            "back_url": _step_url(workshop, "consentimiento"),
            "action_url": request.get_full_path(),
            "rows": _summary_rows(workshop, checked),
            "waitlist": workshop.is_full,
        },
    )


def _create_registration(workshop: Workshop, checked: Answers) -> services.RegistrationResult:
    return services.registration_create(
        workshop=workshop,
        name=checked.name,
        email=checked.email,
        phone=checked.phone,
        channel=checked.messages["channel"],
        messages_safe=checked.messages["messages_safe"],
        discreet=checked.messages["discreet"],
        language=get_language() or "es",
        **checked.needs,
    )


def registered(request: HttpRequest) -> HttpResponse:
    done = request.session.get(SESSION_DONE)
    workshop = done and selectors.public_workshop(done["workshop_pk"])
    if not workshop:
        return redirect("workshops:list")
    manage_path = ""
    if done["manage_token"]:
        manage_path = reverse("workshops:manage", kwargs={"token": done["manage_token"]})
    return render(
        request,
        "workshops/public/registered.html",
        {
            "done": done,
            "workshop": annotate(workshop),
            "manage_path": manage_path,
            "manage_url": request.build_absolute_uri(manage_path) if manage_path else "",
        },
    )
