"""Who may handle contact requests: the Gender Unit everywhere; gender delegates and regional
staff only in their regions. National administrators manage accounts, not cases: they do not
read requests. A request without a region is for the Gender Unit alone."""

import rules

from acoge.accounts import policy
from acoge.accounts.permissions import is_gender_delegate, is_gender_unit, is_regional_staff

from .services import HANDLER_ROLES


@rules.predicate
def handles_request_region(user, request) -> bool:
    if request is None:
        return False
    return policy.covers_region(user, request.region_id, *HANDLER_ROLES)


@rules.predicate
def handles_region(user, region) -> bool:
    """Whether the user handles requests of this region (None: no region, the Gender Unit's)."""
    return policy.covers_region(user, getattr(region, "pk", None), *HANDLER_ROLES)


is_contact_handler = is_gender_unit | is_gender_delegate | is_regional_staff

rules.add_perm("contact.list", is_contact_handler)
rules.add_perm("contact.create", is_contact_handler)
rules.add_perm("contact.create_in_region", is_contact_handler & handles_region)
rules.add_perm("contact.export", is_gender_unit | is_gender_delegate)
rules.add_perm("contact.view", handles_request_region)
rules.add_perm("contact.handle", handles_request_region)
