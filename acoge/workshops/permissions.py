"""Who may do what with workshops. Managers: national admin, Gender Unit, and regional staff or
gender delegates of the workshop's region. Facilitators: only the workshops they facilitate."""

import rules

from acoge.accounts import policy
from acoge.accounts.permissions import (
    is_facilitator,
    is_gender_delegate,
    is_gender_unit,
    is_national_admin,
    is_regional_staff,
)

from .selectors import MANAGING_ROLES


@rules.predicate
def manages_workshop_region(user, workshop) -> bool:
    if workshop is None:
        return False
    return policy.covers_region(user, workshop.region_id, *MANAGING_ROLES)


@rules.predicate
def facilitates(user, workshop) -> bool:
    return workshop is not None and workshop.facilitators.filter(pk=user.pk).exists()


is_workshop_manager = is_national_admin | is_gender_unit | is_regional_staff | is_gender_delegate

rules.add_perm("workshops.list", is_workshop_manager | is_facilitator)
rules.add_perm("workshops.create", is_workshop_manager)
rules.add_perm("workshops.view", manages_workshop_region | facilitates)
rules.add_perm("workshops.change", manages_workshop_region)
rules.add_perm("workshops.attendance", manages_workshop_region | facilitates)
rules.add_perm("workshops.export", manages_workshop_region)
