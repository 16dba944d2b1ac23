"""Staff permissions of the shells: who may enter the back office, manage staff, read the audit log.

Each app keeps its own table like this one; all build on the predicates here.
"""

import rules

from . import policy
from .backends import editor_roles
from .models import Role


@rules.predicate
def is_staff_member(user) -> bool:
    return policy.is_staff_member(user)


@rules.predicate
def is_national_admin(user) -> bool:
    return policy.has_role(user, Role.NATIONAL_ADMIN)


@rules.predicate
def is_gender_unit(user) -> bool:
    return policy.has_role(user, Role.GENDER_UNIT)


@rules.predicate
def is_gender_delegate(user) -> bool:
    return policy.has_role(user, Role.GENDER_DELEGATE)


@rules.predicate
def is_regional_staff(user) -> bool:
    return policy.has_role(user, Role.REGIONAL_STAFF)


@rules.predicate
def is_engagement_team(user) -> bool:
    return policy.has_role(user, Role.ENGAGEMENT)


@rules.predicate
def is_cosoc_secretary(user) -> bool:
    return policy.has_role(user, Role.COSOC_SECRETARY)


@rules.predicate
def is_facilitator(user) -> bool:
    return policy.has_role(user, Role.FACILITATOR)


@rules.predicate
def covers_object_region(user, obj) -> bool:
    """The object's region is one the user's roles cover (objects without a region: national)."""
    return policy.covers_region(user, getattr(obj, "region_id", None))


rules.add_perm("backoffice.enter", is_staff_member)
rules.add_perm("backoffice.view_components", is_staff_member)
rules.add_perm("accounts.manage_staff", is_national_admin)
rules.add_perm("backoffice.view_audit", is_national_admin)


@rules.predicate
def is_content_editor(user) -> bool:
    """Holds a role that edits some app's content in the admin (backends.register_editors)."""
    return any(policy.has_role(user, role) for role in editor_roles())


rules.add_perm("core.use_admin", is_national_admin | is_content_editor)
rules.add_perm("backoffice.review_content", is_national_admin | is_content_editor)
