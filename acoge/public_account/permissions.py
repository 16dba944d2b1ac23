"""Who keeps the Participatory Public Account: national administrators and the citizen
engagement team, for every region. They write cycles and presentations in the admin, enter
what was said at presentations, classify, hide and merge observations, record the units'
answers and publish the answers document. Opening an observation that holds her e-mail is
audit-logged."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_engagement_team, is_national_admin

EDITORS = (Role.ENGAGEMENT,)

is_account_staff = is_national_admin | is_engagement_team

rules.add_perm("public_account.list", is_account_staff)
rules.add_perm("public_account.handle", is_account_staff)
