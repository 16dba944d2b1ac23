"""Signing a staff member in through the real browser: password, then the authenticator code."""

from django_otp.oath import totp

from acoge.accounts.models import Role, StaffTOTPDevice, User
from acoge.accounts.services import staff_create, staff_role_grant
from acoge.core.models import Region

PASSWORD = "una-clave-larga-2026"


def sign_in_as(page, site: str, role: Role = Role.GENDER_DELEGATE, cut: str = "13") -> User:
    """A staff member with `role` in the region with CUT code `cut`, signed in, on the
    dashboard. The username is the role's value ("gender_delegate", "facilitator"...)."""
    username = str(role.value)
    user = staff_create(username=username, password=PASSWORD)
    staff_role_grant(user=user, role=role, regions=[Region.objects.get(cut_code=cut)])
    device = StaffTOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page.goto(site + "/gestion/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.fill("#id_token", code)
    page.click("main button[type=submit]")
    page.wait_for_url(site + "/gestion/")
    return user
