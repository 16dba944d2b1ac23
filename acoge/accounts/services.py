"""Every change to staff accounts, roles and second factors goes through these functions."""

from base64 import b32encode

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from acoge.core.audit import log_action, register_action
from acoge.core.models import Region

from .models import NATIONAL_ROLES, Role, StaffRole, StaffTOTPDevice, User
from .policy import forget_roles

register_action("accounts.staff.created", _("created the staff account %(object)s"))
register_action("accounts.staff.updated", _("updated the staff account %(object)s"))
register_action("accounts.staff.password_set", _("set a new password for %(object)s"))
register_action("accounts.role.granted", _("granted a role to %(object)s"))
register_action("accounts.role.revoked", _("removed a role from %(object)s"))
register_action("accounts.second_factor.reset", _("reset the second factor of %(object)s"))
register_action("accounts.second_factor.confirmed", _("set up a second factor for %(object)s"))
register_action("accounts.login", _("signed in as %(object)s"))
register_action("accounts.logout", _("signed out"))


@transaction.atomic
def staff_create(
    *,
    username: str,
    password: str,
    actor: User | None = None,
    request: HttpRequest | None = None,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
) -> User:
    user = User(username=username, first_name=first_name, last_name=last_name, email=email)
    user.set_password(password)
    user.full_clean()
    user.save()
    log_action("accounts.staff.created", actor=actor, obj=user, request=request)
    return user


@transaction.atomic
def staff_update(*, user: User, actor: User, request: HttpRequest | None = None, **fields) -> User:
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean()
    user.save()
    log_action(
        "accounts.staff.updated",
        actor=actor,
        obj=user,
        request=request,
        data={"fields": list(fields)},
    )
    return user


@transaction.atomic
def staff_set_password(
    *, user: User, password: str, actor: User, request: HttpRequest | None = None
) -> None:
    user.set_password(password)
    user.save(update_fields=["password"])
    log_action("accounts.staff.password_set", actor=actor, obj=user, request=request)


@transaction.atomic
def staff_role_grant(
    *,
    user: User,
    role: Role | str,
    regions: list[Region] | None = None,
    all_regions: bool = False,
    actor: User | None = None,
    request: HttpRequest | None = None,
) -> StaffRole:
    """Give `user` the role for the regions (replacing the regions if the role is held)."""
    staff_role, _created = StaffRole.objects.get_or_create(user=user, role=role)
    staff_role.all_regions = all_regions or role in NATIONAL_ROLES
    staff_role.full_clean()
    staff_role.save()
    staff_role.regions.set([] if staff_role.all_regions else regions or [])
    forget_roles(user)
    log_action(
        "accounts.role.granted",
        actor=actor,
        obj=user,
        request=request,
        data={"role": str(role), "scope": staff_role.scope_label()},
    )
    return staff_role


@transaction.atomic
def staff_role_revoke(
    *, staff_role: StaffRole, actor: User, request: HttpRequest | None = None
) -> None:
    user = staff_role.user
    data = {"role": staff_role.role, "scope": staff_role.scope_label()}
    staff_role.delete()
    forget_roles(user)
    log_action("accounts.role.revoked", actor=actor, obj=user, request=request, data=data)


def totp_secret(device: StaffTOTPDevice) -> str:
    """The base32 secret people type into an authenticator app."""
    return b32encode(device.bin_key).decode().rstrip("=")


@transaction.atomic
def totp_device_start(*, user: User) -> StaffTOTPDevice:
    """The unconfirmed device for a user setting up a second factor (made once, then reused)."""
    device = StaffTOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or StaffTOTPDevice.objects.create(user=user, name="Acoge", confirmed=False)


@transaction.atomic
def totp_device_confirm(
    *, device: StaffTOTPDevice, request: HttpRequest | None = None
) -> StaffTOTPDevice:
    StaffTOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    log_action(
        "accounts.second_factor.confirmed", actor=device.user, obj=device.user, request=request
    )
    return device


@transaction.atomic
def staff_reset_second_factor(
    *, user: User, actor: User, request: HttpRequest | None = None
) -> None:
    """Remove the user's devices: the next sign-in asks them to set up a new one."""
    StaffTOTPDevice.objects.filter(user=user).delete()
    log_action("accounts.second_factor.reset", actor=actor, obj=user, request=request)
