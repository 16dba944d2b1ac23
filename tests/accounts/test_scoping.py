"""The reach declared once per app gives the predicate object views check, the filter lists use
and the staff alerted about a record: for every role, every region it may cover and records in
every region (and none), the three agree."""

import itertools

import pytest

from acoge.accounts.models import NATIONAL_ROLES, Role, StaffRole
from acoge.accounts.policy import forget_roles
from acoge.accounts.scoping import region_scope
from acoge.contact.models import ContactRequest
from acoge.contact.permissions import DELEGATES, HANDLERS
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Workshop
from acoge.workshops.permissions import MANAGERS, VIEWERS
from tests.factories import UserFactory, WorkshopFactory, contact_request

pytestmark = pytest.mark.django_db

CUTS = ("02", "05", "13")
# Each role for one region, for two, or (where the role allows it) for all of them.
SCOPES = [("02",), ("05", "13"), None]


def staff_every_way() -> list:
    """One staff member per role and scope, plus one holding two roles in different regions."""
    users = []
    for role, scope in itertools.product(Role, SCOPES):
        national = role in NATIONAL_ROLES
        if national != (scope is None):
            continue
        user = UserFactory()
        staff_role = StaffRole.objects.create(user=user, role=role, all_regions=scope is None)
        staff_role.regions.set(Region.objects.filter(cut_code__in=scope or ()))
        users.append(user)
    mixed = UserFactory()
    StaffRole.objects.create(user=mixed, role=Role.FACILITATOR).regions.set(
        Region.objects.filter(cut_code="13")
    )
    StaffRole.objects.create(user=mixed, role=Role.REGIONAL_STAFF).regions.set(
        Region.objects.filter(cut_code="02")
    )
    users.append(mixed)
    users.append(UserFactory())  # no role at all
    return users


def agree(reach, users, records, queryset) -> None:
    for user in users:
        forget_roles(user)
        with region_scope(user):
            listed = set(reach.filter(user, queryset).values_list("pk", flat=True))
        for record in records:
            allowed = reach.predicate.test(user, record)
            assert allowed == (record.pk in listed), (user.staff_roles.all(), record)
            holds = reach.holders(record).filter(pk=user.pk).exists()
            assert allowed == holds, (user.staff_roles.all(), record)


def test_the_regions_a_reach_lists_are_those_it_covers():
    users = staff_every_way()
    for user in users:
        forget_roles(user)
        for reach in (MANAGERS, HANDLERS):
            listed = list(reach.regions(user).values_list("cut_code", flat=True))
            covered = [
                r.cut_code for r in Region.objects.order_by("order") if reach.covers(user, r)
            ]
            assert listed == covered, user.staff_roles.all()


def test_workshop_reaches_agree_for_every_role_and_region():
    users = staff_every_way()
    facilitators = [u for u in users if u.staff_roles.filter(role=Role.FACILITATOR).exists()]
    workshops = []
    for cut in CUTS:
        workshops.append(WorkshopFactory(cut=cut))
        with_facilitators = WorkshopFactory(cut=cut)
        with_facilitators.facilitators.set(facilitators)
        workshops.append(with_facilitators)
    with scopes_disabled():
        queryset = Workshop.objects.all()
    for reach in (VIEWERS, MANAGERS):
        agree(reach, users, workshops, queryset)


def test_contact_reaches_agree_for_every_role_and_region_and_a_request_without_one():
    users = staff_every_way()
    requests = [contact_request(cut) for cut in (*CUTS, None)]
    with scopes_disabled():
        queryset = ContactRequest.objects.all()
    for reach in (HANDLERS, DELEGATES):
        agree(reach, users, requests, queryset)


def test_a_facilitator_outside_her_region_reaches_neither_the_page_nor_the_list():
    facilitator = UserFactory()
    StaffRole.objects.create(user=facilitator, role=Role.FACILITATOR).regions.set(
        Region.objects.filter(cut_code="13")
    )
    elsewhere = WorkshopFactory(cut="02")
    elsewhere.facilitators.add(facilitator)
    assert not VIEWERS.predicate.test(facilitator, elsewhere)
    with region_scope(facilitator):
        assert not VIEWERS.filter(facilitator, Workshop.objects.all()).exists()
