"""Partners' API keys: issued by a national administrator, stored only as a SHA-256 hash."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Hourly limits a national administrator may give a key.
MIN_HOURLY_LIMIT, MAX_HOURLY_LIMIT, DEFAULT_HOURLY_LIMIT = 1, 10_000, 100


class ApiKeyQuerySet(models.QuerySet):
    def active(self) -> "ApiKeyQuerySet":
        return self.filter(revoked_at__isnull=True)


class ApiKey(models.Model):
    """One partner's key. The secret is shown once, when issued; only its hash is kept, and
    `prefix` (its first characters) lets staff and the partner tell keys apart."""

    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=200)
    prefix = models.CharField(_("key starts with"), max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64, unique=True)
    hourly_limit = models.PositiveIntegerField(
        _("requests an hour"),
        default=DEFAULT_HOURLY_LIMIT,
        validators=[MinValueValidator(MIN_HOURLY_LIMIT), MaxValueValidator(MAX_HOURLY_LIMIT)],
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("issued"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
    )

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        ordering = ["revoked_at", "organisation", "name", "-created_at"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
