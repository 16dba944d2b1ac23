"""Workshops as iCalendar (RFC 5545) files, for phones' calendars: the public ones (the list, a
workshop's page) and her own entry, from her confirmation or her private page.

- Times carry the TZID of the workshop's region (America/Punta_Arenas in Magallanes…), with its
  VTIMEZONE: the event is at the instant the region's clocks show (acoge/core/zones.py).
- UIDs are on the site's domain (the host of SITE_URL). SEQUENCE (the workshop's revision, plus
  her registration's in her entry) and LAST-MODIFIED let a changed or cancelled workshop replace
  the event already in a calendar; a cancelled one is STATUS:CANCELLED.
- Her entry follows her discreet choice: a neutral title ("Appointment"), no topic, no venue
  name, no link to the workshop's page; the time and the address stay. Not discreet, it reads
  like the public event.
- The online link is never in the public files; her entry has it once her place is confirmed.
"""

from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar, Event

from acoge.core import zones

from .models import Modality, Registration, Workshop

PRODID = "-//SERMIG//Acoge Apoya Mujer Migrante//ES"
NEUTRAL_PRODID = "-//Acoge//ES"  # her discreet entry names neither the service nor the programme


def site_domain() -> str:
    """The domain the UIDs are on: the host of SITE_URL."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def location(workshop: Workshop, *, discreet: bool = False) -> str:
    """Its place (Workshop.place, no venue name when discreet) and region; "Online"."""
    place = workshop.place(discreet=discreet)
    if workshop.modality == Modality.ONLINE:
        return place
    return ", ".join(part for part in (place, workshop.region.name) if part)


def _calendar(*, name: str = "", neutral: bool = False) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", NEUTRAL_PRODID if neutral else PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def _event(
    workshop: Workshop,
    *,
    uid: str,
    summary: str,
    sequence: int,
    modified,
    status: str,
    place: str,
    url: str = "",
    description: str = "",
) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{site_domain()}")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", modified)
    event.add("sequence", sequence)
    event.add("dtstart", zones.localtime(workshop.starts_at, workshop.region))
    event.add("dtend", zones.localtime(workshop.ends_at, workshop.region))
    event.add("summary", summary)
    event.add("location", place)
    if url:
        event.add("url", url)
    if description:
        event.add("description", description)
    event.add("status", status)
    return event


def _to_ical(calendar: Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def workshops_calendar(
    workshops: Iterable[Workshop], *, name: str, detail_url: Callable[[Workshop], str]
) -> bytes:
    """The public file: every workshop as published."""
    calendar = _calendar(name=name)
    for workshop in workshops:
        calendar.add_component(
            _event(
                workshop,
                uid=f"workshop-{workshop.pk}",
                summary=workshop.title,
                sequence=workshop.revision,
                modified=workshop.updated_at,
                status="CANCELLED" if workshop.status == Workshop.Status.CANCELLED else "CONFIRMED",
                place=location(workshop),
                url=detail_url(workshop),
                description=detail_url(workshop),
            )
        )
    return _to_ical(calendar)


def registration_status(registration: Registration) -> str:
    """Her entry's STATUS: cancelled if she or the workshop cancelled; tentative while she
    waits for a place."""
    if (
        registration.status == Registration.Status.CANCELLED
        or registration.workshop.status == Workshop.Status.CANCELLED
    ):
        return "CANCELLED"
    if registration.status == Registration.Status.WAITLISTED:
        return "TENTATIVE"
    return "CONFIRMED"


def registration_calendar(registration: Registration, *, detail_url: str) -> bytes:
    """Her own entry for her workshop, discreet if she chose discreet messages."""
    workshop = registration.workshop
    discreet = registration.discreet
    online = (
        workshop.online_url
        if registration.status == Registration.Status.CONFIRMED and workshop.online_url
        else ""
    )
    lines = [] if discreet else [detail_url]
    if online:
        lines.append(_("Online link: %(url)s") % {"url": online})
    calendar = _calendar(neutral=discreet)
    calendar.add_component(
        _event(
            workshop,
            uid=f"registration-{registration.pk}",
            summary=pgettext("her calendar entry, discreet", "Appointment")
            if discreet
            else workshop.title,
            sequence=workshop.revision + registration.revision,
            modified=max(workshop.updated_at, registration.updated_at),
            status=registration_status(registration),
            place=location(workshop, discreet=discreet),
            url="" if discreet else detail_url,
            description="\n".join(lines),
        )
    )
    return _to_ical(calendar)
