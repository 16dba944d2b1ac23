"""The contact point: "write to us and we will contact you".

A request holds what a delegate needs to contact her safely and nothing more: what it is about,
her region (optional), a short message (optional), how to reach her, and her safe-contact
preferences. Never immigration status, an ID number or a full address.

Message, name, contact details, preferences and notes are encrypted at rest. What stays after
the personal data is erased: topic, region, intake channel, timings and outcome.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import zones
from acoge.core.crypto import EncryptedJSONField, EncryptedTextField
from acoge.core.models import Institution, Region, TimeStampedModel
from acoge.core.scoping import RegionScopedManager
from acoge.core.tokens import REFERENCE_LENGTH
from acoge.stats.demographics import DemographicAnswers


class Topic(models.TextChoices):
    WORKSHOPS = "workshops", _("The initiative and its workshops")
    VIOLENCE = "violence", _("Violence or risk")
    RESIDENCE = "residence", _("The humanitarian residence permit")
    WORK = "work", _("Work")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    OTHER = "other", _("Something else")


class Method(models.TextChoices):
    """The ways she accepts to be contacted."""

    CALL = "call", _("Phone call")
    SMS = "sms", _("Text message (SMS)")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("Email")


PHONE_METHODS = frozenset({Method.CALL, Method.SMS, Method.WHATSAPP})
WRITTEN_METHODS = frozenset({Method.SMS, Method.WHATSAPP, Method.EMAIL})


class Intake(models.TextChoices):
    """How the request reached us."""

    WEB = "web", _("Online form")
    PHONE = "phone", _("She phoned")
    IN_PERSON = "in_person", _("In person at an office")
    OUTREACH = "outreach", _("At a workshop or outreach activity")


class Language(models.TextChoices):
    SPANISH = "es", _("Spanish")
    CREOLE = "ht", _("Haitian Creole")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class TimeSlot(models.TextChoices):
    MORNING = "morning", _("Morning (9:00 to 13:00)")
    AFTERNOON = "afternoon", _("Afternoon (13:00 to 18:00)")
    EVENING = "evening", _("Evening (18:00 to 21:00)")


SLOT_HOURS = {
    TimeSlot.MORNING: (9, 13),
    TimeSlot.AFTERNOON: (13, 18),
    TimeSlot.EVENING: (18, 21),
}


class ContactRequest(TimeStampedModel):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ASSIGNED = "assigned", _("Assigned")
        CONTACTED = "contacted", _("Contacted")
        REFERRED = "referred", _("Referred")
        CLOSED = "closed", _("Closed")

    class Outcome(models.TextChoices):
        INFORMED = "informed", _("Information or guidance given")
        REFERRED = "referred", _("Referred to an institution")
        WORKSHOP = "workshop", _("Joined a workshop")
        NO_LONGER_NEEDED = "no_longer_needed", _("She no longer needs help")
        UNREACHABLE = "unreachable", _("Could not be reached safely")
        DUPLICATE = "duplicate", _("Duplicate of another request")
        WITHDRAWN = "withdrawn", _("Withdrawn by her")

    reference = models.CharField(_("reference code"), max_length=REFERENCE_LENGTH, unique=True)
    status_token_hash = models.CharField(max_length=64, unique=True, null=True)
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, null=True, blank=True
    )
    national_queue = models.BooleanField(
        _("national Gender Unit queue"),
        default=False,
        help_text=_("No region given, or no gender delegate in her region."),
    )
    intake = models.CharField(_("arrived by"), max_length=10, choices=Intake.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    language_other = models.CharField(_("other language"), max_length=40, blank=True)
    # Personal data: encrypted, erased on withdrawal and after the retention period.
    name = EncryptedTextField(_("name or nickname"), blank=True)
    email = EncryptedTextField(_("email"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    message = EncryptedTextField(_("message"), blank=True)
    preferences = EncryptedJSONField(_("safe-contact preferences"), default=dict, blank=True)
    email_index = models.CharField(max_length=64, null=True, blank=True, db_index=True)
    phone_index = models.CharField(max_length=64, null=True, blank=True, db_index=True)
    confirmation_email = models.BooleanField(_("asked for a confirmation e-mail"), default=False)
    # Handling.
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_requests",
    )
    assigned_at = models.DateTimeField(_("assigned"), null=True, blank=True)
    # The first contact is due in her first safe window on or after the business-day deadline
    # (safety.first_contact_due): due_at is when that window opens, overdue_at when it closes.
    due_at = models.DateTimeField(_("first contact due"))
    overdue_at = models.DateTimeField(_("overdue from"))
    first_attempt_at = models.DateTimeField(_("first contact attempt"), null=True, blank=True)
    first_reached_at = models.DateTimeField(_("first reached"), null=True, blank=True)
    paused_until = models.DateTimeField(_("do not contact before"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)

    objects = RegionScopedManager()

    class Meta:
        ordering = ["due_at", "created_at", "id"]
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        indexes = [models.Index(fields=["status", "overdue_at"])]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.CLOSED

    @property
    def zone(self) -> ZoneInfo:
        """Her region's time zone: her safe windows and due date are on its clocks."""
        return zones.zone_of(self.region)

    @property
    def due_on(self) -> datetime.date:
        """The day of her due window, on her region's calendar: what she is promised."""
        return zones.localdate(self.due_at, self.region)

    def is_overdue(self, *, now: datetime.datetime | None = None) -> bool:
        """Nobody tried to contact her by the end of her due window."""
        now = now or timezone.now()
        return self.is_open and self.first_attempt_at is None and self.overdue_at <= now

    def is_paused(self, *, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.paused_until is not None and self.paused_until > now

    @property
    def methods(self) -> list[str]:
        return list(self.preferences.get("methods", []))

    @property
    def public_status(self) -> str:
        """What she sees: new, in progress or closed — nothing else."""
        if self.status == self.Status.NEW:
            return "new"
        if self.status == self.Status.CLOSED:
            return "closed"
        return "in_progress"


def overdue_q(now: datetime.datetime) -> Q:
    """Open requests nobody has tried to contact by the end of their due window (the same rule
    as ContactRequest.is_overdue, for queries)."""
    return Q(first_attempt_at__isnull=True, overdue_at__lte=now) & ~Q(
        status=ContactRequest.Status.CLOSED
    )


class Attempt(models.Model):
    """One try at contacting her, whatever came of it."""

    class Channel(models.TextChoices):
        CALL = "call", _("Phone call")
        SMS = "sms", _("Text message (SMS)")
        WHATSAPP = "whatsapp", _("WhatsApp")
        EMAIL = "email", _("Email")
        INBOUND = "inbound", _("She contacted us")

    class Result(models.TextChoices):
        REACHED = "reached", _("Reached her")
        NO_ANSWER = "no_answer", _("No answer")
        NOT_SAFE = "not_safe", _("Not safe to talk")

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="attempts")
    at = models.DateTimeField(_("when"), default=timezone.now)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    result = models.CharField(_("result"), max_length=10, choices=Result.choices)
    note = EncryptedTextField(_("note"), blank=True)
    # An attempt by a way she did not choose, or outside her safe windows, needs a reason.
    way_not_chosen = models.BooleanField(_("by a way she did not choose"), default=False)
    outside_safe_times = models.BooleanField(_("outside her safe times"), default=False)
    reason = EncryptedTextField(_("reason"), blank=True)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("contact attempt")
        verbose_name_plural = _("contact attempts")

    def __str__(self) -> str:
        return f"{self.request}: {self.get_result_display()}"


class Referral(models.Model):
    """Her case passed to an institution, with what was agreed."""

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="referrals")
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.PROTECT
    )
    unit = models.CharField(_("unit or office"), max_length=120, blank=True)
    referred_on = models.DateField(_("date of referral"))
    agreed = EncryptedTextField(_("what was agreed"), blank=True)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["referred_on", "id"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self) -> str:
        return f"{self.request} → {self.institution}"


class Note(models.Model):
    """An internal note: staff only, never shown to her."""

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="notes")
    text = EncryptedTextField(_("note"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return f"note on {self.request}"


class StatsAnswer(DemographicAnswers):
    """Optional statistics answers, with no link back to the request: only its topic, region
    and month, under a random id."""

    topic = models.CharField(max_length=12, choices=Topic.choices)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, null=True, related_name="+")

    def __str__(self) -> str:
        return f"answers about {self.topic}"
