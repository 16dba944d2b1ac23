"""Journey 10: after `make run`, a newcomer signs in as each demo role with the printed
password and authenticator secret, and lands on that role's dashboard."""

import re
from base64 import b32decode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import totp

from acoge.accounts.demo import DEMO_PASSWORD, DEMO_STAFF
from acoge.accounts.models import Role

pytestmark = pytest.mark.django_db


def code_from_secret(secret: str) -> str:
    """What an authenticator app shows for the base32 secret `make run` prints."""
    key = b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def test_every_demo_role_signs_in_with_the_printed_secret(client, settings):
    settings.DEBUG = True
    printed: list[str] = []
    call_command("load_demo", stdout=_Collect(printed), verbosity=1)
    secrets = dict(
        match.groups()
        for line in printed
        if (match := re.match(r"\s+(\S+)\s.*\bsecret ([A-Z2-7]{16,})\b", line))
    )
    assert set(secrets) == {username for username, *_rest in DEMO_STAFF}
    assert {role for *_names, role, _regions in DEMO_STAFF} == set(Role)
    for username, secret in secrets.items():
        client.logout()
        client.post(reverse("accounts:login"), {"username": username, "password": DEMO_PASSWORD})
        answer = client.post(reverse("accounts:login-code"), {"token": code_from_secret(secret)})
        assert answer.headers.get("Location") == reverse("backoffice:dashboard"), username
        assert client.get(reverse("backoffice:dashboard")).status_code == 200, username


class _Collect:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def write(self, text: str) -> None:
        self.lines.extend(text.splitlines())

    def flush(self) -> None:
        pass
