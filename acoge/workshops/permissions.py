"""Who may do what with workshops. Managers: national admin, Gender Unit, and regional staff or
gender delegates of the workshop's region. Facilitators: only the workshops they facilitate,
in their regions.

The reaches are declared once here: the predicates below and the staff lists
(`selectors.workshops_visible_to`) both come from them."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import (
    is_facilitator,
    is_gender_delegate,
    is_gender_unit,
    is_national_admin,
    is_regional_staff,
)
from acoge.accounts.scoping import InRegions, Linked

MANAGING_ROLES = (Role.NATIONAL_ADMIN, Role.GENDER_UNIT, Role.REGIONAL_STAFF, Role.GENDER_DELEGATE)
MANAGERS = InRegions(*MANAGING_ROLES)
# Who may be named a workshop's facilitator: a facilitator of its region.
FACILITATING = InRegions(Role.FACILITATOR)
FACILITATORS = FACILITATING & Linked("facilitators")
# Who may open a workshop's staff pages.
VIEWERS = MANAGERS | FACILITATORS

is_workshop_manager = is_national_admin | is_gender_unit | is_regional_staff | is_gender_delegate

rules.add_perm("workshops.list", is_workshop_manager | is_facilitator)
rules.add_perm("workshops.create", is_workshop_manager)
rules.add_perm("workshops.view", VIEWERS.predicate)
rules.add_perm("workshops.change", MANAGERS.predicate)
rules.add_perm("workshops.attendance", VIEWERS.predicate)
rules.add_perm("workshops.export", MANAGERS.predicate)
