"""Every change to a contact request goes through these functions; views only call them:
requests.py (creating and routing, taking, assigning, closing, erasing, withdrawing, spam) and
handling.py (attempts, referrals, notes). The safe-contact rules are in safety.py, the reads in
selectors.py, the refusals in errors.py.

Routing: a request goes to the gender delegates of her region; with no region, or no delegate
there, to the national Gender Unit queue. The first contact is due in her first safe window on
or after a number of Chilean business days from arrival (ACOGE_CONTACT_DUE_BUSINESS_DAYS;
safety.first_contact_due). An attempt by a way she did not choose, or outside her safe times,
needs a reason. "Not safe" pauses further attempts until her next safe time. Withdrawing, spam
and retention erase the personal data.
"""

from django.utils.translation import gettext_lazy as _

from acoge.core.audit import register_action

from ..errors import AlreadyTaken, ContactError, Paused, ReasonNeeded
from .handling import attempt_record, note_add, referral_record
from .requests import (
    MESSAGE_LIMIT,
    PER_CONTACT,
    SHORT_TEXT_LIMIT,
    STAFF_OUTCOMES,
    Created,
    erase_personal_data,
    request_assign,
    request_close,
    request_create,
    request_mark_spam,
    request_take,
    request_withdraw,
)

register_action("contact.request.created", _("opened the contact request %(object)s"))
register_action("contact.contactrequest.read", _("read the contact request %(object)s"))
register_action("contact.request.taken", _("took the contact request %(object)s"))
register_action("contact.request.assigned", _("assigned the contact request %(object)s"))
register_action("contact.attempt.recorded", _("recorded a contact attempt on %(object)s"))
register_action("contact.referral.recorded", _("recorded a referral on %(object)s"))
register_action("contact.note.added", _("added a note to %(object)s"))
register_action("contact.request.closed", _("closed the contact request %(object)s"))
register_action("contact.request.withdrawn", _("she withdrew the contact request %(object)s"))
register_action("contact.request.spam", _("marked a contact request as spam and erased it"))
register_action("contact.requests.exported", _("exported contact requests (no personal data)"))

__all__ = [
    "MESSAGE_LIMIT",
    "PER_CONTACT",
    "SHORT_TEXT_LIMIT",
    "STAFF_OUTCOMES",
    "AlreadyTaken",
    "ContactError",
    "Created",
    "Paused",
    "ReasonNeeded",
    "attempt_record",
    "erase_personal_data",
    "note_add",
    "referral_record",
    "request_assign",
    "request_close",
    "request_create",
    "request_mark_spam",
    "request_take",
    "request_withdraw",
]
