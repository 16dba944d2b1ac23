"""Who may handle contact requests: the Gender Unit everywhere; gender delegates and regional
staff only in their regions. National administrators manage accounts, not cases: they do not
read requests. A request without a region is for the Gender Unit alone.

The reaches are declared once here: the permission predicates below, the inbox and exports
(`selectors.requests_visible_to`), who may be assigned a request and who is alerted about it all
come from them."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_gender_delegate, is_gender_unit, is_regional_staff
from acoge.accounts.scoping import InRegions

HANDLER_ROLES = (Role.GENDER_UNIT, Role.GENDER_DELEGATE, Role.REGIONAL_STAFF)
# Who handles a request: the Gender Unit everywhere; delegates and regional staff in theirs.
HANDLERS = InRegions(*HANDLER_ROLES)
# Who hears of a request in a region: its gender delegates (with none, the Gender Unit).
DELEGATES = InRegions(Role.GENDER_DELEGATE)
GENDER_UNIT = InRegions(Role.GENDER_UNIT)


@rules.predicate
def handles_region(user, region) -> bool:
    """Whether the user handles requests of this region (None: no region, the Gender Unit's)."""
    return HANDLERS.covers(user, region)


is_contact_handler = is_gender_unit | is_gender_delegate | is_regional_staff

rules.add_perm("contact.list", is_contact_handler)
rules.add_perm("contact.create", is_contact_handler)
rules.add_perm("contact.create_in_region", is_contact_handler & handles_region)
rules.add_perm("contact.export", is_gender_unit | is_gender_delegate)
rules.add_perm("contact.view", HANDLERS.predicate)
rules.add_perm("contact.handle", HANDLERS.predicate)
