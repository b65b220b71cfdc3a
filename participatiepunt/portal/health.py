"""Health of the parts the portal runs on: database, broker and Celery worker."""

from django.db import connection

from participatiepunt.celery import app


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
            conn.ensure_connection(max_retries=1, timeout=2)
        return "ok"
    except Exception as error:
        return f"fout: {type(error).__name__}"


def worker_status() -> str:
    if app.conf.task_always_eager:
        return "in-process"
    try:
        replies = app.control.inspect(timeout=1.0).ping() or {}
    except Exception as error:
        return f"fout: {type(error).__name__}"
    return f"ok ({len(replies)})" if replies else "geen worker"


def report() -> dict:
    return {"database": database_status(), "broker": broker_status(), "worker": worker_status()}


def is_healthy(checks: dict) -> bool:
    return all(value.startswith(("ok", "in-process")) for value in checks.values())
