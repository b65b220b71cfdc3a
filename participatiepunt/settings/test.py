"""Test settings: the machine's PostgreSQL and Redis when they are reachable (CI demands them),
otherwise the embedded PostgreSQL (settings/database.py) and Kombu's in-memory broker.
DATABASE_URL and REDIS_URL override the probe."""

import os
import socket

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

USES_EMBEDDED_DATABASE = not os.environ.get("DATABASE_URL")
USES_REDIS = bool(REDIS_URL)
if env_bool("CI") and (USES_EMBEDDED_DATABASE or not USES_REDIS):
    raise RuntimeError(
        "CI=true: PostgreSQL en Redis van de machine zijn verplicht, maar niet bereikbaar."
    )

DATABASES = {"default": {**DATABASES["default"], "CONN_MAX_AGE": 0}}  # noqa: F811

# Tasks run eagerly unless a test starts the real worker (tests/conftest.py: live_worker);
# the broker is real Redis when reachable, else Kombu's in-memory transport.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = True
# The cache stays in the process: tests clear it, and on Redis that would wipe the broker's db.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One part per batch, in the test's own thread: a thread's own database connection would not
# see the test's uncommitted rows. The worker tests run the parallel parts (base settings).
MELDINGEN_BEZORG_VERBINDINGEN = 1
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = False
ACCOUNT_RATE_LIMITS = False
FORM_POSTS_PER_MINUTE = 0
SITE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
