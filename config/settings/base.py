"""Settings shared by every environment; what differs comes from ACOGE_* variables (env.py)."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from .env import env_bool, env_int, env_list, env_str
from .paths import BASE_DIR

VAR_DIR = BASE_DIR / "var"

SECRET_KEY = env_str("ACOGE_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ACOGE_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("ACOGE_CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("ACOGE_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    "acoge.backoffice.apps.AcogeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "axes",
    "rules",
    "django_tasks_db",
    "ninja",
    "acoge.core",
    "acoge.accounts",
    "acoge.portal",
    "acoge.backoffice.apps.BackofficeConfig",
    "acoge.stats",
    "acoge.workshops",
    "acoge.contact",
    "acoge.rights",
    "acoge.permits",
    "acoge.information",
    "acoge.consultations",
    "acoge.council",
    "acoge.public_account",
    "acoge.gender_unit",
    "acoge.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "acoge.core.middleware.SecurityHeadersMiddleware",
    "acoge.core.middleware.NullCharactersMiddleware",
    "acoge.core.middleware.PostedTextMiddleware",
    "acoge.core.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "acoge.core.csrf.SameOriginNullOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "acoge.core.display.DisplayPreferencesMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "acoge.portal.context_processors.site",
                "acoge.backoffice.context_processors.staff",
            ],
        },
    },
]

# Database: SQLite by default (WAL, IMMEDIATE transactions), PostgreSQL through DATABASE_URL.
SQLITE_PATH = Path(env_str("ACOGE_SQLITE_PATH", str(VAR_DIR / "acoge.sqlite3")))
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        " PRAGMA busy_timeout=20000;"
    ),
}


def database_from_env() -> dict:
    """The default database: DATABASE_URL when set, otherwise the SQLite file."""
    url = env_str("DATABASE_URL", "")
    if url:
        try:
            config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        except ValueError as error:  # a stray line or an unknown scheme
            raise ImproperlyConfigured(
                "DATABASE_URL must be one URL such as postgres://user@127.0.0.1:5432/name"
                f" ({error})."
            ) from None
        if config["ENGINE"].endswith("sqlite3"):
            config["OPTIONS"] = dict(SQLITE_OPTIONS)
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": SQLITE_PATH,
        "OPTIONS": dict(SQLITE_OPTIONS),
        "CONN_MAX_AGE": 60,  # reuse the connection (and its PRAGMAs) across requests
        "CONN_HEALTH_CHECKS": True,
    }


DATABASES = {"default": database_from_env()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff accounts, two factors, brute-force lock-out.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "acoge.accounts.backends.NationalAdminModelPermissions",
    "acoge.accounts.backends.SignInBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "backoffice:dashboard"
ACOGE_REQUIRE_2FA = env_bool("ACOGE_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "Acoge SERMIG"
AXES_FAILURE_LIMIT = env_int("ACOGE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "acoge.core.audit.client_ip"

SESSION_ENGINE = "acoge.core.sessions"  # in the database, encrypted with the field keys
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 8 * 3600
CSRF_USE_SESSIONS = True  # one cookie only: the session, gone when the browser closes
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
CSRF_FAILURE_VIEW = "acoge.portal.views.errors.csrf_failure"

# Languages: Spanish first; English and Haitian Creole complete.
LANGUAGE_CODE = "es"
LANGUAGES = [("es", "Español"), ("en", "English"), ("ht", "Kreyòl ayisyen")]
LOCALE_PATHS = [BASE_DIR / "acoge" / "locale"]
FORMAT_MODULE_PATH = ["acoge.formats"]
USE_I18N = True
TIME_ZONE = "America/Santiago"
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "es"
MODELTRANSLATION_LANGUAGES = ("es", "en", "ht")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("es",)

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("ACOGE_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "media"

# Security headers. The CSP allows nothing but this origin; no inline script or style.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# Background work: Django's Tasks API on the database.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env_str("ACOGE_EMAIL_HOST", "localhost"),
            "port": env_int("ACOGE_EMAIL_PORT", 25),
            "username": env_str("ACOGE_EMAIL_USER", ""),
            "password": env_str("ACOGE_EMAIL_PASSWORD", ""),
            "use_tls": env_bool("ACOGE_EMAIL_USE_TLS", False),
        },
    }
}
ACOGE_FROM_ADDRESS = env_str("ACOGE_FROM_ADDRESS", "no-responder@localhost")
DEFAULT_FROM_EMAIL = f"Acoge <{ACOGE_FROM_ADDRESS}>"
ACOGE_SMS_BACKEND = env_str("ACOGE_SMS_BACKEND", "acoge.core.notify.ConsoleSmsBackend")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# "pages": the anonymous public pages (acoge/core/page_cache.py), in a backend every app server
# shares without a new service: files (ACOGE_PAGE_CACHE_BACKEND=file, on a disk the servers
# share) or the database (=database; `manage.py createcachetable` makes its table).
PAGE_CACHES = {
    "file": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("ACOGE_PAGE_CACHE_DIR", str(VAR_DIR / "cache" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 4},
    },
    "database": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "acoge_page_cache",
        "OPTIONS": {"MAX_ENTRIES": 5000, "CULL_FREQUENCY": 4},
    },
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": PAGE_CACHES[env_str("ACOGE_PAGE_CACHE_BACKEND", "file")],
    "shell": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "acoge-shell",
        "OPTIONS": {"MAX_ENTRIES": 2000, "CULL_FREQUENCY": 4},
    },
}
ACOGE_PAGE_CACHE = env_bool("ACOGE_PAGE_CACHE", True)

# Acoge's own settings.
ACOGE_FIELD_KEYS = env_list("ACOGE_FIELD_KEYS")
ACOGE_BLIND_INDEX_KEY = env_str("ACOGE_BLIND_INDEX_KEY", "")
ACOGE_AUDIT_IP_KEY = env_str("ACOGE_AUDIT_IP_KEY", "")
ACOGE_QUICK_EXIT_URL = env_str("ACOGE_QUICK_EXIT_URL", "https://www.meteochile.gob.cl/")
# The quick exit's form posts here and is redirected to the neutral site: browsers check a
# form's redirects against form-action too, so that one origin is allowed (navigation only).
SECURE_CSP["form-action"] = [
    CSP.SELF,
    "{0.scheme}://{0.netloc}".format(urlsplit(ACOGE_QUICK_EXIT_URL)),
]
ACOGE_AUDIT_RETENTION_DAYS = env_int("ACOGE_AUDIT_RETENTION_DAYS", 730)
ACOGE_SIGN_IN_LOG_RETENTION_DAYS = env_int("ACOGE_SIGN_IN_LOG_RETENTION_DAYS", 90)
ACOGE_WORKSHOP_RETENTION_DAYS = env_int("ACOGE_WORKSHOP_RETENTION_DAYS", 90)
# Contact point: first contact due this many Chilean business days after a request arrives;
# personal data erased this many days after closing; the daily digest goes out at this hour.
ACOGE_CONTACT_DUE_BUSINESS_DAYS = env_int("ACOGE_CONTACT_DUE_BUSINESS_DAYS", 2)
# Consultations: the service publishes its response (what it heard, what it will do) within
# this many Chilean business days of closing (no legal deadline found: facts.md §1).
ACOGE_CONSULTATION_RESPONSE_BUSINESS_DAYS = env_int("ACOGE_CONSULTATION_RESPONSE_BUSINESS_DAYS", 30)
ACOGE_CONTACT_RETENTION_DAYS = env_int("ACOGE_CONTACT_RETENTION_DAYS", 365)
ACOGE_CONTACT_DIGEST_HOUR = env_int("ACOGE_CONTACT_DIGEST_HOUR", 8)
# Data-subject requests (Ley 21.719): answer due this many days after arrival (calendar days,
# or Chilean business days when ACOGE_RIGHTS_BUSINESS_DAYS; docs/privacy.md gives the source);
# her contact and message on a request staff answered are erased this many days afterwards.
ACOGE_RIGHTS_ANSWER_DAYS = env_int("ACOGE_RIGHTS_ANSWER_DAYS", 30)
ACOGE_RIGHTS_BUSINESS_DAYS = env_bool("ACOGE_RIGHTS_BUSINESS_DAYS", False)
ACOGE_RIGHTS_RETENTION_DAYS = env_int("ACOGE_RIGHTS_RETENTION_DAYS", 365)
# The registry of organisations (acoge/council/): an accepted organisation's registration is valid
# this many years; it may ask to renew this many days before it lapses; the representative's name
# and contact are erased this many days after an application is turned down, or after a
# registration lapsed without renewal; a representative stays signed in this many minutes.
ACOGE_COUNCIL_REGISTRY_YEARS = env_int("ACOGE_COUNCIL_REGISTRY_YEARS", 2)
ACOGE_COUNCIL_RENEWAL_DAYS = env_int("ACOGE_COUNCIL_RENEWAL_DAYS", 60)
ACOGE_COUNCIL_REJECTED_RETENTION_DAYS = env_int("ACOGE_COUNCIL_REJECTED_RETENTION_DAYS", 180)
ACOGE_COUNCIL_LAPSED_RETENTION_DAYS = env_int("ACOGE_COUNCIL_LAPSED_RETENTION_DAYS", 365)
ACOGE_COUNCIL_SIGN_IN_MINUTES = env_int("ACOGE_COUNCIL_SIGN_IN_MINUTES", 120)
# The COSOC (acoge/council/): seats and years of a term; a session has quorum with more than this
# percentage of the councillors in office present; in an election each organisation votes for up
# to this many candidates; with the gender-balance rule no gender takes more than this percentage
# of the seats. A new term or election takes these values; each keeps its own afterwards.
ACOGE_COSOC_SEATS = env_int("ACOGE_COSOC_SEATS", 20)
ACOGE_COSOC_TERM_YEARS = env_int("ACOGE_COSOC_TERM_YEARS", 2)
ACOGE_COSOC_QUORUM_PERCENT = env_int("ACOGE_COSOC_QUORUM_PERCENT", 50)
ACOGE_COSOC_VOTES_PER_ORGANISATION = env_int("ACOGE_COSOC_VOTES_PER_ORGANISATION", 3)
ACOGE_COSOC_GENDER_MAX_PERCENT = env_int("ACOGE_COSOC_GENDER_MAX_PERCENT", 60)
# The Participatory Public Account (acoge/public_account/): every observation is answered within
# this many Chilean business days of the window's close (a new cycle takes it); her e-mail, kept
# only to send her the answer, is erased this many days after it was sent.
ACOGE_ACCOUNT_ANSWER_BUSINESS_DAYS = env_int("ACOGE_ACCOUNT_ANSWER_BUSINESS_DAYS", 20)
ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS = env_int("ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS", 30)
# The Ley Karin channel (acoge/gender_unit/, Ley 21.643): protective measures are decided within
# this many Chilean business days of a report, the investigation within this many calendar days;
# a closed report's text, and whom it names, are erased this many days after it closed (the
# figures stay, without anyone in them). The period's legal source is shown with the rule: put
# the one the service's legal team confirms in ACOGE_KARIN_RETENTION_SOURCE.
ACOGE_KARIN_MEASURES_BUSINESS_DAYS = env_int("ACOGE_KARIN_MEASURES_BUSINESS_DAYS", 3)
ACOGE_KARIN_INVESTIGATION_DAYS = env_int("ACOGE_KARIN_INVESTIGATION_DAYS", 30)
ACOGE_KARIN_RETENTION_DAYS = env_int("ACOGE_KARIN_RETENTION_DAYS", 5 * 365)
ACOGE_KARIN_RETENTION_SOURCE = env_str(
    "ACOGE_KARIN_RETENTION_SOURCE",
    "Ley 21.643 (Ley Karin) y Ley 18.834, Estatuto Administrativo (plazo de prescripción de la "
    "acción disciplinaria); plazo por confirmar con Fiscalía",
)
# Statistics: every published count from 1 to this minus one is hidden, and so is whatever would
# let someone work one out (acoge/stats/).
ACOGE_STATS_MIN_COUNT = env_int("ACOGE_STATS_MIN_COUNT", 5)
# A group is named under-represented when its share among a consultation's participants is
# below this fraction of its share in the population (acoge/stats/representation.py).
ACOGE_UNDER_REPRESENTED_RATIO = float(env_str("ACOGE_UNDER_REPRESENTED_RATIO", "0.75"))
ACOGE_RATELIMIT_ENABLED = env_bool("ACOGE_RATELIMIT_ENABLED", True)
# Files staff upload for the public (acoge/core/uploads.py): at most this many bytes each.
# (deploy/nginx.conf's client_max_body_size is 12m, a little more: raise both together.)
ACOGE_UPLOAD_MAX_BYTES = env_int("ACOGE_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
# Staff content (pages, guides, documents): the review dashboard's horizon, and the weekday
# (0 Monday) and hour of the weekly digest to each owner of what is overdue or due soon.
ACOGE_REVIEW_DUE_DAYS = env_int("ACOGE_REVIEW_DUE_DAYS", 30)
ACOGE_REVIEW_DIGEST_WEEKDAY = env_int("ACOGE_REVIEW_DIGEST_WEEKDAY", 0)
ACOGE_REVIEW_DIGEST_HOUR = env_int("ACOGE_REVIEW_DIGEST_HOUR", 8)
if not (0 <= ACOGE_REVIEW_DIGEST_WEEKDAY <= 6 and 0 <= ACOGE_REVIEW_DIGEST_HOUR <= 23):
    raise ImproperlyConfigured("ACOGE_REVIEW_DIGEST_WEEKDAY is 0-6 (Monday 0), the hour 0-23")
# Counts an hour that replace a limit's default (acoge/core/ratelimit.py, docs/architecture.md):
# "workshops.start=400,contact.start=100".
ACOGE_RATE_LIMITS = {
    scope.strip(): int(count)
    for scope, _sep, count in (
        item.partition("=") for item in env_list("ACOGE_RATE_LIMITS") if "=" in item
    )
}
ACOGE_TRUSTED_PROXIES = env_list("ACOGE_TRUSTED_PROXIES")
ACOGE_SERVICE_NAME = "Servicio Nacional de Migraciones"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # Private links ("Not Found: /es/mujer-migrante/inscripcion/<token>/") are written as [private].
    "filters": {"private_links": {"()": "acoge.core.logs.RedactPrivateLinks"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["private_links"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"acoge": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
