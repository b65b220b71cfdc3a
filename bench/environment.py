"""The environment of a bench run: the bench database, Redis db 6 and production settings.
Set before Django is imported, so the harness, gunicorn and locust agree on it."""

import os
import secrets
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
DATABASE_NAME = os.environ.get("BENCH_DATABASE", "participatiepunt_bench")
ADMIN_DSN = os.environ.get("BENCH_ADMIN_DSN", "postgres://postgres@127.0.0.1:5432/postgres")

DEFAULTS = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE_NAME}",
    "REDIS_URL": "redis://127.0.0.1:6379/6",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
    "SECURE_SSL_REDIRECT": "false",
    "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
    "LOG_LEVEL": "WARNING",
    "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
}


ORIGINAL = dict(os.environ)  # for programs with settings of their own (bench/fanout.py)


def prepare() -> dict[str, str]:
    """Fill in every variable the caller did not set; returns the environment for children."""
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    return dict(os.environ)
