"""A staff member signs in through the real browser: password, then the authenticator code."""

import pytest

from .staff import sign_in_as

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_delegate_signs_in_with_password_and_code_and_sees_her_dashboard(page, site):
    sign_in_as(page, site, cut="02")
    assert page.url == site + "/gestion/"
    assert "Antofagasta" in page.inner_text("main")
