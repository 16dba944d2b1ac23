"""Workshops as an iCalendar (RFC 5545) file, for phones' calendars.

Public: the online link is never written here; confirmed registrants get it in their messages
and on their private page.
"""

from collections.abc import Callable, Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import Modality, Workshop


def location(workshop: Workshop) -> str:
    if workshop.modality == Modality.ONLINE:
        return _("Online")
    parts = [workshop.venue, workshop.address, workshop.commune, workshop.region.name]
    return ", ".join(part for part in parts if part)


def workshops_calendar(
    workshops: Iterable[Workshop], *, name: str, detail_url: Callable[[Workshop], str]
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//SERMIG//Acoge Apoya Mujer Migrante//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for workshop in workshops:
        event = Event()
        event.add("uid", f"workshop-{workshop.pk}@acoge")
        event.add("dtstamp", stamp)
        event.add("dtstart", timezone.localtime(workshop.starts_at))
        event.add("dtend", timezone.localtime(workshop.ends_at))
        event.add("summary", workshop.title)
        event.add("location", location(workshop))
        event.add("url", detail_url(workshop))
        event.add("description", detail_url(workshop))
        if workshop.status == Workshop.Status.CANCELLED:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
