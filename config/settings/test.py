"""Tests: fixed throw-away keys, fast hashing, an on-disk SQLite file so threads share it."""

import os
from pathlib import Path

from cryptography.fernet import Fernet

os.environ.setdefault("ACOGE_SECRET_KEY", "test-secret-key-" + "x" * 40)
os.environ.setdefault("ACOGE_FIELD_KEYS", Fernet.generate_key().decode())
os.environ.setdefault("ACOGE_BLIND_INDEX_KEY", "b" * 64)
os.environ.setdefault("ACOGE_AUDIT_IP_KEY", "a" * 64)
os.environ.setdefault("ACOGE_QUICK_EXIT_URL", "https://neutral.example/")

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, INSTALLED_APPS, VAR_DIR

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
AXES_ENABLED = True
ACOGE_SMS_BACKEND = "acoge.core.notify.LocmemSmsBackend"
SITE_URL = "https://acoge.test"
# One folder per pytest-xdist worker, and per run when ACOGE_TEST_STATIC_ROOT names one: two
# collectstatic runs into one folder race.
STATIC_ROOT = Path(
    os.environ.get("ACOGE_TEST_STATIC_ROOT", VAR_DIR / "test-static")
) / os.environ.get("PYTEST_XDIST_WORKER", "main")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "tests.static_storage.GzipManifestStorage"},
}
INSTALLED_APPS = [*INSTALLED_APPS, "tests.testapp"]
MEDIA_ROOT = VAR_DIR / f"test-media-{os.getpid()}"  # uploads of one run, never the site's
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, so the live server's threads share it; one per run, so two runs never collide.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
ALLOWED_HOSTS = ["*"]
_ = BASE_DIR
# Builders in tests/factories.py give many records one contact; the tests of the limits
# themselves (tests/*/test_abuse_limits.py) set the limits they check.
ACOGE_RATE_LIMITS = {"contact.request.contact": 10_000, "workshops.register.contact": 10_000}
# The page cache is off for the tests of views; tests/core/test_page_cache.py turns it on.
ACOGE_PAGE_CACHE = False
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    # Off, so a test sees the header and footer its own data makes; tests/portal/test_shell_cache.py
    # turns it on.
    "shell": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
