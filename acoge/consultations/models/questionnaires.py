"""A consultation and its questionnaire: questions, their options, background documents."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import uploads
from acoge.core.calendar import add_business_days
from acoge.core.models import Region


class Modality(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BOTH = "both", _("Online and in person")


class Participation(models.TextChoices):
    VERIFIED = "verified", _("One answer per e-mail or phone, proven by a one-time code")
    CODES = "codes", _("Single-use participation codes")
    OPEN = "open", _("Open (lower integrity)")


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")


class Consultation(models.Model):
    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    slug = models.SlugField(
        _("address"), max_length=80, unique=True, help_text=_("Part of a public URL: keep it.")
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("background"), blank=True)
    topic = models.CharField(_("topic"), max_length=120)
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), blank=True, related_name="+",
        help_text=_("None: the whole country."),
    )  # fmt: skip
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices)
    participation = models.CharField(
        _("who may answer"), max_length=10, choices=Participation.choices
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    stats_block = models.BooleanField(_("ask the optional statistics questions"), default=True)
    published = models.BooleanField(_("published"), default=False)
    results_published = models.BooleanField(_("results published"), default=False)
    response = models.TextField(
        _("the service's response"),
        blank=True,
        help_text=_(
            "After closing: what the service heard and what it will do about it (Markdown). "
            "It is public once it has a date of publication."
        ),
    )
    response_published_on = models.DateField(_("response published on"), null=True, blank=True)

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")), name="consultation_closes_after_opening"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", kwargs={"slug": self.slug})

    def status(self, now=None) -> str:
        now = now or timezone.now()
        if now < self.opens_at:
            return self.Status.UPCOMING
        if now < self.closes_at:
            return self.Status.OPEN
        return self.Status.CLOSED

    def is_open(self, now=None) -> bool:
        return self.published and self.status(now) == self.Status.OPEN

    def frozen(self, now=None) -> bool:
        """Once it opens, its questions are frozen: every answer answers the same questions."""
        return self.pk is not None and (now or timezone.now()) >= self.opens_at

    def response_due(self) -> datetime.date:
        """The day the service's response is due: business days after closing (a setting)."""
        return add_business_days(
            timezone.localdate(self.closes_at), settings.ACOGE_CONSULTATION_RESPONSE_BUSINESS_DAYS
        )

    def response_published(self) -> bool:
        return bool(self.response_published_on and self.response)

    def response_overdue(self, today: datetime.date | None = None) -> bool:
        """Closed, its response not published, and past its due date."""
        today = today or timezone.localdate()
        return (
            self.status() == self.Status.CLOSED
            and not self.response_published()
            and today > self.response_due()
        )

    @property
    def online(self) -> bool:
        return self.modality in (Modality.ONLINE, Modality.BOTH)


# The pages of answering that are not questions (flow.py): no question may take their address.
RESERVED_STEPS = {"codigo", "region", "estadisticas", "revisar", "atras"}


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        SCALE = "scale", _("Agreement scale (5 points)")
        RANKING = "ranking", _("Ranking")
        SHORT = "short", _("Short open text")
        LONG = "long", _("Long open text")

    CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE)
    TEXT_KINDS = (Kind.SHORT, Kind.LONG)

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="questions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    slug = models.SlugField(_("address of its page"), max_length=40)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("question"), max_length=300)
    hint = models.CharField(_("hint"), max_length=300, blank=True)
    required = models.BooleanField(_("an answer is needed"), default=False)
    max_choices = models.PositiveSmallIntegerField(
        _("at most this many choices"), null=True, blank=True
    )
    allow_other = models.BooleanField(_("with “other — please say”"), default=False)
    shown_if = models.ForeignKey(
        "Option",
        verbose_name=_("asked only after this answer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["consultation", "order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "slug"], name="question_slug_unique_in_consultation"
            )
        ]

    def __str__(self) -> str:
        return self.text

    def clean(self) -> None:
        if self.slug in RESERVED_STEPS:
            raise ValidationError({"slug": _("This address is taken by another page.")})
        if self.consultation_id and self.consultation.frozen():
            raise ValidationError(_("The consultation is open: its questions are frozen."))
        if self.shown_if_id and self.shown_if.question.consultation_id != self.consultation_id:
            raise ValidationError({"shown_if": _("Choose an answer of this consultation.")})
        if self.shown_if_id and self.shown_if.question.order >= self.order:
            raise ValidationError({"shown_if": _("Choose an answer to an earlier question.")})
        if self.max_choices and self.kind not in (self.Kind.MULTIPLE, self.Kind.RANKING):
            raise ValidationError(
                {"max_choices": _("Only a multiple-choice or ranking question has this.")}
            )
        if self.allow_other and self.kind not in self.CHOICE_KINDS:
            raise ValidationError({"allow_other": _("Only a choice question has this.")})


class Option(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(_("answer"), max_length=200)

    class Meta:
        ordering = ["question", "order", "pk"]
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.question_id and self.question.consultation.frozen():
            raise ValidationError(_("The consultation is open: its questions are frozen."))


class BackgroundDocument(models.Model):
    """What a citizen should read before answering (a consultation is informed, as the law
    asks): a file whose content was checked, with a summary of what it says."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="documents"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("what it says"), max_length=1000, blank=True)
    file = models.FileField(
        _("file"), upload_to="consultas/%Y/", validators=[uploads.validate_document]
    )
    kind = models.CharField(max_length=10, editable=False, default="")
    size = models.PositiveBigIntegerField(editable=False, default=0)

    class Meta:
        ordering = ["consultation", "order", "pk"]
        verbose_name = _("background document")
        verbose_name_plural = _("background documents")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if self.file and not getattr(self.file, "_committed", True):  # a new upload
            self.kind = uploads.kind_of(self.file).key
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def extension(self) -> str:
        found = uploads.KINDS.get(self.kind)
        return found.extensions[0] if found else ""
