"""Reading contact requests for staff: the inbox tabs and the counts beside them."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from acoge.accounts import policy

from .models import ContactRequest, overdue_q
from .services import HANDLER_ROLES

TABS = {
    "nuevas": pgettext_lazy("requests inbox tab", "New"),
    "asignadas": pgettext_lazy("requests inbox tab", "Assigned"),
    "vencidas": pgettext_lazy("requests inbox tab", "Overdue"),
    "mias": pgettext_lazy("requests inbox tab", "Mine"),
    "cerradas": pgettext_lazy("requests inbox tab", "Closed"),
}
DEFAULT_TAB = "nuevas"


def requests_visible_to(user) -> QuerySet[ContactRequest]:
    """Requests in the regions the user handles (all, for the Gender Unit). Call inside the
    user's region scope; the explicit filter also leaves out regions covered by other roles."""
    requests = ContactRequest.objects.select_related("region", "assigned_to")
    regions = policy.visible_region_ids(user, *HANDLER_ROLES)
    if regions is None:
        return requests.all()
    return requests.filter(region__in=regions)


def tab_filter(tab: str, user, *, today: datetime.date) -> Q:
    open_ = ~Q(status=ContactRequest.Status.CLOSED)
    return {
        "nuevas": Q(status=ContactRequest.Status.NEW),
        "asignadas": open_ & Q(assigned_to__isnull=False),
        "vencidas": overdue_q(today),
        "mias": open_ & Q(assigned_to=user),
        "cerradas": Q(status=ContactRequest.Status.CLOSED),
    }[tab]


def inbox(user, tab: str, *, today: datetime.date | None = None) -> QuerySet[ContactRequest]:
    today = today or timezone.localdate()
    requests = requests_visible_to(user).filter(tab_filter(tab, user, today=today))
    if tab == "cerradas":
        return requests.order_by("-closed_at", "-id")
    return requests.order_by("due_on", "created_at", "id")


def tab_counts(user, *, today: datetime.date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    visible = requests_visible_to(user)
    return {
        tab: visible.filter(tab_filter(tab, user, today=today)).count()
        for tab in TABS
        if tab != "cerradas"
    }
