"""The Civil Society Council (COSOC) of Law 20.500: its terms, councillors, sessions with their
attendance and quorum, minutes and agreements followed until done.

A term keeps the rules it was made with (seats, quorum), so an old session's minutes say what
held then even after the settings change. A councillor sits for an organisation of the
registry; one who leaves is replaced by another councillor record that names whom it replaces.
"""

import datetime
import math

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from acoge.core import uploads
from acoge.core.meetings import AgreementBase, AttendanceStatus
from acoge.stats.demographics import GenderIdentity

from .registry import Organisation


def default_seats() -> int:
    return settings.ACOGE_COSOC_SEATS


def default_quorum() -> int:
    return settings.ACOGE_COSOC_QUORUM_PERCENT


class Term(models.Model):
    """One council, for ACOGE_COSOC_TERM_YEARS."""

    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    seats = models.PositiveSmallIntegerField(_("seats"), default=default_seats)
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (more than this percentage of councillors in office)"), default=default_quorum
    )

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("council term")
        verbose_name_plural = _("council terms")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=models.F("starts_on")), name="term_ends_after"
            )
        ]

    def __str__(self) -> str:
        return f"{self.starts_on.year}–{self.ends_on.year}"

    def get_absolute_url(self) -> str:
        return reverse("council:term", kwargs={"pk": self.pk})

    def is_current(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on

    def in_office(self, day: datetime.date) -> models.QuerySet["Councillor"]:
        return self.councillors.in_office(day)

    def quorum_needed(self, in_office: int) -> int:
        """More than `quorum_percent` of the councillors in office."""
        return math.floor(in_office * self.quorum_percent / 100) + 1 if in_office else 0


class Position(models.TextChoices):
    PRESIDENT = "president", _("President")
    VICE_PRESIDENT = "vice_president", _("Vice-president")
    SECRETARY = "secretary", _("Secretary")
    MEMBER = "member", _("Councillor")


class CouncillorQuerySet(models.QuerySet):
    def in_office(self, day: datetime.date) -> "CouncillorQuerySet":
        return self.filter(starts_on__lte=day).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))


class Councillor(models.Model):
    """A seat held by an organisation's councillor: public (the council's page names them)."""

    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="councillors")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="seats"
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(
        _("position"), max_length=20, choices=Position.choices, default=Position.MEMBER
    )
    gender = models.CharField(
        _("gender"),
        max_length=20,
        choices=GenderIdentity.choices,
        blank=True,
        help_text=_("For the council's composition by gender; leave it blank if not stated."),
    )
    starts_on = models.DateField(_("in office from"))
    ends_on = models.DateField(_("in office until"), null=True, blank=True)
    replaces = models.ForeignKey(
        "self",
        verbose_name=_("replaces"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
    )
    left_reason = models.CharField(_("why the seat was left"), max_length=200, blank=True)

    objects = CouncillorQuerySet.as_manager()

    class Meta:
        ordering = ["term", "position", "name"]
        verbose_name = _("councillor")
        verbose_name_plural = _("councillors")

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    def in_office_on(self, day: datetime.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)


class Meeting(models.Model):
    """A session of the council: scheduled, held (with attendance and minutes) or cancelled."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("Ordinary session")
        EXTRAORDINARY = "extraordinary", _("Extraordinary session")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", pgettext_lazy("a council session", "Cancelled")

    term = models.ForeignKey(Term, on_delete=models.PROTECT, related_name="meetings")
    number = models.PositiveSmallIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices, default=Kind.ORDINARY)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    public = models.BooleanField(
        _("open to the public"), default=True, help_text=_("Closed sessions still publish minutes.")
    )
    agenda = models.TextField(_("agenda"), help_text=_("Markdown: one item a line."))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    minutes = models.TextField(_("minutes"), blank=True, help_text=_("Markdown."))
    minutes_pdf = models.FileField(
        _("signed minutes (PDF)"),
        upload_to="cosoc/actas/%Y/",
        blank=True,
        validators=[uploads.validate_document],
    )
    minutes_published_at = models.DateTimeField(_("minutes published"), null=True, blank=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("council session")
        verbose_name_plural = _("council sessions")
        constraints = [
            models.UniqueConstraint(fields=["term", "number"], name="meeting_number_per_term")
        ]

    def __str__(self) -> str:
        return _("Session %(number)s of the council %(term)s") % {
            "number": self.number,
            "term": self.term,
        }

    def get_absolute_url(self) -> str:
        return reverse("council:meeting", kwargs={"pk": self.pk})

    @property
    def day(self) -> datetime.date:
        return timezone.localdate(self.starts_at)


class Attendance(models.Model):
    Status = AttendanceStatus

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    councillor = models.ForeignKey(Councillor, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices)

    class Meta:
        ordering = ["councillor__name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "councillor"], name="attendance_once_per_councillor"
            )
        ]

    def __str__(self) -> str:
        return f"{self.councillor}: {self.get_status_display()}"


class Agreement(AgreementBase):
    """What a session agreed, with who answers for it and by when, followed until done."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agreements")

    class Meta:
        ordering = ["meeting__starts_at", "number"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"], name="agreement_number_per_meeting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.meeting.number}.{self.number}"
