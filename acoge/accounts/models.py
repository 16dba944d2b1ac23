"""Staff accounts and their roles. Only staff have accounts; the public never needs one."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region


class User(AbstractUser):
    """A SERMIG staff member (national teams, regional directorates, partner facilitators)."""

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Role(models.TextChoices):
    NATIONAL_ADMIN = "national_admin", _("National administrator")
    GENDER_UNIT = "gender_unit", _("Gender Unit")
    GENDER_DELEGATE = "gender_delegate", _("Regional gender delegate")
    REGIONAL_STAFF = "regional_staff", _("Regional staff")
    ENGAGEMENT = "engagement", _("Citizen engagement team")
    COSOC_SECRETARY = "cosoc_secretary", _("COSOC secretary")
    FACILITATOR = "facilitator", _("Workshop facilitator")


# Roles that always work for one or more regions, never for the whole country.
REGIONAL_ROLES = frozenset({Role.GENDER_DELEGATE, Role.REGIONAL_STAFF, Role.FACILITATOR})
# Roles that always cover the whole country.
NATIONAL_ROLES = frozenset({Role.NATIONAL_ADMIN, Role.GENDER_UNIT, Role.COSOC_SECRETARY})


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
