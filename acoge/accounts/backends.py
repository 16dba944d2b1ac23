"""Django admin model permissions for national administrators.

The admin asks for Django's model permissions (`core.view_region`, `accounts.change_user`…).
National administrators hold them all; nobody else does. Staff views never use this: they ask
`policy.can`, which reads only the rules tables.
"""

from django.contrib.auth.backends import BaseBackend

from . import policy
from .models import Role

MODEL_ACTIONS = ("add_", "change_", "delete_", "view_")


class NationalAdminModelPermissions(BaseBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        _app_label, _, codename = perm.partition(".")
        if not codename.startswith(MODEL_ACTIONS):
            return False
        return policy.has_role(user_obj, Role.NATIONAL_ADMIN)

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return policy.has_role(user_obj, Role.NATIONAL_ADMIN)
