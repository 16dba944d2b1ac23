"""Who may do what in the Unidad de Género's pages, declared once.

- The Unit's staff pages: national administrators, the Gender Unit, and the regional gender
  delegates. Delegates write their own region's plan, measures and agenda commitments; the Unit
  any region's; national administrators read.
- The Roundtable's attendance and agreements: the Gender Unit (and national administrators).
- The Ley Karin channel: any staff member reports and follows her own reports. A report is
  opened only by the designated receivers and the investigator assigned to it — not by
  national administrators, nor by a region's delegate unless assigned. Staff who cannot open a
  report are told it does not exist (404). The half-yearly report is counts only, every count
  under 5 hidden: receivers, the Gender Unit and national administrators read it.
"""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import (
    is_gender_delegate,
    is_gender_unit,
    is_national_admin,
    is_staff_member,
)
from acoge.accounts.policy import has_role
from acoge.accounts.scoping import InRegions, Linked

EDITORS = (Role.GENDER_UNIT,)  # desks, appointments, Roundtable sessions, measures in the admin

is_gender_staff = is_national_admin | is_gender_unit | is_gender_delegate
is_unit = is_national_admin | is_gender_unit

# Regional records (plans, activities, measures' monitoring, agenda commitments).
READERS = InRegions(Role.NATIONAL_ADMIN, Role.GENDER_UNIT, Role.GENDER_DELEGATE)
WRITERS = InRegions(Role.GENDER_UNIT, Role.GENDER_DELEGATE)


@rules.predicate
def is_karin_receiver(user) -> bool:
    return has_role(user, Role.KARIN_RECEIVER)


@rules.predicate
def is_karin_investigator(user) -> bool:
    return has_role(user, Role.KARIN_INVESTIGATOR)


# Receivers cover every region (a national role), so they reach every report; an investigator
# reaches only the reports assigned to her.
RECEIVERS = InRegions(Role.KARIN_RECEIVER)
KARIN_READERS = RECEIVERS | (InRegions(Role.KARIN_INVESTIGATOR) & Linked("investigator"))

rules.add_perm("gender_unit.enter", is_gender_staff)
rules.add_perm("gender_unit.roundtable", is_gender_staff)
rules.add_perm("gender_unit.roundtable_manage", is_unit)
rules.add_perm("gender_unit.plans", is_gender_staff)
rules.add_perm("gender_unit.plan_create", is_gender_unit | is_gender_delegate)
rules.add_perm("gender_unit.plan", READERS.predicate)
rules.add_perm("gender_unit.plan_change", WRITERS.predicate)
rules.add_perm("gender_unit.monitoring", is_gender_staff)
rules.add_perm("gender_unit.monitoring_change", WRITERS.predicate)
rules.add_perm("gender_unit.dashboard", is_gender_staff)

rules.add_perm("karin.report", is_staff_member)
rules.add_perm("karin.record_verbal", is_karin_receiver)
rules.add_perm("karin.inbox", is_karin_receiver | is_karin_investigator)
rules.add_perm("karin.open", KARIN_READERS.predicate)
rules.add_perm("karin.assign", RECEIVERS.predicate)
rules.add_perm("karin.channel_report", is_karin_receiver | is_gender_unit | is_national_admin)
