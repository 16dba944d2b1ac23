"""Who keeps the service's public content: national administrators, the Gender Unit (the
women's programme) and the citizen engagement team (Law 20.500). They edit it in the admin
(`EDITORS`, given to accounts.backends) and follow its review dates at /gestion/contenidos/."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_engagement_team, is_gender_unit, is_national_admin

EDITORS = (Role.GENDER_UNIT, Role.ENGAGEMENT)

is_content_keeper = is_national_admin | is_gender_unit | is_engagement_team

rules.add_perm("information.review_content", is_content_keeper)
