"""The indicators in a real browser at 360 px: a gender delegate finds them on her dashboard,
opens one, and neither page has axe violations."""

import pytest

from .conftest import axe_violations
from .staff import sign_in_as
from .test_contact import make_request

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_delegate_reads_an_indicator_at_360_px_without_axe_violations(page, site, axe_source):
    for _ in range(6):
        make_request()
    sign_in_as(page, site)
    with page.expect_navigation():
        page.click("main a[href='/gestion/indicadores/']")
    assert axe_violations(page, axe_source) == [], page.url
    with page.expect_navigation():
        page.click("main a[href='/gestion/indicadores/contact.requests/']")
    assert axe_violations(page, axe_source) == [], page.url
    assert "Solicitudes por tema" in page.inner_text("main")
    # the tables fit the phone's width: nothing scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
