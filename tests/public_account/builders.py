"""A public account at each stage of its window, and observations in it."""

import datetime

from django.utils import timezone

from acoge.core.tokens import new_reference
from acoge.public_account.models import Channel, Cycle, Observation, Theme

DAY = datetime.timedelta(days=1)


def cycle(stage: str = "open", **fields) -> Cycle:
    now = timezone.now()
    opens = {"upcoming": now + 5 * DAY, "open": now - 5 * DAY, "closed": now - 40 * DAY}[stage]
    values = {
        "year": Cycle.objects.count() + 2025,
        "title": "Cuenta Pública 2025",
        "summary": "El resumen.",
        "questions_open": opens,
        "questions_close": opens + 21 * DAY,
        "published": True,
        **fields,
    }
    return Cycle.objects.create(**values)


def theme(slug: str = "tramites") -> Theme:
    return Theme.objects.get_or_create(slug=slug, defaults={"name": slug})[0]


def observation(of: Cycle, **fields) -> Observation:
    values = {
        "cycle": of,
        "reference": new_reference(),
        "text": "¿Cuánto demora una residencia?",
        "channel": Channel.ONLINE,
        "due_on": of.answers_due(),
        **fields,
    }
    return Observation.objects.create(**values)
