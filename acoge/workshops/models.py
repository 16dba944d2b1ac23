"""Apoya Mujer Migrante workshops: the workshop, its programme of sessions, registrations.

A registration holds only what the workshop needs: a name or alias, one way to contact her,
whether messages are safe, and her support needs. Never immigration status or an ID number.
"""

import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from acoge.core import zones
from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Institution, Region, TimeStampedModel
from acoge.core.scoping import RegionScopedManager
from acoge.core.tokens import REFERENCE_LENGTH
from acoge.stats.demographics import DemographicAnswers


def new_feedback_key() -> str:
    return secrets.token_urlsafe(16)


class Topic(models.TextChoices):
    MIGRATION = "migration", _("Migration procedures")
    VIOLENCE = "violence", _("Violence against women and support programmes")
    LABOUR = "labour", _("Labour rights")
    HEALTH = "health", _("Health care for women, children and adolescents")
    EDUCATION = "education", _("Access to education")


class Modality(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class Workshop(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")
        COMPLETED = "completed", _("Completed")

    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT)
    commune = models.CharField(_("commune"), max_length=80, blank=True)
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    address = models.CharField(_("address of the venue"), max_length=200, blank=True)
    directions = models.TextField(_("how to get there"), blank=True)
    accessibility = models.TextField(_("accessibility of the venue"), blank=True)
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to confirmed registrants.")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("capacity"))
    seats_taken = models.PositiveIntegerField(_("seats taken"), default=0, editable=False)
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10, default="es")
    offers_childcare = models.BooleanField(_("childcare"), default=False)
    offers_interpretation = models.BooleanField(_("interpretation on request"), default=True)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    feedback_key = models.CharField(
        max_length=32, unique=True, default=new_feedback_key, editable=False
    )
    closed_at = models.DateTimeField(_("attendance closed"), null=True, blank=True)
    # Counts the changes calendars show (time, place, title, status): a calendar file's SEQUENCE,
    # so the new event replaces the one already in her calendar.
    revision = models.PositiveIntegerField(default=0, editable=False)
    facilitators = models.ManyToManyField(
        "accounts.User", verbose_name=_("facilitators"), blank=True, related_name="workshops"
    )

    objects = RegionScopedManager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        constraints = [
            # Confirmed registrations plus walk-ins never exceed the capacity.
            models.CheckConstraint(
                condition=Q(seats_taken__lte=F("capacity")), name="workshop_not_overbooked"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="workshop_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def by_id(cls, pk: int) -> "Workshop":
        """The workshop with this id, nothing loaded: for a service that locks and reads the row
        itself. Cheaper than Workshop(pk=pk), which works out every field's default (each
        translated field in each language) only to throw them away."""
        return cls.from_db(None, ["id"], [pk])

    def clean(self) -> None:
        if self.modality != Modality.IN_PERSON and not self.online_url:
            raise ValidationError({"online_url": _("Online and hybrid workshops need a link.")})
        if self.capacity is not None and self.capacity < self.seats_taken:
            raise ValidationError(
                {"capacity": _("More people are already confirmed than this capacity.")}
            )

    def place(self, *, discreet: bool = False) -> str:
        """Where it is, as messages and calendar entries say it: venue, address and commune;
        for a discreet registration, no venue (its name may say what the workshop is about)."""
        if self.modality == Modality.ONLINE:
            return str(_("Online"))
        parts = ("" if discreet else self.venue, self.address, self.commune)
        return ", ".join(part for part in parts if part)

    @property
    def seats_left(self) -> int:
        return max(self.capacity - self.seats_taken, 0)

    @property
    def is_full(self) -> bool:
        return self.seats_taken >= self.capacity

    def registration_state(self, *, now=None) -> str:
        """Why she can or cannot register: open, waitlist, full, not_yet, closed, past,
        cancelled."""
        now = now or timezone.now()
        if self.status == self.Status.CANCELLED:
            return "cancelled"
        if self.status == self.Status.COMPLETED or now >= self.starts_at:
            return "past"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        if not self.registration_open(now=now):
            return "closed"
        if self.is_full:
            return "waitlist" if self.waitlist_enabled else "full"
        return "open"

    def registration_open(self, *, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and now < self.starts_at
            and (self.registration_opens_at is None or now >= self.registration_opens_at)
            and (self.registration_closes_at is None or now < self.registration_closes_at)
        )


class Session(models.Model):
    """One part of a workshop's programme: a topic given by a speaker of an institution."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="sessions")
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices)
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.PROTECT
    )
    speaker_name = models.CharField(_("speaker"), max_length=120, blank=True)
    speaker_role = models.CharField(_("speaker's role"), max_length=160, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return f"{self.workshop}: {self.get_topic_display()}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        workshop = self.workshop
        if (
            self.starts_at
            and self.ends_at
            and (
                self.starts_at < workshop.starts_at.replace(second=0, microsecond=0)
                or self.ends_at > workshop.ends_at
            )
        ):
            when = {
                "start": formats.date_format(
                    zones.localtime(workshop.starts_at, workshop.region), "SHORT_DATETIME_FORMAT"
                ),
                "end": formats.date_format(
                    zones.localtime(workshop.ends_at, workshop.region), "SHORT_DATETIME_FORMAT"
                ),
            }
            raise ValidationError(
                {
                    "starts_at": _(
                        "A session takes place during the workshop: from %(start)s to %(end)s."
                    )
                    % when
                }
            )


class Registration(TimeStampedModel):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        SMS = "sms", _("Text message (SMS)")
        WHATSAPP = "whatsapp", _("WhatsApp")

    workshop = models.ForeignKey(Workshop, on_delete=models.PROTECT, related_name="registrations")
    reference = models.CharField(_("reference code"), max_length=REFERENCE_LENGTH, unique=True)
    manage_token_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    name = EncryptedTextField(_("name or alias"))
    email = EncryptedTextField(_("email"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    contact_index = models.CharField(max_length=64, null=True, db_index=True)  # None once erased
    channel = models.CharField(_("channel for messages"), max_length=10, choices=Channel.choices)
    messages_safe = models.BooleanField(_("safe to send messages"), default=False)
    discreet = models.BooleanField(
        _("discreet messages"),
        default=True,
        help_text=_("A neutral sender and subject, and no mention of the topic."),
    )
    language = models.CharField(_("language"), max_length=5, default="es")
    children_ages = models.JSONField(_("ages of children needing care"), default=list, blank=True)
    interpreter_language = models.CharField(_("interpreter"), max_length=40, blank=True)
    accessibility_needs = EncryptedTextField(_("accessibility needs"), blank=True)
    walk_in = models.BooleanField(_("registered at the door"), default=False)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)
    # Counts the changes to her own calendar entry (her status, her discreet choice); with the
    # workshop's revision it makes the entry's SEQUENCE.
    revision = models.PositiveIntegerField(default=0, editable=False)

    objects = RegionScopedManager("workshop__region")

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "contact_index"],
                condition=~Q(status="cancelled"),
                name="registration_one_active_per_contact",
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def region(self) -> Region:
        """Her workshop's region: where audit entries about her registration belong."""
        return self.workshop.region

    def changeable_by_her(self, *, now=None) -> bool:
        """She may change or cancel it herself while the workshop is published and until it
        starts."""
        return (
            self.status != self.Status.CANCELLED
            and self.workshop.status == Workshop.Status.PUBLISHED
            and (now or timezone.now()) < self.workshop.starts_at
        )


class StatsAnswer(DemographicAnswers):
    """Optional statistics answers, kept apart from any registration: no link back to a person.

    Only the workshop and the month are stored with them, under a random id (a sequence would
    follow the order of registrations).
    """

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"answers for {self.workshop_id}"


class Feedback(models.Model):
    """Anonymous feedback after a workshop: cannot be linked to a registration."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="feedback")
    month = models.DateField()
    usefulness = models.JSONField(default=dict)  # {topic: 1..5}
    wants_to_learn = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"feedback for {self.workshop_id}"


def _named(name, own_name: str):
    """A language's name in the page's language, then in its own when that differs."""

    def label() -> str:
        translated = str(name)
        return translated if translated == own_name else f"{translated} ({own_name})"

    return lazy(label, str)()


# Interpreter languages: Haitian Creole first (most requested).
INTERPRETER_LANGUAGES = [
    ("ht", _named(_("Haitian Creole"), "Kreyòl ayisyen")),
    ("fr", _named(_("French"), "Français")),
    ("en", _named(_("English"), "English")),
    ("pt", _named(_("Portuguese"), "Português")),
    ("qu", _named(_("Quechua"), "Runasimi")),
    ("ay", _named(_("Aymara"), "Aymar aru")),
    ("zh", _named(_("Chinese"), "中文")),
    ("ar", _named(_("Arabic"), "العربية")),
    ("lsch", _("Chilean Sign Language")),
]
OTHER_LANGUAGE = "other"


def interpreter_label(value: str) -> str:
    """How a stored interpreter language reads: a listed language's name, or what she typed."""
    return str(dict(INTERPRETER_LANGUAGES).get(value, value))
