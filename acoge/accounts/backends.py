"""Django admin model permissions: national administrators, and the editors of content apps.

The admin asks for Django's model permissions (`core.view_region`, `accounts.change_user`…).
National administrators hold them all. An app whose records are content staff write (the
information pages, the humanitarian guide) names the roles that edit it with
`register_editors(app_label, roles)`; those roles then hold that app's model permissions, and
no other app's. Staff views never use this: they ask `policy.can`, which reads only the rules
tables.
"""

from collections.abc import Iterable

from django.contrib.auth.backends import BaseBackend, ModelBackend

from . import policy
from .models import Role

MODEL_ACTIONS = ("add_", "change_", "delete_", "view_")

_EDITORS: dict[str, frozenset[Role]] = {}


def register_editors(app_label: str, roles: Iterable[Role]) -> None:
    """The roles that edit `app_label`'s records in the admin (besides national admins)."""
    _EDITORS[app_label] = frozenset(roles)


def editor_roles() -> frozenset[Role]:
    """Every role that edits some app's content."""
    return frozenset(role for roles in _EDITORS.values() for role in roles)


def edits(user, app_label: str) -> bool:
    if policy.has_role(user, Role.NATIONAL_ADMIN):
        return True
    return any(policy.has_role(user, role) for role in _EDITORS.get(app_label, ()))


class NationalAdminModelPermissions(BaseBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        app_label, _, codename = perm.partition(".")
        if not codename.startswith(MODEL_ACTIONS):
            return False
        return edits(user_obj, app_label)

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return edits(user_obj, app_label)


class SignInBackend(ModelBackend):
    """Checks a username and password, and grants nothing: Django's own model permissions (a
    superuser flag, groups, per-user permissions) are not how Acoge decides access."""

    def get_all_permissions(self, user_obj, obj=None) -> set[str]:
        return set()

    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        return False

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return False
