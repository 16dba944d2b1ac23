"""Data-subject requests (Ley 21.719) and the one-time codes that prove she holds a contact.

A `Verification` lives for minutes: the contact she gave (encrypted), the rights she asked for
and her message (encrypted), and the keyed hash of the code sent to that contact. Once the code
is right, one `RightsRequest` is made per right; the verification is used up and its contact
and message are emptied. Her contact stays on a request only when staff must answer it
(rectification, opposition, blocking), encrypted, next to its blind index.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.crypto import EncryptedTextField
from acoge.core.models import TimeStampedModel
from acoge.core.one_time_codes import ContactKind, OneTimeCode
from acoge.core.tokens import REFERENCE_LENGTH


class Right(models.TextChoices):
    ACCESS = "access", _("See my data")
    PORTABILITY = "portability", _("Get a copy of my data to take elsewhere")
    RECTIFICATION = "rectification", _("Correct my data")
    DELETION = "deletion", _("Delete my data")
    OPPOSITION = "opposition", _("Stop a use of my data")
    BLOCKING = "blocking", _("Pause the use of my data")


# Answered at once, by the service, through the personal-data registry.
AUTOMATIC_RIGHTS = frozenset({Right.ACCESS, Right.PORTABILITY, Right.DELETION})
# Answered by staff, who read her message and reply to her contact.
STAFF_RIGHTS = frozenset({Right.RECTIFICATION, Right.OPPOSITION, Right.BLOCKING})
# Rights that show her a copy of her records.
COPY_RIGHTS = frozenset({Right.ACCESS, Right.PORTABILITY})


class Verification(OneTimeCode):
    """A one-time code sent to the contact she gave, with what she asked for, waiting to be
    typed."""

    rights = models.JSONField(default=list)
    message = EncryptedTextField(blank=True)

    class Meta:
        verbose_name = _("code sent")
        verbose_name_plural = _("codes sent")

    def __str__(self) -> str:
        return f"verification {self.pk}"


class RightsRequest(TimeStampedModel):
    """One right she exercised: answered at once by the service, or by staff by its due date."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("In progress")
        ANSWERED = "answered", _("Answered")
        REFUSED = "refused", _("Refused")

    reference = models.CharField(_("reference code"), max_length=REFERENCE_LENGTH, unique=True)
    right = models.CharField(_("right"), max_length=14, choices=Right.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    automatic = models.BooleanField(_("answered by the service at once"), default=False)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    due_on = models.DateField(_("answer due"))
    answered_at = models.DateTimeField(_("answered or refused"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Personal data: encrypted; the blind index finds her requests for her own later requests.
    contact_kind = models.CharField(
        _("contact"), max_length=5, choices=ContactKind.choices, blank=True
    )
    contact = EncryptedTextField(_("her contact"), blank=True)
    contact_index = models.CharField(max_length=64, null=True, blank=True, db_index=True)
    message = EncryptedTextField(_("her message"), blank=True)
    resolution = EncryptedTextField(_("answer or reason for refusing"), blank=True)
    # What the service did, in counts (records found or erased per source); no personal data.
    outcome = models.JSONField(_("outcome"), default=dict, blank=True)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "received_at", "id"]
        verbose_name = _("data-protection request")
        verbose_name_plural = _("data-protection requests")
        indexes = [models.Index(fields=["status", "due_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in {self.Status.RECEIVED, self.Status.IN_PROGRESS}

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return self.is_open and (today or timezone.localdate()) > self.due_on
