"""Health of the parts the portal runs on: database, broker, Celery worker and beat, and the
static files' manifest. Answered in milliseconds: worker and beat are judged by their last
heartbeat (a periodic task, written when beat sends it and when a worker runs it), not asked
over the broker."""

from datetime import timedelta

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.db import connection
from django.utils import timezone

from participatiepunt.celery import app

from .models import Hartslag

WORKER, BEAT = "worker", "beat"


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception as error:  # any failure means "not healthy"; the report names it
        return f"fout: {type(error).__name__}"


def broker_status() -> str:
    if app.conf.task_always_eager:
        return "in-process"
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=0.5)
        return "ok"
    except Exception as error:
        return f"fout: {type(error).__name__}"


def hartslag_status(naam: str, hartslagen: dict) -> str:
    if app.conf.task_always_eager:
        return "in-process"
    hartslag = hartslagen.get(naam)
    if hartslag is None:
        return "geen hartslag"
    leeftijd = timezone.now() - hartslag.op
    if leeftijd > timedelta(seconds=settings.GEZONDHEID_HARTSLAG_MAX):
        return f"verouderd ({int(leeftijd.total_seconds() // 60)} min)"
    return "ok"


def static_status() -> str:
    if not isinstance(staticfiles_storage, ManifestFilesMixin):
        return "ok"
    return "ok" if staticfiles_storage.hashed_files else "fout: manifest ontbreekt"


def hartslagen() -> dict:
    try:
        return Hartslag.objects.in_bulk()
    except Exception:  # the database check reports the cause
        return {}


def report() -> dict:
    gezien = hartslagen()
    return {
        "database": database_status(),
        "broker": broker_status(),
        WORKER: hartslag_status(WORKER, gezien),
        BEAT: hartslag_status(BEAT, gezien),
        "static": static_status(),
    }


def is_healthy(checks: dict) -> bool:
    return all(value.startswith(("ok", "in-process")) for value in checks.values())


def sla(naam: str) -> None:
    Hartslag.objects.update_or_create(naam=naam, defaults={"op": timezone.now()})
