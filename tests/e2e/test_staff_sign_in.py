"""A staff member signs in through the real browser: password, then the authenticator code."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from acoge.accounts.models import Role
from acoge.accounts.services import staff_create, staff_role_grant
from acoge.core.models import Region

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_delegate_signs_in_with_password_and_code_and_sees_her_dashboard(page, site):
    user = staff_create(username="delegada", password="una-clave-larga-2026")
    staff_role_grant(
        user=user, role=Role.GENDER_DELEGATE, regions=[Region.objects.get(cut_code="02")]
    )
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page.goto(site + "/gestion/")
    page.fill("#id_username", "delegada")
    page.fill("#id_password", "una-clave-larga-2026")
    page.click("main button[type=submit]")
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.fill("#id_token", code)
    page.click("main button[type=submit]")
    page.wait_for_url(site + "/gestion/")
    assert "Antofagasta" in page.inner_text("main")
