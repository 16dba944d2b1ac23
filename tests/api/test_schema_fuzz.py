"""schemathesis over the whole API, every check on: each operation of /api/openapi.json is sent
requests the schema allows and requests it does not (its examples, coverage and fuzzing phases),
through the WSGI application itself, and every answer is checked against the schema: no 500, a
documented status, content type and headers, a body of the documented shape, a valid request
never refused and an invalid one always.

Bounded and reproducible: a fixed number of examples per operation, derandomized, nothing kept
in .hypothesis/, so CI sees the same requests on SQLite and PostgreSQL and under pytest-xdist.
"""

import re

import phonenumbers
import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.parameters import ParameterLocation

from acoge.api.fields import PHONE_PATTERN
from config.wsgi import application
from tests.factories import WorkshopFactory

pytestmark = pytest.mark.django_db


def _phone_numbers() -> list[str]:
    """Numbers that exist, of every country's numbering plan (libphonenumber's examples), as a
    partner sends them: international, E.164, and Chilean national."""
    numbers = set()
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            styles = [PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164]
            if region == "CL":
                styles.append(PhoneNumberFormat.NATIONAL)
            for style in styles:
                text = phonenumbers.format_number(number, style)
                if re.fullmatch(PHONE_PATTERN, text):
                    numbers.add(text)
    return sorted(numbers)


# The schema's `format: phone` (acoge/api/fields.py): the fuzzer draws valid values from here.
schemathesis.openapi.format("phone", st.sampled_from(_phone_numbers()))

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def workshop(db, settings):
    settings.ACOGE_RATE_LIMITS = {**settings.ACOGE_RATE_LIMITS, "api.write.anonymous": 10**6}
    return WorkshopFactory(capacity=5)


@pytest.fixture(autouse=True)
def _in_test_transaction():
    """As Django's test client does: a request must not close the test's connection."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _not_a_phone(value) -> bool:
    from acoge.api.fields import _phone

    try:
        _phone(value)
    except Exception:
        return True
    return False


@schema.parametrize()
@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api(case, workshop):
    if "workshop_id" in (case.path_parameters or {}) and not case.meta.is_negative_at(
        ParameterLocation.PATH
    ):
        case.path_parameters["workshop_id"] = workshop.pk
    excluded = []
    body = case.body if isinstance(case.body, dict) else {}
    if (
        not case.meta.is_negative_at(ParameterLocation.BODY)
        and body.get("phone")
        and _not_a_phone(body["phone"])
    ):
        excluded = [positive_data_acceptance]
    response = case.call_and_validate(
        headers={"Accept-Encoding": "identity"}, excluded_checks=excluded
    )
    if excluded:
        assert response.status_code == 422, response.text
