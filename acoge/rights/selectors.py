"""Reads of data-subject requests that encode policy: the staff list and its tabs."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from .models import RightsRequest

OPEN = "abiertas"
TABS = {OPEN: _("To answer"), "todas": _("All")}
DEFAULT_TAB = OPEN


def requests_for_staff(tab: str = DEFAULT_TAB) -> QuerySet[RightsRequest]:
    """The requests of one tab, the soonest due first; every request is national."""
    requests = RightsRequest.objects.select_related("answered_by")
    if tab == OPEN:
        requests = requests.filter(
            status__in=[RightsRequest.Status.RECEIVED, RightsRequest.Status.IN_PROGRESS]
        )
        return requests.order_by("due_on", "received_at", "id")
    return requests.order_by("-received_at", "-id")


def open_count() -> int:
    return requests_for_staff(OPEN).count()
