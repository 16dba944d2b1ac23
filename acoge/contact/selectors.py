"""Reads that encode policy: the requests a staff member handles, the inbox tabs and their
counts, who may be assigned a request and who hears of it (all from the reaches declared in
permissions.py), and her own request found by link or by code."""

import datetime
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from acoge.accounts.models import Role, User
from acoge.accounts.policy import has_role
from acoge.core.crypto import blind_index
from acoge.core.models import Region
from acoge.core.tokens import clean_reference, hash_token

from .models import ContactRequest, overdue_q
from .permissions import DELEGATES, GENDER_UNIT, HANDLERS

TABS = {
    "nuevas": pgettext_lazy("requests inbox tab", "New"),
    "asignadas": pgettext_lazy("requests inbox tab", "Assigned"),
    "vencidas": pgettext_lazy("requests inbox tab", "Overdue"),
    "mias": pgettext_lazy("requests inbox tab", "Mine"),
    "cerradas": pgettext_lazy("requests inbox tab", "Closed"),
}
DEFAULT_TAB = "nuevas"


def _requests() -> QuerySet[ContactRequest]:
    """Requests without the region scope: for the public and tasks, or once a permission is
    checked."""
    return ContactRequest.objects.with_scopes_disabled()


# Staff ----------------------------------------------------------------------------------------


def requests_visible_to(user) -> QuerySet[ContactRequest]:
    """Requests in the regions the user handles (all, for the Gender Unit). Call inside the
    user's region scope; the reach's filter also leaves out regions covered by other roles."""
    return HANDLERS.filter(user, ContactRequest.objects.select_related("region", "assigned_to"))


def handled_regions(user) -> list[Region]:
    """The regions whose requests the user handles."""
    return [region for region in Region.objects.all() if HANDLERS.covers(user, region)]


def can_handle(user: User, request: ContactRequest) -> bool:
    return HANDLERS.allows(user, request)


def assignable_staff(request: ContactRequest) -> list[User]:
    """Staff who may be given the request: handlers whose roles cover its region."""
    return list(HANDLERS.holders(request).order_by("first_name", "last_name", "username"))


def delegates_of(region: Region | None) -> QuerySet[User]:
    """The active gender delegates of a region."""
    if region is None:
        return User.objects.none()
    return DELEGATES.holders_of_region(region)


def gender_unit() -> QuerySet[User]:
    return GENDER_UNIT.holders_of_region(None)


def handlers_to_alert(request: ContactRequest) -> QuerySet[User]:
    """Who hears of a new request: her region's delegates, or the Gender Unit."""
    return gender_unit() if request.national_queue else delegates_of(request.region)


def digest_recipients() -> QuerySet[User]:
    """Who may get the daily digest: the holders of the reaches it reports on, for some queue —
    the delegates of a region (DELEGATES), the Gender Unit (GENDER_UNIT, every region and the
    national queue). The same reaches say who is alerted (`handlers_to_alert`)."""
    queues = [None, *Region.objects.values_list("pk", flat=True)]
    holds = reduce(
        or_,
        (
            reach.holders_of_region_q(queue)
            for reach in (DELEGATES, GENDER_UNIT)
            for queue in queues
        ),
    )
    users = User.objects.filter(is_active=True)
    return users.filter(pk__in=users.filter(holds).values("pk"))


def digest_zone(user) -> str:
    """The time zone whose morning a recipient gets the digest in: the Gender Unit, the site's;
    a delegate, her region's (the first of hers, if she covers several)."""
    if not has_role(user, Role.GENDER_UNIT):
        for region in Region.objects.all():
            if DELEGATES.covers(user, region):
                return region.time_zone
    return settings.TIME_ZONE


def tab_filter(tab: str, user, *, now: datetime.datetime) -> Q:
    open_ = ~Q(status=ContactRequest.Status.CLOSED)
    return {
        "nuevas": Q(status=ContactRequest.Status.NEW),
        "asignadas": open_ & Q(assigned_to__isnull=False),
        "vencidas": overdue_q(now),
        "mias": open_ & Q(assigned_to=user),
        "cerradas": Q(status=ContactRequest.Status.CLOSED),
    }[tab]


def inbox(user, tab: str, *, now: datetime.datetime | None = None) -> QuerySet[ContactRequest]:
    now = now or timezone.now()
    requests = requests_visible_to(user).filter(tab_filter(tab, user, now=now))
    if tab == "cerradas":
        return requests.order_by("-closed_at", "-id")
    return requests.order_by("due_at", "created_at", "id")


def tab_counts(user, *, now: datetime.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    visible = requests_visible_to(user)
    return {
        tab: visible.filter(tab_filter(tab, user, now=now)).count()
        for tab in TABS
        if tab != "cerradas"
    }


def digest_for(user, *, now: datetime.datetime) -> dict[str, list[ContactRequest]]:
    """What a delegate or the Gender Unit should hear about now: unassigned new requests in
    their queue, and the requests they handle that are overdue (the inbox's rule)."""
    requests = _requests().select_related("region")
    if has_role(user, Role.GENDER_UNIT):
        queue = requests.filter(national_queue=True)
        overdue = requests.filter(overdue_q(now))
    else:
        queue = DELEGATES.filter(user, requests.filter(national_queue=False))
        overdue = DELEGATES.filter(user, requests.filter(overdue_q(now)))
    return {
        "new": list(queue.filter(status=ContactRequest.Status.NEW)),
        "overdue": list(overdue),
    }


# Her own request ------------------------------------------------------------------------------


def email_index(email: str) -> str | None:
    return blind_index(email, purpose="contact.email") if email else None


def phone_index(phone: str) -> str | None:
    return blind_index(phone, purpose="contact.phone") if phone else None


def request_by_id(pk: int) -> ContactRequest | None:
    return _requests().filter(pk=pk).first()


def request_by_token(token: str) -> ContactRequest | None:
    return _requests().filter(status_token_hash=hash_token(token)).first()


def request_find(*, reference: str, contact: str) -> ContactRequest | None:
    """Her request, by reference code plus the e-mail or phone she gave."""
    matches = Q(email_index=email_index(contact)) | Q(phone_index=phone_index(contact))
    return _requests().filter(matches, reference=clean_reference(reference)).first()
