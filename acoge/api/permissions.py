"""Who manages partners' API keys: national administrators only (docs/roles.md)."""

import rules

from acoge.accounts.permissions import is_national_admin

rules.add_perm("api.manage_keys", is_national_admin)
