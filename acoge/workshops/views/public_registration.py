"""Registering for a workshop without an account: GOV.UK question pages, one thing per page,
check answers, confirmation. Her answers wait in the session, one entry per workshop, until the
check-answers page sends them to `services.registration_create`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from acoge.core.demographics import StatsForm
from acoge.core.forms import HONEYPOT_FIELD, display_phone
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

SESSION_ANSWERS = "workshops.registration"
SESSION_DONE = "workshops.registered"

STEPS = [
    "nombre",
    "contacto",
    "mensajes",
    "necesidades",
    "estadisticas",
    "consentimiento",
    "revisar",
]
OPTIONAL_STEPS = {"estadisticas"}
STEP_FORMS = {
    "nombre": NameForm,
    "contacto": ContactForm,
    "mensajes": MessagesForm,
    "necesidades": NeedsForm,
    "estadisticas": StatsForm,
    "consentimiento": ConsentForm,
}
RETURN_PARAM = "volver"


def _step_url(workshop: Workshop, step: str, *, returning: bool = False) -> str:
    url = reverse("workshops:register", kwargs={"pk": workshop.pk, "step": step})
    return f"{url}?{RETURN_PARAM}=revisar" if returning else url


def _answers(request: HttpRequest, workshop: Workshop) -> dict:
    return request.session.get(SESSION_ANSWERS, {}).get(str(workshop.pk), {})


def _save_answers(request: HttpRequest, workshop: Workshop, step: str, data: dict) -> None:
    store = request.session.get(SESSION_ANSWERS, {})
    store.setdefault(str(workshop.pk), {})[step] = data
    request.session[SESSION_ANSWERS] = store


def _forget_answers(request: HttpRequest, workshop: Workshop) -> None:
    store = request.session.get(SESSION_ANSWERS, {})
    store.pop(str(workshop.pk), None)
    request.session[SESSION_ANSWERS] = store


def _as_sent(form) -> dict[str, list[str]]:
    """What she sent for the form's fields, kept so the form can be bound again later."""
    return {
        name: form.data.getlist(name)
        for name in form.fields
        if name != HONEYPOT_FIELD and name in form.data
    }


def _step_form(step: str, workshop: Workshop, answers: dict, data=None):
    """The step's form, bound to what she sent now or, failing that, to her saved answer."""
    kwargs = {}
    if step == "mensajes":
        kwargs["how"] = (answers.get("contacto", {}).get("how") or [ContactForm.PHONE])[-1]
    elif step == "necesidades":
        kwargs["workshop"] = workshop
    if data is None and step in answers:
        data = MultiValueDict(answers[step])
    return STEP_FORMS[step](data=data, **kwargs)


def _first_missing(answers: dict, *, before: str) -> str | None:
    for step in STEPS[: STEPS.index(before)]:
        if step not in answers and step not in OPTIONAL_STEPS:
            return step
    return None


def register(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in STEPS:
        raise Http404
    workshop = public_workshop_or_404(pk)
    if registration_state(workshop) not in {"open", "waitlist"}:
        return redirect("workshops:detail", pk=workshop.pk)
    answers = _answers(request, workshop)
    missing = _first_missing(answers, before=step)
    if missing:
        return redirect(_step_url(workshop, missing))
    if step == "revisar":
        return _review(request, workshop, answers)
    returning = request.GET.get(RETURN_PARAM) == "revisar"
    index = STEPS.index(step)
    following = "revisar" if returning else STEPS[index + 1]
    if request.method == "POST":
        if step == "estadisticas" and "omitir" in request.POST:
            _save_answers(request, workshop, step, {})
            return redirect(_step_url(workshop, following))
        form = _step_form(step, workshop, answers, data=request.POST)
        if form.is_valid():
            _save_answers(request, workshop, step, _as_sent(form))
            return redirect(_step_url(workshop, following))
    else:
        form = _step_form(step, workshop, answers)
    if returning:
        back = _step_url(workshop, "revisar")
    elif index == 0:
        back = reverse("workshops:detail", args=[workshop.pk])
    else:
        back = _step_url(workshop, STEPS[index - 1])
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
    forms_ = {}
    for step in STEP_FORMS:
        form = _step_form(step, workshop, answers)
        if not form.is_bound or not form.is_valid():
            if step in OPTIONAL_STEPS:
                continue
            return Answers("", "", "", {}, {}, {}, invalid_step=step)
        forms_[step] = form
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
            _forget_answers(request, workshop)
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
