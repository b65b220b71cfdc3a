"""Test settings: PostgreSQL and Redis when they are reachable (CI demands them), otherwise the
embedded defaults. DATABASE_URL and REDIS_URL override the probe."""

import os
import socket

import dj_database_url

from .env import env_bool


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


if "DATABASE_URL" not in os.environ and _reachable("127.0.0.1", 5432):
    os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/participatiepunt"
if "REDIS_URL" not in os.environ and _reachable("127.0.0.1", 6379):
    os.environ["REDIS_URL"] = "redis://127.0.0.1:6379/15"

from .base import *  # noqa: E402, F403
from .base import DATABASES, REDIS_URL  # noqa: E402

USES_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
USES_REDIS = bool(REDIS_URL)
if env_bool("CI") and not (USES_POSTGRES and USES_REDIS):
    raise RuntimeError("CI=true: PostgreSQL en Redis zijn verplicht, maar niet bereikbaar.")

if USES_POSTGRES:
    DATABASES = {"default": {**DATABASES["default"], "CONN_MAX_AGE": 0}}  # noqa: F811
else:
    DATABASES = {"default": dj_database_url.parse("sqlite:///:memory:")}

# Tasks run eagerly unless a test starts the real worker (tests/conftest.py: live_worker);
# the broker is real Redis when reachable, else Kombu's in-memory transport.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = True
# The cache stays in the process: tests clear it, and on Redis that would wipe the broker's db.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = False
ACCOUNT_RATE_LIMITS = False
FORM_POSTS_PER_MINUTE = 0
SITE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
