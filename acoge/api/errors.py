"""Every error the API answers, as JSON in one language: `{"detail": "…", "errors": […]}`.

The language is the caller's `Accept-Language` among es, en and ht; English without one.
Field errors name the field (`children_ages.0`) and say what is wrong in that language.
"""

import logging
from typing import Any

from django.core import signals
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, ValidationError

logger = logging.getLogger("django.request")

LANGUAGES = ("es", "en", "ht")
DEFAULT_LANGUAGE = "en"


class FieldError(Schema):
    field: str
    message: str


class Error(Schema):
    """What every error answers: a sentence to show, and the fields at fault, if any."""

    detail: str
    errors: list[FieldError] = []


class ApiError(Exception):
    """An answer other than success; `message` (lazy, translated when answered) is shown as is."""

    def __init__(
        self,
        status: int,
        message,
        *,
        errors: list[tuple[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.errors = errors or []
        self.headers = headers or {}


def request_language(request: HttpRequest) -> str:
    """The first of es, en, ht the caller's Accept-Language asks for; English otherwise."""
    header = request.headers.get("Accept-Language", "")
    for code, _quality in translation.trans_real.parse_accept_lang_header(header):
        base = code.lower().split("-")[0]
        if base in LANGUAGES:
            return base
    return DEFAULT_LANGUAGE


def error_response(
    request: HttpRequest,
    status: int,
    message,
    *,
    errors: list[tuple[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    with translation.override(request_language(request)):
        body = {
            "detail": str(message),
            "errors": [{"field": field, "message": str(text)} for field, text in errors or []],
        }
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = request_language(request)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


# What a field error of each pydantic type says; `ctx` fills the placeholders.
FIELD_MESSAGES = {
    "missing": gettext_lazy("This field is required."),
    "union_tag_not_found": gettext_lazy("This field is required."),
    "extra_forbidden": gettext_lazy("This field is not part of the request: remove it."),
    "string_too_short": gettext_lazy("Give at least %(min_length)s characters."),
    "string_too_long": gettext_lazy("Give at most %(max_length)s characters."),
    "too_long": gettext_lazy("Give at most %(max_length)s items."),
    "too_short": gettext_lazy("Give at least %(min_length)s items."),
    "greater_than_equal": gettext_lazy("Give a number of at least %(ge)s."),
    "less_than_equal": gettext_lazy("Give a number of at most %(le)s."),
    "literal_error": gettext_lazy("Choose one of: %(expected)s."),
    "enum": gettext_lazy("Choose one of: %(expected)s."),
    "union_tag_invalid": gettext_lazy("Choose one of: %(expected_tags)s."),
    "int_type": gettext_lazy("Give a whole number."),
    "int_parsing": gettext_lazy("Give a whole number."),
    "int_from_float": gettext_lazy("Give a whole number."),
    "string_type": gettext_lazy("Give text."),
    "bool_type": gettext_lazy("Give true or false."),
    "list_type": gettext_lazy("Give a list."),
    "dict_type": gettext_lazy("Give a JSON object."),
    "model_type": gettext_lazy("Give a JSON object."),
    "model_attributes_type": gettext_lazy("Give a JSON object."),
    "phone": gettext_lazy(
        "Give a phone number that exists, with its country code (+509 …) or a Chilean number."
    ),
    "email": gettext_lazy("Give an e-mail address such as name@example.org."),
    "name": gettext_lazy(
        "Give her name or an alias: not only spaces, and without invisible control characters."
    ),
    "control_characters": gettext_lazy(
        "This text has invisible control characters (such as NUL or a direction override). "
        "Remove them and send it again."
    ),
    "phone_shape": gettext_lazy(
        "Give a phone number in digits, with its country code (+509 …) or a Chilean number."
    ),
}
FALLBACK_MESSAGE = gettext_lazy("This value is not valid.")


def _field_name(error: dict) -> str:
    """`("body", "payload", "sms", "children_ages", 0)` as `children_ages.0`; the query's and
    the path's parameters by their name."""
    loc = list(error.get("loc", ()))
    parts = [str(part) for part in loc[1:]]
    if loc and loc[0] == "body":
        parts = parts[1:]  # the body's parameter name
        if parts and parts[0] in {"email", "sms", "whatsapp"}:
            parts = parts[1:]  # the union's branch, named by its channel
    parts = [part for part in parts if "[" not in part]  # an alternative of a union
    if error.get("type", "").startswith("union_tag"):
        parts.append(str((error.get("ctx") or {}).get("discriminator", "")).strip("'"))
    return ".".join(parts) or str(loc[0] if loc else "")


def _is_other_alternative(error: dict) -> bool:
    """The error of the alternative "" of a field that is also something else (`phone` in the
    e-mail branch): the other alternative's error says what is wrong."""
    loc = error.get("loc", ())
    return bool(loc) and str(loc[-1]).startswith("literal[")


# A text field's pattern refuses control characters; the name's and the phone's say more.
_PATTERN_KINDS = {"name": "name", "phone": "phone_shape"}


def _field_message(error: dict, field: str):
    kind = error.get("type", "")
    if kind == "string_pattern_mismatch":
        kind = _PATTERN_KINDS.get(field, "control_characters")
    message = FIELD_MESSAGES.get(kind, FALLBACK_MESSAGE)
    context = error.get("ctx") or {}
    try:
        return str(message) % context if "%(" in str(message) else message
    except (KeyError, TypeError, ValueError):
        return FALLBACK_MESSAGE


def _validation_errors(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors: list[tuple[str, Any]] = []
    with translation.override(request_language(request)):
        for error in exc.errors:
            field = _field_name(error)
            if _is_other_alternative(error) or any(field == seen for seen, _m in errors):
                continue
            errors.append((field, str(_field_message(error, field))))
        detail = "; ".join(f"{field}: {message}" for field, message in errors)
    return error_response(request, 422, detail, errors=errors)


def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    with translation.override(request_language(request)):
        errors = [(field, str(text)) for field, text in exc.errors]
        message = str(exc.message)
    return error_response(request, exc.status, message, errors=errors, headers=exc.headers)


GENERIC_MESSAGES = {
    400: gettext_lazy("The body is not valid JSON."),
    401: gettext_lazy("This API key is not valid, or was revoked."),
    403: gettext_lazy("This request is not allowed."),
    404: gettext_lazy("Not found."),
    429: gettext_lazy("Too many requests: try again later."),
}


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja's own: 400 when the body cannot be parsed, 401 when no authentication answered.
    message = GENERIC_MESSAGES.get(exc.status_code, FALLBACK_MESSAGE)
    return error_response(request, exc.status_code, message)


def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, GENERIC_MESSAGES[404])


def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return error_response(request, 413, gettext_lazy("The body is too large."))


def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    # As Django would for an uncaught exception: the signal (the test client re-raises on it)
    # and the django.request log, which mails the admins in production.
    signals.got_request_exception.send(sender=None, request=request)
    logger.error(
        "Internal Server Error: %s",
        request.path,
        exc_info=exc,
        extra={"status_code": 500, "request": request},
    )
    return error_response(request, 500, gettext_lazy("Something went wrong on our side."))


def install(api: NinjaAPI) -> None:
    """Answer every error of `api` as JSON."""
    api.add_exception_handler(Exception, _server_error)
    api.add_exception_handler(ApiError, _api_error)
    api.add_exception_handler(ValidationError, _validation_errors)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(Http404, _not_found)
    api.add_exception_handler(RequestDataTooBig, _too_big)


def not_found_view(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Any other address under /api/."""
    return error_response(request, 404, GENERIC_MESSAGES[404])


def method_not_allowed(response: HttpResponse, request: HttpRequest) -> HttpResponse:
    """ninja's plain-text 405 as JSON, keeping its Allow header."""
    json = error_response(request, 405, gettext_lazy("This method is not allowed here."))
    json["Allow"] = response["Allow"]
    return json
