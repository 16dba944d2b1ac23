"""Her questions on a public account in the personal-data registry: found by the blind index of
the e-mail she gave for the answer, shown to her, and emptied of that e-mail on request. What
she wrote stays public, with its answer: it was sent to be published, and names no one."""

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from .models import Observation
from .services import email_index, erase_contacts


def observations_of(contact: Contact) -> QuerySet[Observation]:
    if not contact.email:
        return Observation.objects.none()
    return Observation.objects.filter(email_index=email_index(contact.email)).order_by("pk")


def observation_record(observation: Observation) -> dict[str, Any]:
    return {
        "reference": observation.reference,
        "account": observation.cycle.title,
        "received": timezone.localtime(observation.received_at).isoformat(),
        "text": observation.text,
        "email": observation.email,
        "status": observation.status,
        "answer": observation.answer,
    }


def erase_observations(observations: list[Observation], now: datetime) -> int:
    return erase_contacts(Observation.objects.filter(pk__in=[o.pk for o in observations]), now)


def register_sources() -> None:
    register(
        PersonalData(
            key="public_account.observations",
            description=_("Your questions on the public account"),
            find=observations_of,
            export=observation_record,
            erase=erase_observations,
            kept=_(
                "What you wrote and its answer, which are public, without your e-mail address: "
                "nothing there says who wrote it."
            ),
            retention="public_account.contacts",
            labels={
                "reference": _("Reference code"),
                "account": _("Public account"),
                "received": _("Received"),
                "text": _("What you wrote"),
                "email": _("E-mail address"),
                "status": _("Status"),
                "answer": _("Answer"),
            },
        )
    )
