"""Signing a staff member in through the real browser: password, then the authenticator code."""

from django_otp.oath import totp

from acoge.accounts.models import Role, StaffTOTPDevice
from acoge.accounts.services import staff_create, staff_role_grant
from acoge.core.models import Region

PASSWORD = "una-clave-larga-2026"


def sign_in_as_delegate(page, site: str, cut: str = "13") -> None:
    """A gender delegate of the region with CUT code `cut`, signed in, on her dashboard."""
    user = staff_create(username="delegada", password=PASSWORD)
    staff_role_grant(
        user=user, role=Role.GENDER_DELEGATE, regions=[Region.objects.get(cut_code=cut)]
    )
    device = StaffTOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page.goto(site + "/gestion/")
    page.fill("#id_username", "delegada")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.fill("#id_token", code)
    page.click("main button[type=submit]")
    page.wait_for_url(site + "/gestion/")
