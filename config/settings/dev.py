"""Development: `make run`. Keys come from var/dev.env, made by scripts/dev_keys.py."""

from .env import env_bool, load_env_file
from .paths import BASE_DIR

load_env_file(BASE_DIR / "var" / "dev.env")

from .base import *  # noqa: E402,F403

DEBUG = True
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if not SECRET_KEY:  # noqa: F405
    raise SystemExit("No development keys: run `make run` (it creates var/dev.env).")
# Pages change as you edit templates: no page cache unless asked (ACOGE_PAGE_CACHE=true).
ACOGE_PAGE_CACHE = env_bool("ACOGE_PAGE_CACHE", False)
