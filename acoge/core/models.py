"""Shared reference data and the cross-cutting records: audit entries, rate counters, schedules."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .zones import SANTIAGO, validate_zone


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class Region(models.Model):
    """One of Chile's 16 regions, each with a SERMIG Dirección Regional."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    cut_code = models.CharField(_("CUT code"), max_length=2, unique=True)
    legacy_numeral = models.CharField(_("former numeral"), max_length=5, blank=True)
    iso_code = models.CharField(_("ISO 3166-2 code"), max_length=6, blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), unique=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        default=SANTIAGO,
        validators=[validate_zone],
        help_text=_("As in the tz database: America/Santiago, America/Punta_Arenas…"),
    )

    class Meta:
        ordering = ["order"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name

    @property
    def short_name(self) -> str:
        """The name without the leading 'Región de/del/de la', for tight spaces."""
        for prefix in ("Región de la ", "Región de los ", "Región del ", "Región de ", "Región "):
            if self.name.startswith(prefix):
                return self.name.removeprefix(prefix)
        return self.name


class Institution(models.Model):
    """A partner institution whose speakers or services Acoge refers to."""

    short_name = models.CharField(_("short name"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    class Meta:
        ordering = ["order", "short_name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def __str__(self) -> str:
        return self.short_name


class AuditEntry(models.Model):
    """Append-only record of who read or changed what. Never updated; deleted only by retention."""

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_label = models.CharField(_("who (as recorded)"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=80, db_index=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    object_label = models.CharField(_("record"), max_length=200, blank=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.SET_NULL, null=True, blank=True
    )
    ip_hash = models.CharField(_("address (keyed hash)"), max_length=16, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit entries are deleted only by the retention schedule.")


class RateCounter(models.Model):
    """Requests counted per keyed client hash and scope in a fixed window (see core.ratelimit)."""

    key = models.CharField(max_length=100)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"], name="ratecounter_unique_window"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key}@{self.window_start:%H:%M}: {self.count}"


class ScheduledRun(models.Model):
    """When a periodic task was last enqueued, so several workers enqueue it once."""

    name = models.CharField(max_length=100, unique=True)
    last_enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class Helpline(models.Model):
    """A public helpline shown in the footer and on safety pages; staff keep it up to date."""

    class Channel(models.TextChoices):
        PHONE = "phone", _("Phone")
        WHATSAPP = "whatsapp", _("WhatsApp")

    number = models.CharField(_("number as dialled"), max_length=30)
    display_number = models.CharField(_("number as shown"), max_length=30)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    name = models.CharField(_("name"), max_length=120)
    hours = models.CharField(_("hours"), max_length=120, blank=True)
    emergency = models.BooleanField(_("for emergencies"), default=False)
    source_url = models.URLField(_("source"), blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    in_footer = models.BooleanField(_("show in footer"), default=True)

    class Meta:
        ordering = ["order", "display_number"]
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")

    def __str__(self) -> str:
        return f"{self.display_number} {self.name}"

    @property
    def href(self) -> str:
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        if self.channel == self.Channel.WHATSAPP:
            return "https://wa.me/" + digits.lstrip("+")
        return "tel:" + digits


class ReviewedContent(models.Model):
    """Content staff keep true (a guide, a page): who owns it, when it was last reviewed and when
    it must be reviewed again. Past its review date it is shown as under review, not as fact."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who keeps it up to date and receives the review reminders."),
    )
    last_reviewed = models.DateField(_("last reviewed"))
    review_by = models.DateField(_("review by"))

    class Meta:
        abstract = True

    def under_review(self, today=None) -> bool:
        """Past its review date: the public page says it is being reviewed."""
        return self.review_by < (today or timezone.localdate())


class SearchEntry(models.Model):
    """One public page in one language, as the site search finds it (acoge/core/search.py).
    Rebuilt from its source whenever staff change that source; never written by hand."""

    source = models.CharField(max_length=40)
    key = models.CharField(max_length=80)
    language = models.CharField(max_length=5)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    # The words folded (case and accents) and stemmed, as both databases search them.
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "key", "language"], name="search_entry_one_per_language"
            )
        ]
        indexes = [models.Index(fields=["language"])]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"
