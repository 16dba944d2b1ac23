"""The Participatory Public Account (Law 20.500, art. 72): once a year the service accounts for
its management and answers, in public, what citizens ask and observe.

A `Cycle` is one year's account: the report (a document and an HTML summary), its presentation
events, the COSOC's observations on the draft, and the window for citizens' questions. Each
`Observation` — sent online without an account, or entered by staff from what was said at an
event — gets a public answer from the unit responsible, due a number of business days after the
window closes. Her contact is kept only if she wants the answer sent to her, encrypted, and
erased once it is sent (after a while). The optional statistics answers are a row of their own,
never linked to her observation.
"""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import uploads
from acoge.core.calendar import add_business_days
from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Region
from acoge.core.tokens import REFERENCE_LENGTH
from acoge.stats.demographics import DemographicAnswers


def default_answer_days() -> int:
    return settings.ACOGE_ACCOUNT_ANSWER_BUSINESS_DAYS


class Cycle(models.Model):
    year = models.PositiveSmallIntegerField(_("year accounted for"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary of the report"), help_text=_("Markdown."))
    report = models.FileField(
        _("the account's report"),
        upload_to="cuenta-publica/%Y/",
        blank=True,
        validators=[uploads.validate_document],
    )
    cosoc_observations = models.TextField(
        _("the COSOC's observations on the draft"), blank=True, help_text=_("Markdown.")
    )
    questions_open = models.DateTimeField(_("questions open"))
    questions_close = models.DateTimeField(_("questions close"))
    answer_business_days = models.PositiveSmallIntegerField(
        _("business days to answer after the window closes"), default=default_answer_days
    )
    published = models.BooleanField(_("shown to the public"), default=False)
    answers_published_at = models.DateTimeField(
        _("answers document published"), null=True, blank=True
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("public account")
        verbose_name_plural = _("public accounts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(questions_close__gt=models.F("questions_open")),
                name="cycle_window_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("public_account:cycle", kwargs={"year": self.year})

    def status(self, now: datetime.datetime | None = None) -> str:
        """upcoming, open or closed: the window for questions."""
        now = now or timezone.now()
        if now < self.questions_open:
            return "upcoming"
        if now < self.questions_close:
            return "open"
        return "closed"

    def answers_due(self) -> datetime.date:
        """Every answer is due this many Chilean business days after the window closes."""
        return add_business_days(
            timezone.localdate(self.questions_close), self.answer_business_days
        )


class Event(models.Model):
    """A presentation of the account: national or in a region, in person, online or both."""

    class Modality(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        MIXED = "mixed", _("In person and online")

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="events")
    title = models.CharField(_("title"), max_length=200)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Empty for the national presentation."),
    )
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices)
    starts_at = models.DateTimeField(_("starts"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("presentation")
        verbose_name_plural = _("presentations")

    def __str__(self) -> str:
        return self.title


class Theme(models.Model):
    """What an observation is about (data: staff edit them in the admin)."""

    slug = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name


class Channel(models.TextChoices):
    ONLINE = "online", _("Online, on this site")
    EVENT = "event", _("At a presentation, entered by staff")
    COSOC = "cosoc", _("From the COSOC")


class Observation(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Waiting for its answer")
        ANSWERED = "answered", _("Answered")
        MERGED = "merged", _("Answered with another")
        HIDDEN = "hidden", _("Hidden")

    cycle = models.ForeignKey(Cycle, on_delete=models.PROTECT, related_name="observations")
    reference = models.CharField(_("reference code"), max_length=REFERENCE_LENGTH, unique=True)
    text = models.TextField(_("question or observation"))
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.PROTECT, null=True, blank=True
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, null=True, blank=True
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    event = models.ForeignKey(
        Event, verbose_name=_("presentation"), on_delete=models.SET_NULL, null=True, blank=True
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    language = models.CharField(max_length=5, default="es")
    # Only when she wants the answer sent to her: encrypted, erased after it is sent.
    email = EncryptedTextField(_("e-mail for the answer"), blank=True)
    email_index = models.CharField(max_length=64, null=True, blank=True, db_index=True)
    contact_erased_at = models.DateTimeField(null=True, blank=True)
    # Handling.
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED
    )
    responsible_unit = models.CharField(_("unit that answers"), max_length=200, blank=True)
    due_on = models.DateField(_("answer due"))
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answer_sent_at = models.DateTimeField(_("answer sent to her"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("answered with"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged",
    )
    hidden_reason = models.CharField(_("why it is hidden"), max_length=300, blank=True)

    class Meta:
        ordering = ["received_at", "id"]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        indexes = [models.Index(fields=["cycle", "status", "due_on"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.RECEIVED

    def is_late(self, today: datetime.date | None = None) -> bool:
        return self.is_open and self.due_on < (today or timezone.localdate())


class StatsAnswer(DemographicAnswers):
    """The optional statistics answers of someone who sent an observation, with the cycle, the
    channel and the region only: never linked to the observation itself."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"statistics {self.pk}"
