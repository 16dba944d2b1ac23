"""Reads that encode policy: what the public may see, what a staff member may see."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import mean

from django.db.models import QuerySet
from django.utils import timezone

from acoge.core.crypto import blind_index
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import clean_reference, hash_token
from acoge.stats.tables import min_count

from .models import Feedback, Registration, Topic, Workshop
from .permissions import VIEWERS


def upcoming_workshops(
    *,
    region_id: int | None = None,
    topic: str = "",
    modality: str = "",
    month: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> QuerySet[Workshop]:
    """Published workshops that have not started, for the public list, filtered."""
    now = now or timezone.now()
    with scopes_disabled():
        workshops = Workshop.objects.filter(status=Workshop.Status.PUBLISHED, starts_at__gt=now)
    if region_id:
        workshops = workshops.filter(region_id=region_id)
    if topic:
        workshops = workshops.filter(sessions__topic=topic).distinct()
    if modality:
        workshops = workshops.filter(modality=modality)
    if month:
        zone = timezone.get_current_timezone()
        start = datetime.datetime(month.year, month.month, 1, tzinfo=zone)
        end = datetime.datetime(
            month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=zone
        )
        workshops = workshops.filter(starts_at__gte=start, starts_at__lt=end)
    return workshops.select_related("region").prefetch_related("sessions__institution")


def public_workshop(pk: int, *, with_sessions: bool = True) -> Workshop | None:
    """A workshop the public may open: published, cancelled or completed (never a draft); its
    sessions and their institutions too unless the page does not show them."""
    with scopes_disabled():
        workshops = Workshop.objects.exclude(status=Workshop.Status.DRAFT).select_related("region")
        if with_sessions:
            workshops = workshops.prefetch_related("sessions__institution")
        return workshops.filter(pk=pk).first()


def workshops_visible_to(user) -> QuerySet[Workshop]:
    """Workshops a staff member may list and open (call inside the staff region scope):
    managers see their regions' workshops; facilitators only the workshops they facilitate."""
    return VIEWERS.filter(user, Workshop.objects.select_related("region"))


def logistics(workshop: Workshop) -> dict:
    """What the team must prepare: children needing care by age, interpreters, access needs."""
    with scopes_disabled():
        active = Registration.objects.filter(
            workshop=workshop, status=Registration.Status.CONFIRMED
        )
        ages: Counter[int] = Counter()
        interpreters: Counter[str] = Counter()
        accessibility = 0
        for registration in active.only(
            "children_ages", "interpreter_language", "accessibility_needs"
        ):
            ages.update(int(age) for age in registration.children_ages)
            if registration.interpreter_language:
                interpreters[registration.interpreter_language] += 1
            if registration.accessibility_needs:
                accessibility += 1
    return {
        "children": sum(ages.values()),
        "children_by_age": sorted(ages.items()),
        "interpreters": sorted(interpreters.items()),
        "accessibility": accessibility,
        "confirmed": active.count(),
        "waitlisted": Registration.objects.with_scopes_disabled()
        .filter(workshop=workshop, status=Registration.Status.WAITLISTED)
        .count(),
    }


@dataclass(frozen=True)
class TopicScore:
    topic: str
    label: str
    answers: int
    average: float | None  # None when fewer than K answered


@dataclass(frozen=True)
class FeedbackSummary:
    answers: int
    topics: list[TopicScore]
    wants_to_learn: list[str]
    minimum: int


def feedback_summary(workshop: Workshop) -> FeedbackSummary:
    """Average usefulness per topic (hidden under K answers) and what else they want
    to learn, in the random order of the answers' ids rather than the order they came in."""
    k = min_count()
    answers = list(
        Feedback.objects.filter(workshop=workshop)
        .only("usefulness", "wants_to_learn")
        .order_by("id")
    )
    scores: dict[str, list[int]] = defaultdict(list)
    for answer in answers:
        for topic, score in answer.usefulness.items():
            scores[topic].append(int(score))
    topics = list(dict.fromkeys([*workshop.sessions.values_list("topic", flat=True), *scores]))
    labels = dict(Topic.choices)
    rows = [
        TopicScore(
            topic=topic,
            label=str(labels.get(topic, topic)),
            answers=len(scores[topic]),
            average=round(mean(scores[topic]), 1) if len(scores[topic]) >= k else None,
        )
        for topic in topics
    ]
    # Free text can identify whoever wrote it when few answered: shown from K answers.
    wishes = (
        [answer.wants_to_learn for answer in answers if answer.wants_to_learn.strip()]
        if len(answers) >= k
        else []
    )
    return FeedbackSummary(answers=len(answers), topics=rows, wants_to_learn=wishes, minimum=k)


def waiting_list(workshop: Workshop):
    """Waiting registrations in arrival order."""
    return (
        Registration.objects.with_scopes_disabled()
        .filter(workshop=workshop, status=Registration.Status.WAITLISTED)
        .order_by("created_at", "id")
    )


def waiting_position(registration: Registration) -> int | None:
    """Her place on the waiting list: how many waiting arrived before her, plus her."""
    if registration.status != Registration.Status.WAITLISTED:
        return None
    return (
        waiting_list(registration.workshop).filter(created_at__lte=registration.created_at).count()
    )


# Her own registration ------------------------------------------------------------------------


def contact_index_for(*, email: str = "", phone: str = "") -> str:
    """The blind index that identifies a person's contact, e-mail first."""
    if email:
        return blind_index(email, purpose="workshops.contact.email")
    return blind_index(phone, purpose="workshops.contact.phone")


def registration_by_token(token: str) -> Registration | None:
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(manage_token_hash=hash_token(token))
        .first()
    )


def registration_find(*, reference: str, contact: str) -> Registration | None:
    """Her registration, by reference code plus the e-mail or phone she gave."""
    reference = clean_reference(reference)
    indexes = [contact_index_for(email=contact), contact_index_for(phone=contact)]
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(reference=reference, contact_index__in=indexes)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
