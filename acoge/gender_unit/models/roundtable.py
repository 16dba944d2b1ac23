"""The Roundtable on Gender (Mesa de Género): sessions where the regional delegates and the
Unidad de Género meet, with attendance per delegate in office, minutes, and agreements
followed until done (core/meetings.py, as the COSOC's)."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from acoge.core.meetings import AgreementBase, AttendanceStatus

from .delegates import Appointment


class Session(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", pgettext_lazy("a council session", "Cancelled")

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    starts_at = models.DateTimeField(_("starts"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online = models.BooleanField(_("online"), default=False)
    agenda = models.TextField(_("agenda"), help_text=_("Markdown: one item a line."))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    minutes = models.TextField(_("minutes"), blank=True, help_text=_("Markdown."))

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("Roundtable session")
        verbose_name_plural = _("Roundtable sessions")

    def __str__(self) -> str:
        return _("Roundtable session %(number)s") % {"number": self.number}

    @property
    def day(self) -> datetime.date:
        return timezone.localdate(self.starts_at)


class Attendance(models.Model):
    Status = AttendanceStatus

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    appointment = models.ForeignKey(
        Appointment, on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices)

    class Meta:
        ordering = ["appointment__region__order"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "appointment"], name="roundtable_attendance_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.appointment}: {self.get_status_display()}"


class Agreement(AgreementBase):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="agreements")

    class Meta:
        ordering = ["session__starts_at", "number"]
        verbose_name = _("Roundtable agreement")
        verbose_name_plural = _("Roundtable agreements")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "number"], name="roundtable_agreement_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session.number}.{self.number}"
