"""Participatory dialogues in person: who came, what they concluded, and paper sheets typed a
second time."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.scoping import RegionScopedManager
from acoge.stats.demographics import DemographicAnswers

from .questionnaires import Consultation, Modality


class Dialogue(models.Model):
    """A participatory dialogue in person: where and when, who facilitates it; then who came,
    the paper questionnaires filled in there, and what it concluded."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="dialogues"
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    place = models.CharField(
        _("place"), max_length=200, help_text=_("The venue and its address, as people find it.")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    facilitator = models.CharField(
        _("facilitator"), max_length=120, blank=True,
        help_text=_("Who leads it (shown to staff only)."),
    )  # fmt: skip
    attendance_counted = models.BooleanField(default=False, editable=False)

    objects = RegionScopedManager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("dialogue")
        verbose_name_plural = _("dialogues")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="dialogue_ends_after_starting"
            )
        ]

    def __str__(self) -> str:
        return f"{self.place} ({timezone.localtime(self.starts_at):%Y-%m-%d})"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("It must end after it starts.")})
        if self.consultation_id and self.consultation.modality == Modality.ONLINE:
            raise ValidationError(_("This consultation is online only."))
        if self.consultation_id and self.region_id:
            regions = set(self.consultation.regions.values_list("pk", flat=True))
            if regions and self.region_id not in regions:
                raise ValidationError({"region": _("The consultation is not held there.")})


class DialogueAttendee(DemographicAnswers):
    """One person at a dialogue: counted by gender and age band (`signed_in` False), or signed
    in on her own with the optional statistics questions. No name, no contact."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="attendees")
    signed_in = models.BooleanField(default=False)

    objects = RegionScopedManager("dialogue__region")

    def __str__(self) -> str:
        return f"attendee of {self.dialogue_id}"


class Conclusion(models.Model):
    """What a dialogue concluded about one theme, in the facilitator's words."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="conclusions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    theme = models.CharField(_("theme"), max_length=120)
    text = models.TextField(_("conclusion"), max_length=3000)

    objects = RegionScopedManager("dialogue__region")

    class Meta:
        ordering = ["dialogue", "order", "pk"]
        verbose_name = _("conclusion")
        verbose_name_plural = _("conclusions")

    def __str__(self) -> str:
        return self.theme


class SecondEntry(models.Model):
    """A paper questionnaire typed a second time, by someone else, to check the first entry:
    not counted, only compared (`services.entry_differences`)."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="second_entries")
    sheet = models.CharField(max_length=20)
    given = models.JSONField()  # as services.as_given() reads it
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(default=timezone.now)

    objects = RegionScopedManager("dialogue__region")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "sheet"], name="second_entry_unique_in_dialogue"
            )
        ]

    def __str__(self) -> str:
        return f"second entry of sheet {self.sheet}"
