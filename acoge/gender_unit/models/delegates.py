"""The gender delegates of the regional directorates: each region has a desk with a role
e-mail (the public contact, never a person's own address) and, over time, appointments of a
delegate and an alternate. A region with no delegate in office is vacant."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region


class Desk(models.Model):
    """The gender contact of one regional directorate."""

    region = models.OneToOneField(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="gender_desk"
    )
    email = models.EmailField(
        _("role e-mail"),
        help_text=_("An address of the directorate's gender desk, not a person's own address."),
    )

    class Meta:
        ordering = ["region__order"]
        verbose_name = _("regional gender desk")
        verbose_name_plural = _("regional gender desks")

    def __str__(self) -> str:
        return str(self.region)


class AppointmentQuerySet(models.QuerySet):
    def in_office(self, day: datetime.date | None = None) -> "AppointmentQuerySet":
        day = day or timezone.localdate()
        return self.filter(starts_on__lte=day).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day))


class Appointment(models.Model):
    """A staff member appointed gender delegate (or alternate) of a regional directorate."""

    class Kind(models.TextChoices):
        DELEGATE = "delegate", _("Delegate")
        ALTERNATE = "alternate", _("Alternate")

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="appointments"
    )
    kind = models.CharField(_("appointed as"), max_length=10, choices=Kind.choices)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.PROTECT,
        related_name="gender_appointments",
    )
    starts_on = models.DateField(_("appointed on"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    resolution = models.CharField(
        _("appointing act"), max_length=100, blank=True, help_text=_("For example, Res. Ex. 1234.")
    )

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["region__order", "kind", "-starts_on"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="appointment_ends_after",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_kind_display()}, {self.region.short_name})"

    def in_office_on(self, day: datetime.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)
