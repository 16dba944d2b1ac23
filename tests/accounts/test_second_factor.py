"""The authenticator-app device: its secret is encrypted at rest, and each code works once."""

from base64 import b32encode
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django_otp.oath import totp

from acoge.accounts.models import Role, StaffTOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def device(make_staff, region_antofagasta) -> StaffTOTPDevice:
    user = make_staff(Role.GENDER_DELEGATE, [region_antofagasta], username="delegada")
    return StaffTOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def code_now(device: StaffTOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_the_secret_is_not_in_the_database_in_the_clear(device):
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM accounts_stafftotpdevice WHERE id = %s", [device.pk])
        (stored,) = cursor.fetchone()
    assert len(device.key) == 40 and int(device.key, 16) >= 0, "20 random bytes as hex"
    assert device.key not in stored and stored.startswith("enc1:")
    assert StaffTOTPDevice.objects.get(pk=device.pk).bin_key == device.bin_key


def test_a_current_code_is_accepted_once_and_a_replay_refused(device):
    code = code_now(device)
    assert device.verify_token(code)
    device.refresh_from_db()
    device.throttle_reset()  # a refused replay, not a slowed-down one
    assert not device.verify_token(code), "the same code a second time"


def test_wrong_codes_slow_further_tries_down(device):
    assert not device.verify_token("12345x")  # never a valid code
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1
    allowed, details = device.verify_is_allowed()
    assert not allowed and "locked_until" in details
    assert not device.verify_token(code_now(device)), "even the right code waits"


def test_the_qr_address_carries_the_secret_issuer_and_name(device):
    address = urlsplit(device.config_url)
    assert (address.scheme, address.netloc) == ("otpauth", "totp")
    assert address.path == "/Acoge%20SERMIG%3Adelegada"
    query = parse_qs(address.query)
    assert query["secret"] == [b32encode(device.bin_key).decode().rstrip("=")]
    assert query["issuer"] == ["Acoge SERMIG"] and query["digits"] == ["6"]
