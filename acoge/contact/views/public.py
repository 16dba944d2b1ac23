"""The public contact point: a start page that puts her safety first, one question per page,
check answers, send; then a reference code and a private link to see the status or withdraw.

Her answers wait in the session until the check-answers page sends them to
`services.request_create`; nothing is stored in the database before that.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from acoge.core.demographics import StatsForm
from acoge.core.forms import FindForm, display_phone
from acoge.core.questions import RETURN_PARAM, REVIEW, SKIP, Journey, as_sent, returning
from acoge.core.ratelimit import rate_limit

from .. import services
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
SESSION_FOUND = "contact.found"

JOURNEY = Journey(
    session_key="contact.answers",
    steps=("tema", "region", "mensaje", "como", "seguridad", "idioma", "estadisticas", REVIEW),
    forms={
        "tema": TopicForm,
        "region": RegionForm,
        "mensaje": MessageForm,
        "como": HowForm,
        "seguridad": SafetyForm,
        "idioma": LanguageForm,
        "estadisticas": StatsForm,
    },
    optional=frozenset({"estadisticas"}),
)


def start(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "contact/public/start.html",
        {
            "due_days": settings.ACOGE_CONTACT_DUE_BUSINESS_DAYS,
            "retention_months": max(1, round(settings.ACOGE_CONTACT_RETENTION_DAYS / 30.4)),
        },
    )


def _step_url(step: str, *, returning: bool = False) -> str:
    url = reverse("contact:step", kwargs={"step": step})
    return f"{url}?{RETURN_PARAM}={REVIEW}" if returning else url


def _methods(answers: dict) -> list[str]:
    return answers.get("como", {}).get("methods", [])


def _form_kwargs(step: str, answers: dict) -> dict:
    if step == "seguridad":
        return {"methods": _methods(answers)}
    if step == "idioma":
        return {"initial": {"language": get_language()}}
    return {}


def step(request: HttpRequest, step: str) -> HttpResponse:
    if step not in JOURNEY.steps:
        raise Http404
    answers = JOURNEY.answers(request)
    missing = JOURNEY.first_missing(answers, before=step)
    if missing:
        return redirect(_step_url(missing))
    if step == REVIEW:
        return _review(request, answers)
    back_to_review = returning(request)
    following = JOURNEY.next_step(step, back_to_review=back_to_review)
    if request.method == "POST":
        if step in JOURNEY.optional and SKIP in request.POST:
            JOURNEY.save(request, step, {})
            return redirect(_step_url(following))
        form = JOURNEY.form(step, answers, data=request.POST, **_form_kwargs(step, answers))
        if form.is_valid():
            JOURNEY.save(request, step, as_sent(form))
            if step == "como" and "seguridad" in answers:
                # New ways to contact her may need new safety answers: ask again.
                following = "seguridad" if back_to_review else following
                JOURNEY.drop(request, "seguridad")
            return redirect(_step_url(following, returning=back_to_review and following != REVIEW))
    else:
        form = JOURNEY.form(step, answers, **_form_kwargs(step, answers))
    previous = JOURNEY.previous_step(step)
    if back_to_review:
        back = _step_url(REVIEW)
    elif previous is None:
        back = reverse("contact:start")
    else:
        back = _step_url(previous)
    return render(
        request,
        f"contact/public/steps/{step}.html",
        {
            "form": form,
            "step": step,
            "step_number": JOURNEY.index(step) + 1,
            "step_count": len(JOURNEY.steps) - 1,
            "back_url": back,
            "action_url": request.get_full_path(),
            "methods": _methods(answers),
        },
    )


def _checked(answers: dict) -> tuple[dict, dict, str | None]:
    """Every answer checked again: (values for the service, stats answers, first bad step)."""
    forms, invalid = JOURNEY.checked(answers, lambda step: _form_kwargs(step, answers))
    if invalid:
        return {}, {}, invalid
    values: dict = {}
    for name, form in forms.items():
        if name != "estadisticas":
            values.update(form.values())
    stats = forms["estadisticas"].answers() if "estadisticas" in forms else {}
    return values, stats, None


def _yes_no(value: str) -> str:
    return _("Yes") if value == "yes" else _("No")


def _summary_rows(values: dict, stats: dict) -> list[dict]:
    def row(key, value, step, hidden) -> dict:
        return {
            "key": key,
            "value": value,
            "url": _step_url(step, returning=True),
            "hidden": hidden,
        }

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
        safety_lines.append(_("Writing to you: %(answer)s") % {"answer": _yes_no(safety["write"])})
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


@rate_limit("contact.send", limit=10, window=3600)
def _review(request: HttpRequest, answers: dict) -> HttpResponse:
    values, stats, invalid = _checked(answers)
    if invalid:
        return redirect(_step_url(invalid, returning=True))
    form = SendForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            created = services.request_create(**request_arguments(values))
        except services.ContactError as error:
            form.add_error(None, error.message)
        else:
            services.stats_answer_record(
                topic=values["topic"], region=values["region"], answers=stats
            )
            JOURNEY.forget(request)
            request.session[SESSION_SENT] = {
                "reference": created.request.reference,
                "token": created.status_token,
                "due_on": created.request.due_on.isoformat(),
                "methods": values["methods"],
                "confirmation_email": created.request.confirmation_email,
            }
            return redirect("contact:sent")
    return render(
        request,
        "contact/public/steps/revisar.html",
        {
            "form": form,
            "step": "revisar",
            "back_url": _step_url("estadisticas"),
            "action_url": request.get_full_path(),
            "rows": _summary_rows(values, stats),
        },
    )


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
            "due_on": ContactRequest._meta.get_field("due_on").to_python(done["due_on"]),
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


def status(request: HttpRequest, token: str) -> HttpResponse:
    contact_request = services.request_by_token(token)
    if contact_request is None:
        return render(request, "contact/public/not_found.html", status=404)
    return _status_page(request, contact_request, token=token)


@rate_limit("contact.find", limit=20, window=3600)
def find(request: HttpRequest) -> HttpResponse:
    form = FindForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        contact_request = services.request_find(
            reference=form.cleaned_data["reference"], contact=form.cleaned_data["contact"]
        )
        if contact_request is not None:
            request.session[SESSION_FOUND] = contact_request.pk
            return _status_page(request, contact_request)
        form.add_error(
            None,
            _(
                "We could not find a request with this reference code and this email or "
                "phone. Check both and try again."
            ),
        )
    return render(request, "contact/public/find.html", {"form": form})


def _withdraw(request: HttpRequest, contact_request: ContactRequest | None, back: str):
    if contact_request is None or contact_request.personal_data_erased_at:
        return render(request, "contact/public/not_found.html", status=404)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        services.request_withdraw(request=contact_request)
        request.session.pop(SESSION_FOUND, None)
        request.session.pop(SESSION_SENT, None)
        return redirect("contact:withdrawn")
    return render(
        request,
        "contact/public/withdraw.html",
        {"form": form, "contact_request": contact_request, "back_url": back},
    )


def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    back = reverse("contact:status", kwargs={"token": token})
    return _withdraw(request, services.request_by_token(token), back)


def withdraw_found(request: HttpRequest) -> HttpResponse:
    """Withdraw the request she found by reference and contact (kept in her session)."""
    pk = request.session.get(SESSION_FOUND)
    if pk is None:
        return redirect("contact:find")
    return _withdraw(request, services.request_by_id(pk), reverse("contact:find"))


def withdrawn(request: HttpRequest) -> HttpResponse:
    return render(request, "contact/public/withdrawn.html")
