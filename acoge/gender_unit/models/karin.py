"""The Ley Karin channel (Ley 21.643): a staff member reports workplace harassment, sexual
harassment or violence at work. Reports are signed — the Contraloría admits no anonymous
complaint — written by the reporter or recorded by a designated receiver from what she said.

What she says, and whom it concerns, is the most sensitive data the service holds: encrypted
at rest, opened only by the designated receivers and the investigator assigned to the report
(every opening audit-logged), never in the admin, an export, a log line or an e-mail body.
A report's `str()` is its reference and nothing else, since audit entries copy it."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Region

REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"LK-{code[:4]}-{code[4:]}"


class Report(models.Model):
    class Kind(models.TextChoices):
        WORKPLACE = "workplace", _("Workplace harassment")
        SEXUAL = "sexual", _("Sexual harassment")
        VIOLENCE = "violence", _("Violence at work")

    class Channel(models.TextChoices):
        WRITTEN = "written", _("Written, by the person reporting")
        VERBAL = "verbal", _("Verbal, recorded by a receiver")

    class State(models.TextChoices):
        RECEIVED = "received", pgettext_lazy("a Ley Karin report", "Received")
        INVESTIGATING = "investigating", _("Under investigation")
        RESOLVED = "resolved", pgettext_lazy("a Ley Karin report", "Resolved")
        CLOSED = "closed", pgettext_lazy("a Ley Karin report", "Closed")

    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person reporting"),
        on_delete=models.PROTECT,
        null=True,  # emptied when the report's retention period ends
        related_name="karin_reports",
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(_("what happened"), max_length=10, choices=Kind.choices)
    by_third_party = models.BooleanField(_("by someone outside the service"), default=False)
    region = models.ForeignKey(
        Region,
        verbose_name=_("directorate where it happened"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Empty: the national offices."),
    )
    facts = EncryptedTextField(_("what happened"))
    people = EncryptedTextField(_("who was involved, and witnesses"), blank=True)
    state = models.CharField(
        _("state"), max_length=15, choices=State.choices, default=State.RECEIVED
    )
    investigator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("investigator"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="karin_investigations",
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    measures_due_on = models.DateField(_("protective measures due"))
    measures_decided = models.BooleanField(_("protective measures decided"), default=False)
    investigation_due_on = models.DateField(_("investigation due"))
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    outcome = EncryptedTextField(_("outcome"), blank=True)
    erased_at = models.DateTimeField(_("text erased"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("Ley Karin report")
        verbose_name_plural = _("Ley Karin reports")
        default_permissions = ()  # never in the admin

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.state in {self.State.RECEIVED, self.State.INVESTIGATING}

    def measures_late(self, today: datetime.date | None = None) -> bool:
        """No protective measure decided (nor a decision that none is needed) by the due day."""
        return (
            self.is_open
            and not self.measures_decided
            and self.measures_due_on < (today or timezone.localdate())
        )

    def investigation_late(self, today: datetime.date | None = None) -> bool:
        return self.is_open and self.investigation_due_on < (today or timezone.localdate())


class ProtectiveMeasure(models.Model):
    """A protective measure taken for the person reporting (Ley 21.643)."""

    class Kind(models.TextChoices):
        SEPARATION = "separation", _("Separating the people's workspaces")
        HOURS = "hours", _("Changing working hours")
        TASKS = "tasks", _("Redistributing tasks")
        CARE = "care", _("Referral to psychological care")
        OTHER = "other", _("Another measure")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="measures")
    kind = models.CharField(_("measure"), max_length=12, choices=Kind.choices)
    detail = EncryptedTextField(_("detail"), blank=True)
    ordered_on = models.DateField(_("ordered on"), default=timezone.localdate)
    ordered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["ordered_on", "pk"]
        default_permissions = ()
        verbose_name = _("protective measure")
        verbose_name_plural = _("protective measures")

    def __str__(self) -> str:
        return f"{self.report} · {self.get_kind_display()}"


class ReportEvent(models.Model):
    """A step in the report's life the person reporting can see: received, measures decided,
    investigator assigned, state changed. Its text is for her, and is encrypted."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=15, choices=Report.State.choices)
    note = EncryptedTextField(_("note for the person reporting"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.report} · {self.get_state_display()}"
