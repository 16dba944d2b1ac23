"""Who writes consultations: national administrators and the citizen engagement team, in the
admin (accounts/backends.register_editors)."""

from acoge.accounts.models import Role

EDITORS = (Role.ENGAGEMENT,)
