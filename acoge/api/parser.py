"""The request body as JSON Schema reads it: a number without a fractional part is an integer
(`11.0`, `1e1`), so an age sent as `11.0` is the integer the OpenAPI schema allows, not a type
error; `NaN` and `Infinity`, which are not JSON, make the body unparsable (400)."""

import json
from decimal import Decimal

from ninja.parser import Parser

# Past 19 digits no field of the API is in range: such a number stays a float, and is refused.
MAX_INTEGER_DIGITS = 19


def _number(text: str) -> int | float:
    value = Decimal(text)
    integral = value.is_finite() and value == value.to_integral_value()
    if integral and value.adjusted() < MAX_INTEGER_DIGITS:
        return int(value)
    return float(text)


def _not_json(constant: str):
    raise ValueError(f"{constant} is not JSON")


class JsonParser(Parser):
    def parse_body(self, request):
        return json.loads(request.body, parse_float=_number, parse_constant=_not_json)
