"""The public page of data-subject rights (Ley 21.719): what each right means, then one question
a page (which rights, the contact she gave us), check answers, a one-time code sent to that
contact, and the answer: a copy of her records, their erasure, or a request staff answer.

Her answers wait in the session until the check-answers page hands them to
`services.verification_start`; the code page hands the code to `services.verification_confirm`.
Every page that shows what she typed or her records is sent `Cache-Control: no-store`.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from acoge.core import personal_data
from acoge.core.errors import ServiceError
from acoge.core.forms import OneTimeCodeForm as CodeForm
from acoge.core.forms import ResendForm, display_phone
from acoge.core.page_cache import STABLE, public_page
from acoge.core.questions import REVIEW, Journey, QuestionFlow, StartLimit, Step, SummaryRow
from acoge.core.ratelimit import Limit, rate_limit

from .. import exports, services
from ..errors import CodeUnusable, WrongCode
from ..forms import ContactForm, RightsForm, SendForm
from ..models import COPY_RIGHTS, STAFF_RIGHTS, ContactKind, Right, Verification

SESSION_PENDING = "rights.pending"  # the id of the code sent, while she types it
SESSION_ANSWERED = "rights.answered"  # what she got, for the pages after the code
COPY_MINUTES = 60  # her copy stays viewable and downloadable this long in her session
QUESTIONS = "rights/public/steps.html"

JOURNEY = Journey.of(
    "rights.answers",
    [
        Step(
            "derechos",
            RightsForm,
            gettext_lazy("What do you want to do with your data?"),
            f"{QUESTIONS}#derechos",
        ),
        Step(
            "contacto",
            ContactForm,
            gettext_lazy("Where should we send your code?"),
            f"{QUESTIONS}#contacto",
        ),
    ],
)


@public_page(STABLE)
def start(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "rights/public/start.html",
        {
            "answer_days": settings.ACOGE_RIGHTS_ANSWER_DAYS,
            "business_days": settings.ACOGE_RIGHTS_BUSINESS_DAYS,
            "code_minutes": services.CODE_MINUTES,
        },
    )


class RightsFlow(QuestionFlow):
    """Asking about her data: the rights, the contact, check answers, then
    `services.verification_start`, which sends the code."""

    journey = JOURNEY
    url_name = "rights:step"
    review_template = f"{QUESTIONS}#revisar"
    review_title = gettext_lazy("Check your answers")
    start_limits = (StartLimit(Limit("rights.start", 30)),)

    def start_url(self) -> str:
        return reverse("rights:start")

    def caption(self, step: str) -> str:
        if step == REVIEW:
            return _("Your data")
        return _("Your data · question %(number)s of %(count)s") % {
            "number": self.journey.index(step) + 1,
            "count": len(self.journey.steps) - 1,
        }

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def review_button(self) -> str:
        return _("Send me the code")

    def summary(self, checked: dict) -> list[SummaryRow]:
        def row(key, value, step, hidden) -> SummaryRow:
            return SummaryRow(key, value, self.step_url(step, returning=True), hidden)

        rights = checked["derechos"].values()
        contact = checked["contacto"].values()
        shown = (
            contact["contact"]
            if contact["contact_kind"] == ContactKind.EMAIL
            else display_phone(contact["contact"])
        )
        rows = [
            row(
                _("What you want to do"),
                "\n".join(str(Right(right).label) for right in rights["rights"]),
                "derechos",
                _("what you want to do"),
            )
        ]
        if rights["message"]:
            rows.append(row(_("Your message"), rights["message"], "derechos", _("your message")))
        rows.append(row(_("Send the code to"), shown, "contacto", _("where to send the code")))
        return rows

    def submit(self, checked: dict) -> HttpResponse:
        verification = services.verification_start(
            **checked["derechos"].values(),
            **checked["contacto"].values(),
            language=get_language() or "es",
        )
        self.request.session[SESSION_PENDING] = verification.pk
        self.request.session.pop(SESSION_ANSWERED, None)
        return redirect("rights:code")


step = RightsFlow.as_view()


def _pending(request: HttpRequest) -> Verification | None:
    pk = request.session.get(SESSION_PENDING)
    return Verification.objects.filter(pk=pk).first() if pk else None


def _code_page(request: HttpRequest, verification: Verification, form: CodeForm, **extra):
    return render(
        request,
        "portal/questions/one_time_code.html",
        {
            "caption": _("Your data"),
            "action_url": reverse("rights:code"),
            "resend_url": reverse("rights:resend"),
            "start_url": reverse("rights:start"),
            "form": form,
            "by_email": verification.contact_kind == ContactKind.EMAIL,
            "minutes": services.CODE_MINUTES,
            "resend_form": ResendForm(),
            **extra,
        },
    )


@never_cache
@rate_limit("rights.code", limit=60)
def code(request: HttpRequest) -> HttpResponse:
    """She types the code sent to her contact; when it is right, every right is answered."""
    verification = _pending(request)
    if verification is None:
        return redirect("rights:start")
    form = CodeForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            answered = services.verification_confirm(
                verification=verification, code=form.cleaned_data["code"]
            )
        except WrongCode as error:
            form.add_error("code", error.message)
        except CodeUnusable as error:
            form.add_error("code", error.message)
            return _code_page(request, verification, form, unusable=True)
        else:
            request.session.pop(SESSION_PENDING, None)
            request.session[SESSION_ANSWERED] = {
                "at": timezone.now().isoformat(),
                "rights": answered.rights,
                "requests": [
                    {
                        "reference": item.reference,
                        "right": item.right,
                        "due_on": item.due_on.isoformat(),
                    }
                    for item in answered.requests
                ],
                "copy": answered.copy,
                "erased": answered.erased,
            }
            if answered.copy is not None:
                return redirect("rights:data")
            return redirect("rights:done")
    return _code_page(request, verification, form)


@never_cache
def resend(request: HttpRequest) -> HttpResponse:
    verification = _pending(request)
    if verification is None:
        return redirect("rights:start")
    if request.method != "POST":  # a reload or a shared link: back to the code page, nothing sent
        return redirect("rights:code")
    form = ResendForm(request.POST)
    if not form.is_valid():
        return redirect("rights:code")
    try:
        services.verification_resend(verification=verification)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("We sent you a new code. The earlier one no longer works."))
    return redirect("rights:code")


def _answered(request: HttpRequest) -> dict | None:
    """What she got after the code, while it is fresh; None once it is gone or too old."""
    answered = request.session.get(SESSION_ANSWERED)
    if not answered:
        return None
    at = datetime.datetime.fromisoformat(answered["at"])
    if timezone.now() - at > datetime.timedelta(minutes=COPY_MINUTES):
        request.session.pop(SESSION_ANSWERED, None)
        return None
    return answered


def _requests(answered: dict) -> list[dict]:
    return [
        {
            **item,
            "label": Right(item["right"]).label,
            "due_on": datetime.date.fromisoformat(item["due_on"]),
            "by_staff": item["right"] in STAFF_RIGHTS,
        }
        for item in answered["requests"]
    ]


def _kept(erased: dict | None) -> list[dict]:
    """What each module keeps after erasing, and why the law lets it."""
    if erased is None:
        return []
    return [
        {"description": source.description, "kept": source.kept, "erased": erased.get(source.key)}
        for source in personal_data.sources()
    ]


@never_cache
def data(request: HttpRequest) -> HttpResponse:
    """Her records in every module, with the JSON and CSV downloads."""
    answered = _answered(request)
    if answered is None or answered["copy"] is None:
        return redirect("rights:start")
    return render(
        request,
        "rights/public/data.html",
        {
            "sections": exports.readable(answered["copy"]),
            "requests": _requests(answered),
            "deleted": Right.DELETION in answered["rights"],
            "kept": _kept(answered["erased"]),
            "others": [r for r in answered["rights"] if r not in COPY_RIGHTS],
            "minutes": COPY_MINUTES,
        },
    )


def _download(request: HttpRequest, kind: str) -> HttpResponse:
    answered = _answered(request)
    if answered is None or answered["copy"] is None:
        return redirect("rights:start")
    if kind == "json":
        body = exports.as_json(answered["copy"], generated=answered["at"])
        content_type = "application/json; charset=utf-8"
    else:
        body = exports.as_csv(answered["copy"])
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    # A neutral file name: it may be seen in her downloads.
    response["Content-Disposition"] = f'attachment; filename="acoge.{kind}"'
    return response


@never_cache
def data_json(request: HttpRequest) -> HttpResponse:
    return _download(request, "json")


@never_cache
def data_csv(request: HttpRequest) -> HttpResponse:
    return _download(request, "csv")


@never_cache
def done(request: HttpRequest) -> HttpResponse:
    """The discreet confirmation: references, what was done, and when staff answer."""
    answered = _answered(request)
    if answered is None:
        return redirect("rights:start")
    return render(
        request,
        "rights/public/done.html",
        {
            "requests": _requests(answered),
            "deleted": Right.DELETION in answered["rights"],
            "kept": _kept(answered["erased"]),
            "has_copy": answered["copy"] is not None,
        },
    )
