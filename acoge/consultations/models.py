"""Citizen consultations under Law 20.500 (art. 73): informed, pluralist and representative.

A `Consultation` has a questionnaire of `Question`s (single or multiple choice, a 5-point
agreement scale, short or long open text; a question may be shown only after an earlier
answer) that staff write in es, en and ht, and that is frozen once it opens. Each answer sent
is a `Response` (online, or entered by staff from a paper questionnaire) of `Answer` rows; it
is never linked to a person: no contact, no address, only the day. The optional statistics
answers are a `StatsAnswer` of the response, so results can be crossed by gender, age,
nationality group and region, always through the stats app's suppression. With single-use
`ParticipationCode`s (printed on cards for a dialogue or an organisation), each code answers
once; the receipt code she gets proves her answer was counted, and nothing more.
"""

import datetime
import uuid

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
from acoge.core.one_time_codes import OneTimeCode
from acoge.core.scoping import RegionScopedManager
from acoge.stats.demographics import DemographicAnswers


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


class Response(models.Model):
    """One person's answers, with nothing that identifies her: a random id, the day, the
    channel and the hash of her receipt code."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="responses"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    integrity = models.CharField(max_length=10, choices=Participation.choices)
    submitted_on = models.DateField()
    receipt_hash = models.CharField(max_length=64, unique=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A paper questionnaire: the dialogue it was filled in at, and the number written on it
    # (so that a second entry of the same sheet can be compared with the first).
    dialogue = models.ForeignKey(
        "Dialogue", null=True, blank=True, on_delete=models.PROTECT, related_name="responses"
    )
    sheet = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["consultation", "channel"])]
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "sheet"],
                condition=~Q(sheet=""),
                name="response_sheet_unique_in_dialogue",
            )
        ]

    def __str__(self) -> str:
        return f"response to {self.consultation_id}"


class Moderation(models.TextChoices):
    """An open text is read by the team before any of it is quoted in public."""

    PENDING = "pending", _("To read")
    PUBLISHED = "published", _("May be quoted")
    HIDDEN = "hidden", _("Not to be quoted")


class Answer(models.Model):
    """One chosen option (with its place, in a ranking), one scale point, or one open text, of
    a response."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    # RESTRICT: an answered question or option cannot be deleted on its own (only with its
    # whole consultation), so no answer is ever lost silently.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="answers")
    option = models.ForeignKey(Option, null=True, blank=True, on_delete=models.RESTRICT)
    # The scale's 1 to 5, or the option's place in a ranking (1: first).
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)  # open text, or what "other" says
    moderation = models.CharField(
        max_length=10, choices=Moderation.choices, default=Moderation.PENDING
    )

    class Meta:
        indexes = [
            models.Index(fields=["question", "option"]),
            models.Index(fields=["question", "moderation"]),
        ]

    def __str__(self) -> str:
        return f"answer to {self.question_id}"


class StatsAnswer(DemographicAnswers):
    """The optional statistics answers of one response (which is itself anonymous)."""

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="stats")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT)

    def __str__(self) -> str:
        return f"statistics of {self.response_id}"


class ParticipationCode(models.Model):
    """A single-use code (its hash) printed on a card: it answers the consultation once."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="codes")
    batch = models.CharField(_("batch"), max_length=80)
    code_hash = models.CharField(max_length=64, unique=True)
    used_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("participation code")
        verbose_name_plural = _("participation codes")

    def __str__(self) -> str:
        return f"{self.batch} ({'used' if self.used_on else 'unused'})"


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


class ContactCheck(OneTimeCode):
    """A one-time code sent to the e-mail or phone she gave, to answer a verified
    consultation; its contact is emptied once the code is right (retention: a day)."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"contact check {self.pk}"


class VerifiedContact(models.Model):
    """A contact that has answered a verified consultation: only its blind index (keyed with
    the consultation, so two consultations' lists cannot be matched), never linked to the
    answer, which is stored in another transaction and carries no trace of it."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="verified_contacts"
    )
    contact_index = models.CharField(max_length=64)
    used_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "contact_index"], name="one_answer_per_contact"
            )
        ]

    def __str__(self) -> str:
        return f"verified contact of {self.consultation_id}"


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


class Tally(models.Model):
    """The results' counts, kept up to date in the transaction that stores each response
    (`tally.py`), so a results page reads a few hundred rows however many answered. One row
    counts the responses with one answer to one question (`question`, `answer`) and one
    category of one dimension of who answered (`dimension`, `category`): `question` 0 counts
    the participants themselves. Nothing in it is about one person that a results table does
    not already publish suppressed; it is never shown unsuppressed."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="+")
    question = models.PositiveIntegerField()  # a Question's pk, or 0: who took part
    answer = models.IntegerField()  # an option's pk, a scale point, -1 "other", 0 none
    dimension = models.CharField(max_length=24)
    category = models.CharField(max_length=16, blank=True)  # "" not given
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "question", "answer", "dimension", "category"],
                name="tally_one_row_a_cell",
            )
        ]

    def __str__(self) -> str:
        return f"{self.question}/{self.answer} {self.dimension}={self.category}: {self.n}"


class Grouping(models.Model):
    """The themes a question's open answers fall into (`themes.group`), made in the background
    when the team has read answers or asks for it (grouping thousands of answers takes
    seconds), and read by the results pages as made. `public`: made of the answers that may be
    quoted, for the published results; else of every answer not hidden, for the team. A quote
    is kept as its answer's id, so an answer hidden later is never quoted again."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="groupings")
    public = models.BooleanField()
    answers = models.PositiveIntegerField()  # how many answers were grouped
    made_at = models.DateTimeField()
    themes = models.JSONField(default=list)  # [{"terms": [...], "size": n, "quotes": [ids]}]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "public"], name="grouping_one_a_kind")
        ]

    def __str__(self) -> str:
        return f"themes of {self.question_id} ({'public' if self.public else 'staff'})"
