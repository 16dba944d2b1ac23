"""Indicators of citizen consultations for the statistics registry: who took part, by channel
(online, in person) and gender — the optional statistics answers of each response crossed with
its channel, and the people counted at in-person dialogues."""

from django.utils.translation import gettext_lazy as _

from acoge.core.programmes import Programme
from acoge.core.scoping import scopes_disabled
from acoge.stats.demographics import EVERYONE_DIMENSIONS
from acoge.stats.registry import Indicator, indicators
from acoge.stats.tables import Table, TableSpec, breakdowns, choices_dimension

from .models import Channel, DialogueAttendee, Response, StatsAnswer

CHANNEL = choices_dimension("channel", _("Channel"), Channel, blank="")
ANSWER_CHANNEL = choices_dimension("response__channel", _("Channel"), Channel, blank="")
GENDER = next(d for d in EVERYONE_DIMENSIONS if d.field == "gender_identity")


def participation() -> list[Table]:
    responses = breakdowns(
        Response.objects.all(),
        TableSpec(title=_("Responses to consultations by channel"), rows=CHANNEL),
    )
    by_gender = breakdowns(
        StatsAnswer.objects.all(),
        TableSpec(title=_("Responses by gender"), rows=GENDER),
        TableSpec(title=_("Responses by gender and channel"), rows=GENDER, cols=ANSWER_CHANNEL),
    )
    with scopes_disabled():
        dialogues = breakdowns(
            DialogueAttendee.objects.all(),
            TableSpec(title=_("People at in-person dialogues by gender"), rows=GENDER),
        )
    return responses + by_gender + dialogues


def register_indicators() -> None:
    indicators.register(
        Indicator(
            key="consultations.participation",
            title=_("Participation in consultations"),
            compute=participation,
            programme=Programme.ENGAGEMENT,
        )
    )
