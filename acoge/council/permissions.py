"""Who keeps the registry of organisations, declared once: national administrators, the citizen
engagement team and the COSOC secretary, for every region (the registry is national). They
read applications (each opening of one audit-logged) and accept or turn them down; only what
waits for review can be decided."""

import rules

from acoge.accounts.models import Role
from acoge.accounts.permissions import is_cosoc_secretary, is_engagement_team, is_national_admin

EDITORS = (Role.ENGAGEMENT, Role.COSOC_SECRETARY)  # edit the categories in the admin

is_registry_staff = is_national_admin | is_engagement_team | is_cosoc_secretary


@rules.predicate
def waits_for_review(user, organisation) -> bool:
    from .models import Organisation

    return (
        organisation is not None
        and Organisation.objects.to_review().filter(pk=organisation.pk).exists()
    )


rules.add_perm("council.organisations", is_registry_staff)
rules.add_perm("council.organisation", is_registry_staff)
rules.add_perm("council.review", is_registry_staff & waits_for_review)

# The COSOC's sessions, agreements and elections: the same staff, for the whole council.
rules.add_perm("council.cosoc", is_registry_staff)
