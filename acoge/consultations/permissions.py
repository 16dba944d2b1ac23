"""Who writes and follows consultations, declared once.

National administrators and the citizen engagement team write consultations in the admin
(`EDITORS`, given to accounts.backends.register_editors) and follow them at /gestion/consultas/:
results while open, paper questionnaires, codes, open answers to read, exports. Dialogues in
person belong to a region: regional staff schedule and run their region's (attendance, paper
questionnaires typed once and checked by a second entry, conclusions), and so does the team in
the regions it covers (`DIALOGUES`). The anonymised answers are exported only with a
permission of their own."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_engagement_team, is_national_admin, is_regional_staff
from acoge.accounts.scoping import InRegions

EDITORS = (Role.ENGAGEMENT,)

DIALOGUE_ROLES = (Role.NATIONAL_ADMIN, Role.ENGAGEMENT, Role.REGIONAL_STAFF)
DIALOGUES = InRegions(*DIALOGUE_ROLES)

is_consultation_team = is_national_admin | is_engagement_team
is_dialogue_staff = is_consultation_team | is_regional_staff

rules.add_perm("consultations.list", is_dialogue_staff)
rules.add_perm("consultations.view", is_consultation_team)
rules.add_perm("consultations.enter_answers", is_consultation_team)
rules.add_perm("consultations.make_codes", is_consultation_team)
rules.add_perm("consultations.moderate", is_consultation_team)
rules.add_perm("consultations.export", is_consultation_team)
rules.add_perm("consultations.export_answers", is_national_admin)
rules.add_perm("consultations.dialogues", is_dialogue_staff)
rules.add_perm("consultations.dialogue", DIALOGUES.predicate)
