"""Her workshop registrations in the personal-data registry: found by the blind index of the
e-mail or phone she registered with, shown to her, erased on request."""

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from acoge.core.personal_data import Contact, PersonalData, register

from . import services
from .models import Registration


def registrations_of(contact: Contact) -> QuerySet[Registration]:
    indexes = [
        services.contact_index_for(email=contact.email) if contact.email else None,
        services.contact_index_for(phone=contact.phone) if contact.phone else None,
    ]
    return (
        Registration.objects.with_scopes_disabled()
        .select_related("workshop")
        .filter(contact_index__in=[index for index in indexes if index])
        .order_by("created_at", "id")
    )


def registration_record(registration: Registration) -> dict[str, Any]:
    """Everything her registration holds, as she may read it."""
    workshop = registration.workshop
    return {
        "reference": registration.reference,
        "workshop": workshop.title,
        "workshop_starts": workshop.starts_at.isoformat(),
        "status": registration.status,
        "registered": registration.created_at.isoformat(),
        "name": registration.name,
        "email": registration.email,
        "phone": registration.phone,
        "messages_safe": registration.messages_safe,
        "channel": registration.channel,
        "discreet": registration.discreet,
        "language": registration.language,
        "children_ages": registration.children_ages,
        "interpreter_language": registration.interpreter_language,
        "accessibility_needs": registration.accessibility_needs,
        "attended": registration.attended,
    }


def erase_registrations(registrations: list[Registration], now: datetime) -> int:
    """Cancel those still to come (her place goes to the first person waiting), then erase her
    name, contact and needs; the counts of each workshop stay, without her."""
    for registration in registrations:
        if registration.changeable_by_her(now=now):
            services.registration_cancel(registration=registration, now=now)
    return services.registrations_erase(
        registrations=Registration.objects.with_scopes_disabled().filter(
            pk__in=[registration.pk for registration in registrations]
        ),
        now=now,
    )


def register_sources() -> None:
    register(
        PersonalData(
            key="workshops.registrations",
            description=_("Workshop registrations"),
            find=registrations_of,
            export=registration_record,
            erase=erase_registrations,
            kept=_(
                "Each workshop's counts (places taken, attendance, children's ages and "
                "interpreters asked for), with no name or contact: they no longer say who."
            ),
            retention="workshops.registration_contacts",
            labels={
                "reference": _("Reference code"),
                "workshop": _("Workshop"),
                "workshop_starts": _("Workshop starts"),
                "status": _("Status"),
                "registered": _("Registered"),
                "name": _("Name"),
                "email": _("Email"),
                "phone": _("Phone"),
                "messages_safe": _("Messages are safe"),
                "channel": _("Messages by"),
                "discreet": _("Discreet messages"),
                "language": _("Language"),
                "children_ages": _("Ages of children needing care"),
                "interpreter_language": _("Interpreter"),
                "accessibility_needs": _("Access needs"),
                "attended": _("Attended"),
            },
        )
    )
