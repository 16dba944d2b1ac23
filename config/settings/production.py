"""Production: every secret from the environment; refuses to start without them."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ACOGE_AUDIT_IP_KEY, ACOGE_BLIND_INDEX_KEY, ACOGE_FIELD_KEYS, SECRET_KEY
from .env import env_bool, env_int

for _name, _value in {
    "ACOGE_SECRET_KEY": SECRET_KEY,
    "ACOGE_FIELD_KEYS": ACOGE_FIELD_KEYS,
    "ACOGE_BLIND_INDEX_KEY": ACOGE_BLIND_INDEX_KEY,
    "ACOGE_AUDIT_IP_KEY": ACOGE_AUDIT_IP_KEY,
}.items():
    if not _value:
        raise ImproperlyConfigured(f"Production needs {_name}; see docs/operations.md.")

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("ACOGE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("ACOGE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
ACOGE_REQUIRE_2FA = True
