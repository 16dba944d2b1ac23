"""What each regional directorate does for gender equality, and what the Unit follows up:

- a work plan per region and year, made of activities (promotion, training, campaigns,
  inter-sectoral meetings…) with planned and actual dates, audience, participants counted by
  gender, training hours and evidence;
- the policies and measures of co-responsibility, conciliation and prevention of
  discrimination and violence, each monitored per region;
- the region's commitments in the Regional Gender Agenda led by the SEREMI de la Mujer y la
  Equidad de Género.

Counts of participants are numbers only: no one's name is kept."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from acoge.core import uploads
from acoge.core.models import Region
from acoge.core.scoping import RegionScopedManager


class WorkPlan(models.Model):
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="gender_plans"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    summary = models.TextField(_("objectives of the year"), blank=True)

    objects = RegionScopedManager()

    class Meta:
        ordering = ["-year", "region__order"]
        verbose_name = _("regional work plan")
        verbose_name_plural = _("regional work plans")
        constraints = [
            models.UniqueConstraint(fields=["region", "year"], name="one_plan_per_region_year")
        ]

    def __str__(self) -> str:
        return _("Work plan %(year)s, %(region)s") % {
            "year": self.year,
            "region": self.region.short_name,
        }


class Activity(models.Model):
    class Kind(models.TextChoices):
        PROMOTION = "promotion", _("Promotion")
        TRAINING = "training", _("Training")
        CAMPAIGN = "campaign", _("Campaign")
        INTERSECTORAL = "intersectoral", _("Inter-sectoral meeting")
        OTHER = "other", _("Other")

    class Audience(models.TextChoices):
        STAFF = "staff", _("SERMIG staff")
        PUBLIC = "public", _("The public")

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("an activity", "Planned")
        DONE = "done", pgettext_lazy("an activity", "Done")
        CANCELLED = "cancelled", pgettext_lazy("an activity", "Cancelled")

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("activity"), max_length=200)
    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices)
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
    planned_on = models.DateField(_("planned for"))
    done_on = models.DateField(_("held on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    women = models.PositiveIntegerField(_("women"), default=0)
    men = models.PositiveIntegerField(_("men"), default=0)
    other_gender = models.PositiveIntegerField(_("another gender identity"), default=0)
    gender_not_stated = models.PositiveIntegerField(_("gender not stated"), default=0)
    hours = models.DecimalField(
        _("training hours"),
        max_digits=5,
        decimal_places=1,
        default=0,
        help_text=_("How long the activity lasted, in hours (for training)."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = RegionScopedManager("plan__region")

    class Meta:
        ordering = ["planned_on", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(status="done", done_on__isnull=False) | ~Q(status="done"),
                name="done_activity_has_date",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def participants(self) -> int:
        return self.women + self.men + self.other_gender + self.gender_not_stated

    def is_late(self, today: datetime.date | None = None) -> bool:
        """Planned for a day gone by and neither held nor cancelled."""
        return self.status == self.Status.PLANNED and self.planned_on < (
            today or timezone.localdate()
        )


class Measure(models.Model):
    """A policy or measure the service applies everywhere, monitored region by region."""

    class Area(models.TextChoices):
        CORESPONSIBILITY = "coresponsibility", _("Social co-responsibility")
        CONCILIATION = "conciliation", _("Work–life conciliation")
        DISCRIMINATION = "discrimination", _("Prevention of arbitrary discrimination")
        VIOLENCE = "violence", _("Prevention of sexual and gender-based violence")

    title = models.CharField(_("measure"), max_length=200)
    area = models.CharField(_("area"), max_length=20, choices=Area.choices)
    description = models.TextField(_("description"), blank=True)
    instrument = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("The policy or rule it comes from, e.g. the People Management Policy."),
    )
    owner = models.CharField(_("who answers for it"), max_length=200)
    active = models.BooleanField(_("in force"), default=True)

    class Meta:
        ordering = ["area", "title"]
        verbose_name = _("policy or measure")
        verbose_name_plural = _("policies and measures")

    def __str__(self) -> str:
        return self.title


class MonitoringStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    IN_PLACE = "in_place", _("In place")
    NOT_APPLICABLE = "not_applicable", _("Does not apply")


class MeasureStatus(models.Model):
    """Where one region stands with one measure, as its delegate last reported."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="statuses")
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT)
    status = models.CharField(
        _("status"),
        max_length=15,
        choices=MonitoringStatus.choices,
        default=MonitoringStatus.NOT_STARTED,
    )
    note = models.TextField(_("how it is going"), blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    objects = RegionScopedManager()

    class Meta:
        ordering = ["measure", "region__order"]
        verbose_name = _("monitoring of a measure")
        verbose_name_plural = _("monitoring of measures")
        constraints = [
            models.UniqueConstraint(fields=["measure", "region"], name="one_status_per_region")
        ]

    def __str__(self) -> str:
        return f"{self.measure} · {self.region.short_name}"


class Commitment(models.Model):
    """A commitment of the regional directorate in the Regional Gender Agenda."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        IN_PROGRESS = "in_progress", _("In progress")
        MET = "met", _("Met")
        NOT_MET = "not_met", _("Not met")

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="commitments"
    )
    agenda = models.CharField(
        _("agenda"),
        max_length=100,
        help_text=_("For example, Agenda Regional de Género 2022–2026."),
    )
    commission = models.CharField(
        _("commission"),
        max_length=200,
        help_text=_("The body led by the SEREMI de la Mujer y la Equidad de Género."),
    )
    text = models.TextField(_("commitment"))
    due_on = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    progress = models.TextField(_("progress"), blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    objects = RegionScopedManager()

    class Meta:
        ordering = ["region__order", "due_on", "pk"]
        verbose_name = _("agenda commitment")
        verbose_name_plural = _("agenda commitments")

    def __str__(self) -> str:
        return self.text[:80]

    def is_late(self, today: datetime.date | None = None) -> bool:
        return (
            self.status in {self.Status.PENDING, self.Status.IN_PROGRESS}
            and self.due_on is not None
            and self.due_on < (today or timezone.localdate())
        )


class Evidence(models.Model):
    """A file showing an activity was held or a commitment met (attendance sheet, photo of a
    poster, minutes): checked by content (core/uploads.py), seen only by gender staff."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    file = models.FileField(
        _("file"), upload_to="genero/evidencia/%Y/", validators=[uploads.validate_document]
    )
    file_kind = models.CharField(max_length=10)
    filename = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.CheckConstraint(
                condition=Q(activity__isnull=False, commitment__isnull=True)
                | Q(activity__isnull=True, commitment__isnull=False),
                name="evidence_of_one_thing",
            )
        ]

    def __str__(self) -> str:
        return self.filename
