"""The fields partners send, each constrained in the OpenAPI schema exactly as it is checked, so
a request the schema allows is never refused for its shape, and one it does not is always.

Text never holds control characters (NUL, escape, the C1 range; tab and line breaks are fine)
nor the bidirectional controls that reorder what staff read (core/text.py refuses the same in
the web forms). A phone number has the format `phone` (a number of its country's numbering
plan, with its country code or Chilean) and an e-mail address the format `email` and the
pattern `EMAIL_PATTERN`: the addresses that both the format (RFC 5321) and Django's
EmailValidator take, ASCII, with a domain name ending in letters.
"""

import re
from typing import Annotated, Literal

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from pydantic import AfterValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from acoge.accounts.mixins import MAX_ID

CONTROLS = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
# What Python's str.strip() removes that CONTROLS lets through.
SPACES = r"\u0009\u000a\u000d\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
TEXT_PATTERN = rf"^[^{CONTROLS}]*$"
NAME_PATTERN = rf"^[^{CONTROLS}]*[^{CONTROLS}{SPACES}][^{CONTROLS}]*$"
PHONE_PATTERN = r"^\+?[0-9(][0-9 ().\-]{4,28}[0-9]$"
EMAIL_MAX_LENGTH = 254
# A dot-atom of at most 64 characters, then a domain name: labels of letters, digits and inner
# hyphens (not `--` as their 3rd and 4th characters, which IDNA reserves), a top-level domain
# of letters. Every address it matches is one the format `email` allows and EmailValidator
# takes, so the schema describes exactly what is accepted. Its look-arounds are checked in
# Python (`_email`): pydantic's pattern engine has none.
EMAIL_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
EMAIL_LABEL = r"(?!..--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL_PATTERN = (
    rf"^(?=[^@]{{1,64}}@){EMAIL_ATOM}(?:\.{EMAIL_ATOM})*@(?:{EMAIL_LABEL}\.)+[A-Za-z]{{2,63}}$"
)
_EMAIL = re.compile(EMAIL_PATTERN)


def text(max_length: int, *, description: str = ""):
    """Free text up to `max_length` characters, without control characters."""
    return Annotated[
        str, Field(max_length=max_length, pattern=TEXT_PATTERN, description=description)
    ]


Name = Annotated[
    str,
    Field(
        min_length=1,
        max_length=120,
        pattern=NAME_PATTERN,
        description="Her name or an alias, up to 120 characters: not only spaces.",
    ),
    AfterValidator(str.strip),
]


def _phone(value: str) -> str:
    """The number in E.164, or a `phone` error."""
    try:
        number = phonenumbers.parse(value, "CL")
    except phonenumbers.NumberParseException as exc:
        raise PydanticCustomError("phone", "not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise PydanticCustomError("phone", "not a phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise PydanticCustomError("email", "not an e-mail address")
    try:
        validate_email(value)
    except ValidationError as exc:
        raise PydanticCustomError("email", "not an e-mail address") from exc
    return value


Phone = Annotated[
    str,
    Field(
        min_length=6,
        max_length=30,
        pattern=PHONE_PATTERN,
        json_schema_extra={"format": "phone"},
        description=(
            "A phone number of its country's numbering plan: with its country code "
            "(+509 3712 3456) or Chilean (9 6123 4567, +56 9 6123 4567). Answered in E.164."
        ),
    ),
    AfterValidator(_phone),
]
Email = Annotated[
    str,
    Field(
        min_length=3,
        max_length=EMAIL_MAX_LENGTH,
        json_schema_extra={"format": "email", "pattern": EMAIL_PATTERN},
        description="An e-mail address, such as name@example.org.",
    ),
    AfterValidator(_email),
]
NoValue = Literal[""]

# An id in a path: any integer is accepted, but one outside 1 … MAX_ID is not found (404).
Id = Annotated[
    int,
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_ID}),
]


def in_range(pk: int) -> bool:
    return 0 < pk <= MAX_ID
