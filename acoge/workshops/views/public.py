"""Public pages of the workshops: what the programme's landing page shows of them, the list
and calendar feed, a workshop's page, and the anonymous feedback after a workshop.

Views parse input with forms.py, read with selectors.py and change things only through
services.py. Registering is in public_registration.py; managing a registration in
public_manage.py.
"""

import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from acoge.core.models import Institution
from acoge.core.page_cache import SEATS, public_page
from acoge.core.ratelimit import rate_limit
from acoge.core.scoping import scopes_disabled

from .. import selectors, services
from ..filters import WorkshopFilterForm
from ..forms import FeedbackForm
from ..ical import workshops_calendar
from ..models import Topic, Workshop

PER_PAGE = 10
CALENDAR_LIMIT = 200

# Who gives each topic, by the institution's short name (core reference data).
TOPIC_INSTITUTIONS = [
    (Topic.MIGRATION, "SERMIG"),
    (Topic.VIOLENCE, "SernamEG"),
    (Topic.LABOUR, "Dirección del Trabajo"),
    (Topic.HEALTH, "MINSAL"),
    (Topic.EDUCATION, "MINEDUC"),
]
LANGUAGE_NAMES = {
    "es": gettext_lazy("Spanish"),
    "en": gettext_lazy("English"),
    "ht": gettext_lazy("Haitian Creole"),
}


# Reading workshops ----------------------------------------------------------------------------


def public_workshop_or_404(pk: int, *, with_sessions: bool = True) -> Workshop:
    workshop = selectors.public_workshop(pk, with_sessions=with_sessions)
    if workshop is None:
        raise Http404
    return workshop


def annotate(workshop: Workshop) -> Workshop:
    """Add what the templates show: topics with their institutions, language, state."""
    topics: dict[str, list[str]] = {}
    for session in workshop.sessions.all():
        names = topics.setdefault(session.get_topic_display(), [])
        if session.institution.short_name not in names:
            names.append(session.institution.short_name)
    workshop.topic_list = [
        {"label": label, "institutions": names} for label, names in topics.items()
    ]
    workshop.language_name = LANGUAGE_NAMES.get(workshop.language, workshop.language)
    workshop.state = workshop.registration_state()
    return workshop


def landing_context(request: HttpRequest) -> dict:
    """What the programme's landing page shows of the workshops: the topics with the
    institutions that give them, and the next three workshops."""
    institutions = {
        institution.short_name: institution
        for institution in Institution.objects.filter(
            short_name__in=[short for _topic, short in TOPIC_INSTITUTIONS]
        )
    }
    topics = [
        {"label": topic.label, "institution": institutions.get(short)}
        for topic, short in TOPIC_INSTITUTIONS
    ]
    return {"topics": topics, "upcoming": [annotate(w) for w in selectors.upcoming_workshops()[:3]]}


@public_page(SEATS)
def workshop_list(request: HttpRequest) -> HttpResponse:
    filters = WorkshopFilterForm(request.GET)
    chosen = filters.valid_filters()
    query = filters.valid_query()
    page = Paginator(selectors.upcoming_workshops(**chosen), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "workshops/public/list.html",
        {
            "filters": WorkshopFilterForm(initial=query),
            "filtered": bool(query),
            "page_obj": page,
            "workshops": [annotate(w) for w in page.object_list],
            "calendar_url": reverse("workshops:calendar")
            + (f"?{urlencode(query)}" if query else ""),
        },
    )


def _calendar_response(request: HttpRequest, workshops, *, filename: str) -> HttpResponse:
    body = workshops_calendar(
        workshops,
        name=_("Apoya Mujer Migrante workshops"),
        detail_url=lambda w: request.build_absolute_uri(reverse("workshops:detail", args=[w.pk])),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@public_page(SEATS)
def calendar(request: HttpRequest) -> HttpResponse:
    chosen = WorkshopFilterForm(request.GET).valid_filters()
    workshops = selectors.upcoming_workshops(**chosen)[:CALENDAR_LIMIT]
    return _calendar_response(request, workshops, filename="talleres.ics")


@public_page(SEATS)
def detail_ics(request: HttpRequest, pk: int) -> HttpResponse:
    workshop = public_workshop_or_404(pk)
    return _calendar_response(request, [workshop], filename=f"taller-{workshop.pk}.ics")


@public_page(SEATS)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    workshop = annotate(public_workshop_or_404(pk))
    return render(
        request,
        "workshops/public/detail.html",
        {"workshop": workshop, "sessions": workshop.sessions.all()},
    )


# Anonymous feedback -----------------------------------------------------------------------


def _feedback_workshop_or_404(key: str) -> Workshop:
    if not re.fullmatch(r"[\w-]{1,32}", key, flags=re.ASCII):
        raise Http404
    with scopes_disabled():
        workshop = (
            Workshop.objects.filter(
                feedback_key=key,
                status__in=[Workshop.Status.PUBLISHED, Workshop.Status.COMPLETED],
                starts_at__lte=timezone.now(),
            )
            .prefetch_related("sessions")
            .first()
        )
    if workshop is None:
        raise Http404
    return workshop


@never_cache
@rate_limit("workshops.feedback", limit=20, window=3600)
def feedback(request: HttpRequest, key: str) -> HttpResponse:
    workshop = _feedback_workshop_or_404(key)
    topics = list(dict.fromkeys(session.topic for session in workshop.sessions.all()))
    form = FeedbackForm(request.POST if request.method == "POST" else None, topics=topics)
    if form.is_bound and form.is_valid():
        services.feedback_submit(
            workshop=workshop,
            usefulness=form.usefulness(),
            wants_to_learn=form.cleaned_data["wants_to_learn"],
        )
        return redirect("workshops:feedback-thanks")
    return render(request, "workshops/public/feedback.html", {"workshop": workshop, "form": form})


@never_cache
def feedback_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "workshops/public/feedback_thanks.html")
