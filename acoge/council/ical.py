"""The council's sessions as an iCalendar (RFC 5545) file: each session with its place or
online link, the agenda as its description; a cancelled one is STATUS:CANCELLED so calendars
that already hold it drop it."""

from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import Meeting

PRODID = "-//SERMIG//Acoge COSOC//ES"


def calendar_bytes(meetings: Iterable[Meeting]) -> bytes:
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Civil Society Council (COSOC) sessions"))
    for meeting in meetings:
        event = Event()
        event.add("uid", f"cosoc-{meeting.pk}@{domain}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at or meeting.starts_at + timezone.timedelta(hours=2))
        event.add("summary", str(meeting))
        event.add("location", meeting.place or meeting.online_url or _("Online"))
        event.add("description", meeting.agenda)
        event.add("url", settings.SITE_URL + meeting.get_absolute_url())
        event.add(
            "status", "CANCELLED" if meeting.status == Meeting.Status.CANCELLED else "CONFIRMED"
        )
        calendar.add_component(event)
    return calendar.to_ical()
