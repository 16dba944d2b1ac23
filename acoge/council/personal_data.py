"""Representatives of organisations in the personal-data registry: found by the blind index of
their e-mail address, shown to them, and emptied of name and contact on request. The
organisation's own entry (its name, RUT and registration) is not personal data and stays."""

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from .models import Organisation
from .services import email_index, erase_representative


def representatives_of(contact: Contact) -> QuerySet[Organisation]:
    if not contact.email:
        return Organisation.objects.none()
    return Organisation.objects.filter(email_index=email_index(contact.email)).order_by("pk")


def representative_record(organisation: Organisation) -> dict[str, Any]:
    return {
        "organisation": organisation.name,
        "name": organisation.representative_name,
        "position": organisation.representative_position,
        "email": organisation.email,
        "phone": organisation.phone,
        "status": organisation.status,
        "applied": organisation.submitted_at.isoformat(),
    }


def erase_representatives(organisations: list[Organisation], now: datetime) -> int:
    return erase_representative(
        Organisation.objects.filter(pk__in=[o.pk for o in organisations]), now
    )


def register_sources() -> None:
    register(
        PersonalData(
            key="council.representatives",
            description=_("You as the representative of an organisation in the registry"),
            find=representatives_of,
            export=representative_record,
            erase=erase_representatives,
            kept=_(
                "The entry of the organisation in the registry (its name, RUT, region and "
                "registration dates), which is public; without your name or contact, no one "
                "can sign in for it until it applies again."
            ),
            retention="council.lapsed_representatives",
            labels={
                "organisation": _("Organisation"),
                "name": _("Name"),
                "position": _("Position"),
                "email": _("E-mail address"),
                "phone": _("Phone"),
                "status": _("Status"),
                "applied": _("Applied"),
            },
        )
    )
