"""Every change to workshops and registrations goes through these functions: registrations.py
(registering, the waiting list, cancelling, her needs, erasing) and workshops.py (the workshop,
its sessions, attendance, closing, feedback). What they refuse is in errors.py."""

from django.utils.translation import gettext_lazy as _

from acoge.core.audit import register_action

from ..errors import (
    InvalidRegistration,
    RegistrationClosed,
    RegistrationError,
    TooManyAttempts,
    WorkshopFull,
    WorkshopNotFound,
)
from ..selectors import contact_index_for, registration_by_token, registration_find
from .registrations import (
    CHILD_AGES,
    MAX_CHILDREN,
    NEEDS_FIELDS,
    RegistrationResult,
    check_registration,
    registration_cancel,
    registration_create,
    registration_update,
    registrations_erase,
)
from .workshops import (
    PUBLIC_CHANGE_FIELDS,
    attendance_set,
    feedback_submit,
    session_add,
    session_remove,
    workshop_cancel,
    workshop_close,
    workshop_save,
)

register_action("workshops.registration.created", _("registered someone for %(object)s"))
register_action("workshops.registration.cancelled", _("cancelled a registration for %(object)s"))
register_action(
    "workshops.registration.promoted", _("moved someone up from the waiting list of %(object)s")
)
register_action("workshops.registration.read", _("opened the registration %(object)s"))
register_action("workshops.registration.updated", _("changed a registration for %(object)s"))
register_action("workshops.workshop.created", _("created the workshop %(object)s"))
register_action("workshops.workshop.updated", _("edited the workshop %(object)s"))
register_action("workshops.workshop.cancelled", _("cancelled the workshop %(object)s"))
register_action("workshops.workshop.closed", _("closed attendance of %(object)s"))
register_action("workshops.attendance.marked", _("marked attendance at %(object)s"))
register_action("workshops.registrations.exported", _("exported the registrations of %(object)s"))

__all__ = [
    "CHILD_AGES",
    "MAX_CHILDREN",
    "NEEDS_FIELDS",
    "PUBLIC_CHANGE_FIELDS",
    "InvalidRegistration",
    "RegistrationClosed",
    "RegistrationError",
    "RegistrationResult",
    "TooManyAttempts",
    "WorkshopFull",
    "WorkshopNotFound",
    "attendance_set",
    "check_registration",
    "contact_index_for",
    "feedback_submit",
    "registration_by_token",
    "registration_cancel",
    "registration_create",
    "registration_find",
    "registration_update",
    "registrations_erase",
    "session_add",
    "session_remove",
    "workshop_cancel",
    "workshop_close",
    "workshop_save",
]
