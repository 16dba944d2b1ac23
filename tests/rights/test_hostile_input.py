"""Bad input never gives a 500 on the rights pages: random text (NUL characters, huge numbers,
odd Unicode, lists where one value is expected) sent to every step and to the code page."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.test_no_server_errors import FIELD_VALUE, FUZZ, no_server_error
from tests.rights.test_public import page, step

pytestmark = pytest.mark.django_db

VALID = {
    "derechos": {"rights": ["rectification"], "message": "Mi apellido es Pérez."},
    "contacto": {"how": "phone", "phone": "9 6111 0008"},
    "revisar": {},
}
NAMES = ["rights", "message", "how", "email", "phone", "code", "website"]
FORM_DATA = st.dictionaries(st.sampled_from(NAMES), FIELD_VALUE, max_size=6)


@FUZZ
@given(data=FORM_DATA)
def test_every_rights_page_answers_random_input_without_a_server_error(client, data):
    for name, valid in VALID.items():
        no_server_error(client.post(step(name), data))
        client.post(step(name), valid)
    no_server_error(client.post(page("code"), data))
    no_server_error(client.post(page("resend"), data))
