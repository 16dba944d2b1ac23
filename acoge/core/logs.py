"""Logs that never hold a private link.

Links a woman keeps to see or cancel her registration, follow her request, or give feedback
carry a secret token in the path (`/es/mujer-migrante/inscripcion/<token>/`). Whoever reads an
access log could open them. Every log here (gunicorn's access log through `AccessLogger`,
Django's request warnings through `RedactPrivateLinks`) writes such a segment as `[private]`.
deploy/nginx.conf does the same for nginx's log with the same rule.
"""

import logging
import re
from typing import Any

from gunicorn.glogging import Logger

PRIVATE = "[private]"
# A path segment of 20 or more URL-safe characters with no dot: a token (secrets.token_urlsafe
# makes 22 or 32). Page names are shorter and static files carry a dot ("app.3f2a9c1b.css").
_TOKEN_SEGMENT = re.compile(r"(?<=/)[A-Za-z0-9_\-]{20,}(?=/|$)")


def redact_path(path: str) -> str:
    """The path with any token-like segment replaced by [private]."""
    return _TOKEN_SEGMENT.sub(PRIVATE, path)


class RedactPrivateLinks(logging.Filter):
    """Rewrites string arguments of a record ("Not Found: %s") that hold a private link."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = redact_path(record.msg)
        return True


class AccessLogger(Logger):
    """gunicorn's logger, with the path and request line of each access-log line redacted."""

    def atoms(self, resp: Any, req: Any, environ: dict, request_time: Any) -> dict:
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r", "{raw_uri}e", "{path_info}e"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact_path(atoms[key])
        return atoms
