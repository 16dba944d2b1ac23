"""The Registro de Organizaciones Sociales: organisations that apply, are reviewed by staff and,
once accepted, may nominate candidates to the COSOC and vote in its elections.

An organisation is known by its RUT (its tax number, kept in compact form: digits and check
digit); its representative's name and contact are personal data, encrypted, with a blind index
of the e-mail address by which she signs in and by which the personal-data registry finds them.
Nothing about a person's own identity documents is asked.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core import uploads
from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Region, TimeStampedModel
from acoge.core.one_time_codes import OneTimeCode


class Category(models.Model):
    """A kind of organisation the registry accepts (data: staff edit them in the admin)."""

    slug = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    active = models.BooleanField(_("offered to new applicants"), default=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("organisation category")
        verbose_name_plural = _("organisation categories")

    def __str__(self) -> str:
        return self.name


class LegalForm(models.TextChoices):
    """Non-profit legal forms only: the registry is for civil-society organisations."""

    COMMUNITY = "community", _("Community organisation (Law 19.418)")
    ASSOCIATION = "association", _("Association or corporation")
    FOUNDATION = "foundation", _("Foundation")
    PUBLIC_INTEREST = "public_interest", _("Public-interest organisation (Law 20.500)")
    UNIVERSITY = "university", _("University or research centre")
    OTHER = "other", _("Other non-profit organisation")


class OrganisationQuerySet(models.QuerySet):
    def accepted(self) -> "OrganisationQuerySet":
        return self.filter(status=Organisation.Status.ACCEPTED)

    def to_review(self) -> "OrganisationQuerySet":
        """New applications with the e-mail confirmed, and renewals asked for."""
        return self.filter(
            Q(status=Organisation.Status.APPLIED, email_confirmed_at__isnull=False)
            | Q(status=Organisation.Status.ACCEPTED, renewal_requested_at__isnull=False)
        )


class Organisation(TimeStampedModel):
    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Not accepted")
        LAPSED = "lapsed", _("Lapsed")

    name = models.CharField(_("name"), max_length=200)
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices)
    rut = models.CharField(_("RUT"), max_length=12, help_text=_("Digits and check digit."))
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="organisations"
    )
    description = models.CharField(_("what the organisation does"), max_length=300, blank=True)
    # Its representative: personal data, encrypted; the index finds her by e-mail address.
    representative_name = EncryptedTextField(_("representative"), blank=True)
    representative_position = models.CharField(_("position"), max_length=100, blank=True)
    email = EncryptedTextField(_("e-mail address"), blank=True)
    email_index = models.CharField(max_length=64, null=True, blank=True, db_index=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    language = models.CharField(_("language"), max_length=5, default="es")
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    representative_erased_at = models.DateTimeField(null=True, blank=True)
    # The registry's decision.
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.APPLIED
    )
    submitted_at = models.DateTimeField(_("applied"), default=timezone.now)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(_("reason given"), blank=True)
    accepted_on = models.DateField(_("in the registry since"), null=True, blank=True)
    valid_until = models.DateField(_("registration valid until"), null=True, blank=True)
    renewal_requested_at = models.DateTimeField(_("renewal asked for"), null=True, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            # One live entry per RUT; an organisation turned down may apply again.
            models.UniqueConstraint(
                fields=["rut"], condition=~Q(status="rejected"), name="organisation_one_per_rut"
            ),
        ]
        indexes = [models.Index(fields=["status", "valid_until"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_accepted(self) -> bool:
        return self.status == self.Status.ACCEPTED

    def can_renew(self, today: datetime.date | None = None) -> bool:
        """Renewal opens ACOGE_COUNCIL_RENEWAL_DAYS before the registration lapses, and stays
        open after it has lapsed."""
        if self.renewal_requested_at is not None:
            return False
        if self.status == self.Status.LAPSED:
            return True
        if self.status != self.Status.ACCEPTED or self.valid_until is None:
            return False
        today = today or timezone.localdate()
        opens = self.valid_until - datetime.timedelta(days=settings.ACOGE_COUNCIL_RENEWAL_DAYS)
        return today >= opens


class Document(models.Model):
    """A supporting document an organisation uploads: statutes, a certificate of validity, the
    board's certificate. Only the organisation's representative and registry staff see it."""

    class Kind(models.TextChoices):
        STATUTES = "statutes", _("Statutes")
        VALIDITY = "validity", _("Certificate of validity (certificado de vigencia)")
        BOARD = "board", _("Certificate of the current board")
        OTHER = "other", _("Other document")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(_("kind of document"), max_length=10, choices=Kind.choices)
    file = models.FileField(
        _("file"), upload_to="organizaciones/%Y/", validators=[uploads.validate_document]
    )
    file_kind = models.CharField(max_length=10)  # the content's kind, as uploads.sniff found it
    filename = models.CharField(_("file name"), max_length=200)
    size = models.PositiveIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = _("supporting document")
        verbose_name_plural = _("supporting documents")

    def __str__(self) -> str:
        return self.filename


class SignInCode(OneTimeCode):
    """A one-time code sent to a representative's e-mail address, proving she holds it: after
    applying (the application's e-mail is then confirmed) or to sign in later. It is bound to
    the address, not to one organisation: she may represent several."""

    class Meta:
        verbose_name = _("sign-in code")
        verbose_name_plural = _("sign-in codes")

    def __str__(self) -> str:
        return f"sign-in code {self.pk}"
