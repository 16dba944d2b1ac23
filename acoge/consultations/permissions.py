"""Who writes and follows consultations: national administrators and the citizen engagement
team. They write them in the admin (`EDITORS`, given to accounts.backends.register_editors) and
follow them at /gestion/consultas/: results while open, paper questionnaires entered, codes.
Consultations have no region of their own yet (a national one, or several regions): the
dialogues of a region, with regional staff, come with the dialogues."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_engagement_team, is_national_admin

EDITORS = (Role.ENGAGEMENT,)

is_consultation_team = is_national_admin | is_engagement_team

rules.add_perm("consultations.list", is_consultation_team)
rules.add_perm("consultations.view", is_consultation_team)
rules.add_perm("consultations.enter_answers", is_consultation_team)
rules.add_perm("consultations.make_codes", is_consultation_team)
