"""The personal-data registry (Ley 21.719): where each app keeps a person's records, and how to
find them from her contact, show them to her, and erase them.

Each app registers a `PersonalData` source in `AppConfig.ready()`, next to its retention rules:

    personal_data.register(PersonalData(
        key="workshops.registrations",
        description=_("Workshop registrations"),
        find=registrations_of,      # (Contact) -> the records of that e-mail or phone
        export=registration_record, # (record) -> what she may see of it, as a flat dict
        erase=erase_registrations,  # (records, now) -> how many were erased
        kept=_("The counts of each workshop, without her name or contact"),
        retention="workshops.registration_contacts",
        labels={"reference": _("Reference code"), ...},  # how her copy names each field
    ))

A data-subject request reaches every module through `find_all`, `export_all` and `erase_all`;
the privacy documentation lists the sources. Nothing here knows any app: apps register.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise


@dataclass(frozen=True)
class Contact:
    """How a person is known to the service: an e-mail address, or a phone number in E.164.
    Apps turn it into their own blind indexes to find her records."""

    email: str = ""
    phone: str = ""

    def __post_init__(self) -> None:
        if not (self.email or self.phone):
            raise ValueError("A contact is an e-mail address or a phone number.")


@dataclass(frozen=True)
class PersonalData:
    key: str
    description: Promise | str  # what the records are, in her words
    find: Callable[[Contact], Iterable[Any]]
    export: Callable[[Any], dict[str, Any]]
    erase: Callable[[list[Any], datetime], int]
    kept: Promise | str = ""  # what stays after erasing, and why the law lets it stay
    retention: str = ""  # the retention rule that erases it anyway, on schedule
    labels: Mapping[str, Promise | str] = field(default_factory=dict)  # export keys, in her words


_SOURCES: dict[str, PersonalData] = {}


def register(source: PersonalData) -> None:
    _SOURCES[source.key] = source


def sources() -> list[PersonalData]:
    return sorted(_SOURCES.values(), key=lambda source: source.key)


def find_all(contact: Contact) -> dict[str, list[Any]]:
    """Her records in every module, by source; sources with none are left out."""
    found = {source.key: list(source.find(contact)) for source in sources()}
    return {key: records for key, records in found.items() if records}


def export_all(contact: Contact) -> dict[str, list[dict[str, Any]]]:
    """What she may see of every record the service holds about her, by source."""
    return {
        key: [_SOURCES[key].export(record) for record in records]
        for key, records in find_all(contact).items()
    }


def erase_all(contact: Contact, *, now: datetime | None = None) -> dict[str, int]:
    """Erase her personal data in every module, each in its own transaction; the counts."""
    now = now or timezone.now()
    counts = {}
    for key, records in find_all(contact).items():
        with transaction.atomic():
            counts[key] = _SOURCES[key].erase(records, now)
    return counts
