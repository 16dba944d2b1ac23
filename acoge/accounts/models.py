"""Staff accounts and their roles. Only staff have accounts; the public never needs one."""

import secrets
import time
from base64 import b32encode
from binascii import unhexlify
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.auth.models import (
    AbstractUser,
    _user_has_module_perms,
    _user_has_perm,
)
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.oath import TOTP

from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Region


class User(AbstractUser):
    """A SERMIG staff member (national teams, regional directorates, partner facilitators)."""

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    # Django's superuser flag grants nothing here: model permissions (the admin's) come only
    # from the backends, which read roles (accounts/backends.py).
    def has_perm(self, perm: str, obj=None) -> bool:
        return self.is_active and _user_has_perm(self, perm, obj)

    def has_module_perms(self, app_label: str) -> bool:
        return self.is_active and _user_has_module_perms(self, app_label)


class Role(models.TextChoices):
    NATIONAL_ADMIN = "national_admin", _("National administrator")
    GENDER_UNIT = "gender_unit", _("Gender Unit")
    GENDER_DELEGATE = "gender_delegate", _("Regional gender delegate")
    REGIONAL_STAFF = "regional_staff", _("Regional staff")
    ENGAGEMENT = "engagement", _("Citizen engagement team")
    COSOC_SECRETARY = "cosoc_secretary", _("COSOC secretary")
    FACILITATOR = "facilitator", _("Workshop facilitator")
    KARIN_RECEIVER = "karin_receiver", _("Ley Karin channel: designated receiver")
    KARIN_INVESTIGATOR = "karin_investigator", _("Ley Karin channel: investigator")


# Roles that always work for one or more regions, never for the whole country.
REGIONAL_ROLES = frozenset({Role.GENDER_DELEGATE, Role.REGIONAL_STAFF, Role.FACILITATOR})
# Roles that always cover the whole country.
NATIONAL_ROLES = frozenset(
    {
        Role.NATIONAL_ADMIN,
        Role.GENDER_UNIT,
        Role.COSOC_SECRETARY,
        Role.KARIN_RECEIVER,
        Role.KARIN_INVESTIGATOR,
    }
)


class StaffRole(models.Model):
    """One role held by one staff member, for all regions or for a set of regions."""

    user = models.ForeignKey(
        User, verbose_name=_("staff member"), on_delete=models.CASCADE, related_name="staff_roles"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    all_regions = models.BooleanField(_("all regions"), default=False)
    regions = models.ManyToManyField(Region, verbose_name=_("regions"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("staff role")
        verbose_name_plural = _("staff roles")
        constraints = [
            models.UniqueConstraint(fields=["user", "role"], name="staffrole_one_per_role"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_role_display()}"

    def clean(self) -> None:
        if self.role in NATIONAL_ROLES:
            self.all_regions = True
        if self.role in REGIONAL_ROLES and self.all_regions:
            raise ValidationError(
                {"all_regions": _("This role works for specific regions: choose them.")}
            )

    def scope_label(self) -> str:
        if self.all_regions:
            return str(_("All regions"))
        return ", ".join(region.short_name for region in self.regions.all())


def _new_totp_key() -> str:
    """20 random bytes, as hex: the secret shared with the authenticator app."""
    return secrets.token_hex(20)


class StaffTOTPDevice(TimestampMixin, ThrottlingMixin, Device):
    """A staff member's authenticator app (TOTP, RFC 6238).

    django-otp's own TOTPDevice keeps the shared secret in plain hex, so anyone with a copy of
    the database could make codes. This device keeps it encrypted with the field keys; the
    arithmetic is django-otp's (`django_otp.oath.TOTP`), as are throttling and the session
    handling (`Device`).
    """

    key = EncryptedTextField(default=_new_totp_key)  # hex
    step = models.PositiveSmallIntegerField(default=30)
    t0 = models.BigIntegerField(default=0)
    digits = models.PositiveSmallIntegerField(choices=[(6, 6), (8, 8)], default=6)
    tolerance = models.PositiveSmallIntegerField(default=1)
    drift = models.SmallIntegerField(default=0)
    last_t = models.BigIntegerField(default=-1)  # the last accepted step: each code works once

    class Meta(Device.Meta):
        verbose_name = _("authenticator app")
        verbose_name_plural = _("authenticator apps")

    @property
    def bin_key(self) -> bytes:
        return unhexlify(self.key.encode())

    def get_throttle_factor(self) -> int:
        """Seconds to wait after a wrong code: 1, 2, 4, 8… (OTP_TOTP_THROTTLE_FACTOR)."""
        return getattr(settings, "OTP_TOTP_THROTTLE_FACTOR", 1)

    def verify_token(self, token: object) -> bool:
        """True for a current code not used before; wrong codes slow further tries down."""
        allowed, _details = self.verify_is_allowed()
        if not allowed:
            return False
        try:
            number = int(str(token))
        except ValueError:
            verified = False
        else:
            totp = TOTP(self.bin_key, self.step, self.t0, self.digits, self.drift)
            totp.time = time.time()
            verified = totp.verify(number, self.tolerance, self.last_t + 1)
        if not verified:
            self.throttle_increment(commit=True)
            return False
        self.last_t = totp.t()
        self.drift = totp.drift
        self.throttle_reset(commit=False)
        self.set_last_used_timestamp(commit=False)
        self.save()
        return True

    @property
    def config_url(self) -> str:
        """The otpauth:// address an authenticator app reads from the QR code."""
        issuer = settings.OTP_TOTP_ISSUER.replace(":", "")
        label = quote(f"{issuer}:{self.user.get_username()}")
        params = urlencode(
            {
                "secret": b32encode(self.bin_key).decode().rstrip("="),
                "algorithm": "SHA1",
                "digits": self.digits,
                "period": self.step,
                "issuer": issuer,
            },
            quote_via=quote,
        )
        return f"otpauth://totp/{label}?{params}"
