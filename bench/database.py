"""The bench database: dropped and created anew, migrated, static files collected."""

import psycopg2
from psycopg2 import sql

from .environment import ADMIN_DSN, DATABASE_NAME


def recreate() -> None:
    connection = psycopg2.connect(ADMIN_DSN)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [DATABASE_NAME],
        )
        cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(DATABASE_NAME)))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    connection.close()


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def stored_scale() -> float | None:
    """The scale of the data already in the bench database, or None when there is none."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_meta')")
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute("SELECT scale FROM bench_meta")
        row = cursor.fetchone()
    return row[0] if row else None


def store_scale(scale: float) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (scale double precision)")
        cursor.execute("DELETE FROM bench_meta")
        cursor.execute("INSERT INTO bench_meta VALUES (%s)", [scale])
