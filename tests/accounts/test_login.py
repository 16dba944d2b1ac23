import pytest
from django.urls import reverse
from django_otp.oath import totp

from acoge.accounts.models import Role, StaffTOTPDevice
from acoge.core.models import AuditEntry

PASSWORD = "a-long-test-password"


def current_code(device: StaffTOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def delegate(make_staff, region_antofagasta):
    user = make_staff(Role.GENDER_DELEGATE, [region_antofagasta], username="delegada")
    device = StaffTOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


@pytest.mark.django_db
def test_staff_sign_in_with_password_then_the_authenticator_code(client, delegate):
    user, device = delegate
    step1 = client.post(reverse("accounts:login"), {"username": "delegada", "password": PASSWORD})
    assert step1.headers["Location"] == reverse("accounts:login-code")
    assert client.get(reverse("backoffice:dashboard")).status_code == 302, "not in yet"
    step2 = client.post(reverse("accounts:login-code"), {"token": current_code(device)})
    assert step2.headers["Location"] == reverse("backoffice:dashboard")
    assert client.get(reverse("backoffice:dashboard")).status_code == 200
    assert AuditEntry.objects.filter(action="accounts.login", actor=user).exists()


@pytest.mark.django_db
def test_a_wrong_code_keeps_her_out_with_a_clear_error(client, delegate):
    client.post(reverse("accounts:login"), {"username": "delegada", "password": PASSWORD})
    page = client.post(reverse("accounts:login-code"), {"token": "000000"})
    assert page.status_code == 200
    assert "ac-error-summary" in page.content.decode()
    assert client.get(reverse("backoffice:dashboard")).status_code == 302


@pytest.mark.django_db
def test_a_wrong_password_says_so_without_saying_which_part_was_wrong(client, delegate):
    page = client.post(reverse("accounts:login"), {"username": "delegada", "password": "nope"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'value="delegada"' in html, "what she typed is kept"
    assert "ac-error-summary" in html


@pytest.mark.django_db
def test_a_new_staff_member_must_set_up_an_authenticator_before_entering(client, make_staff):
    make_staff(Role.REGIONAL_STAFF, username="nuevo")
    first = client.post(reverse("accounts:login"), {"username": "nuevo", "password": PASSWORD})
    assert first.headers["Location"] == reverse("accounts:login-setup")
    setup = client.get(reverse("accounts:login-setup"))
    assert "otpauth://totp/" in setup.content.decode() and "<svg" in setup.content.decode()
    device = StaffTOTPDevice.objects.get(user__username="nuevo", confirmed=False)
    done = client.post(reverse("accounts:login-setup"), {"token": current_code(device)})
    assert done.headers["Location"] == reverse("backoffice:dashboard")
    device.refresh_from_db()
    assert device.confirmed


@pytest.mark.django_db
def test_without_the_2fa_requirement_a_user_with_no_device_enters_with_a_password(
    client, make_staff, settings
):
    settings.ACOGE_REQUIRE_2FA = False
    make_staff(Role.REGIONAL_STAFF, username="sin2fa")
    response = client.post(reverse("accounts:login"), {"username": "sin2fa", "password": PASSWORD})
    assert response.headers["Location"] == reverse("backoffice:dashboard")
    assert client.get(reverse("backoffice:dashboard")).status_code == 200


@pytest.mark.django_db
def test_password_only_session_cannot_reach_staff_pages_when_2fa_is_required(client, make_staff):
    user = make_staff(Role.NATIONAL_ADMIN)
    client.force_login(user)
    response = client.get(reverse("backoffice:dashboard"))
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("accounts:login"))


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_the_account_out(client, delegate, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": "delegada", "password": "wrong"})
    locked = client.post(reverse("accounts:login"), {"username": "delegada", "password": PASSWORD})
    assert locked.status_code == 429
    assert (
        "locked" in locked.content.decode().lower() or "bloque" in locked.content.decode().lower()
    )


@pytest.mark.django_db
def test_sign_out_is_a_post_and_ends_the_session(staff_client):
    client = staff_client(Role.GENDER_UNIT)
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("backoffice:dashboard")).status_code == 302


@pytest.mark.django_db
def test_django_admin_is_for_verified_national_admins_and_content_editors(
    staff_client, client, make_staff
):
    admin_client = staff_client(Role.NATIONAL_ADMIN)
    index = admin_client.get("/admin/")
    assert index.status_code == 200
    assert 'href="/admin/core/region/"' in index.content.decode(), "models are listed"
    assert "stafftotpdevice" not in index.content.decode(), "second-factor secrets are never shown"
    client.logout()
    delegate = staff_client(Role.GENDER_DELEGATE)
    assert delegate.get("/admin/").status_code == 302
    client.logout()
    editor = staff_client(Role.GENDER_UNIT)  # edits content only (information/test_editors.py)
    index = editor.get("/admin/").content.decode()
    assert 'href="/admin/information/page/"' in index and "/admin/core/region/" not in index


@pytest.mark.django_db
def test_a_superuser_without_a_role_gets_nothing(client, make_staff):
    from tests.conftest import sign_in

    user = make_staff(None, is_superuser=True)
    sign_in(client, user)
    assert client.get("/admin/").status_code == 302
    assert client.get(reverse("backoffice:dashboard")).status_code == 403
