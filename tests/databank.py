"""The test database as a DATABASE_URL, for processes a test starts (a Celery worker): the
machine's PostgreSQL over TCP, or the embedded one over its Unix socket."""

from urllib.parse import quote

from django.db import connection


def database_url() -> str:
    instellingen = connection.settings_dict
    host = quote(instellingen["HOST"] or "127.0.0.1", safe="")
    poort = f":{instellingen['PORT']}" if instellingen.get("PORT") else ""
    gebruiker = quote(instellingen["USER"] or "postgres", safe="")
    wachtwoord = (
        f":{quote(instellingen['PASSWORD'], safe='')}" if instellingen.get("PASSWORD") else ""
    )
    return f"postgres://{gebruiker}{wachtwoord}@{host}{poort}/{instellingen['NAME']}"
