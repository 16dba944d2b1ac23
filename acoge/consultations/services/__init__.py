"""Every change to consultations goes through these functions; views only call them:
answering.py (answers online or from paper, receipts, participation codes), verification.py
(one answer per e-mail or phone), dialogues.py (dialogues, attendance, second entries,
conclusions) and texts.py (moderating open answers). Each runs in one transaction."""

from .answering import (
    ALREADY_ANSWERED,
    CODE_LENGTH,
    RECEIPT_LENGTH,
    Given,
    code_hash,
    code_usable,
    codes_generate,
    receipt_counted,
    receipt_hash,
    response_submit,
)
from .dialogues import (
    MAX_ATTENDEES,
    Comparison,
    Difference,
    as_given,
    attendance_count,
    attendee_sign_in,
    conclusions_save,
    dialogue_save,
    entry_correct,
    entry_differences,
    second_entry_save,
)
from .texts import regroup_task, texts_moderate, themes_regroup
from .verification import (
    CODES_PER_CONTACT,
    contact_confirm,
    contact_index,
    contact_resend,
    contact_start,
)

__all__ = [
    "ALREADY_ANSWERED",
    "CODES_PER_CONTACT",
    "CODE_LENGTH",
    "MAX_ATTENDEES",
    "RECEIPT_LENGTH",
    "Comparison",
    "Difference",
    "Given",
    "as_given",
    "attendance_count",
    "attendee_sign_in",
    "code_hash",
    "code_usable",
    "codes_generate",
    "conclusions_save",
    "contact_confirm",
    "contact_index",
    "contact_resend",
    "contact_start",
    "dialogue_save",
    "entry_correct",
    "entry_differences",
    "receipt_counted",
    "receipt_hash",
    "regroup_task",
    "response_submit",
    "second_entry_save",
    "texts_moderate",
    "themes_regroup",
]  # fmt: skip
