"""The production stack of the smoke run: its own database and Redis db, static files built as
the Dockerfile builds them, gunicorn, one worker and one beat, with their logs in var/smoke/."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg2
import redis

from tests.smoke.http import Browser

ROOT = Path(__file__).resolve().parent.parent.parent
WORK = ROOT / "var" / "smoke"
DATABASE_URL = os.environ.get(
    "SMOKE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/participatiepunt_smoke"
)
REDIS_URL = os.environ.get("SMOKE_REDIS_URL", "redis://127.0.0.1:6379/12")
# The Dockerfile's step, word for word (STATIC_ROOT below points it at the smoke's folder).
COLLECTSTATIC = [
    "manage.py",
    "collectstatic",
    "--noinput",
    "--settings=participatiepunt.settings.build",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Stack:
    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.processen: list[subprocess.Popen] = []
        self.env = self._env()

    def _env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_"))}
        return {
            **env,
            "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SITE_URL": self.url,
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL,
            "STATIC_ROOT": str(WORK / "static"),
            "MEDIA_ROOT": str(WORK / "media"),
            "DEMO": "true",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "PYTHONUNBUFFERED": "1",
        }

    def __enter__(self):
        WORK.mkdir(parents=True, exist_ok=True)
        os.environ.update(self.env)  # this process reads the same database (tests/smoke/rollen)
        return self

    def __exit__(self, *exc):
        for proces in reversed(self.processen):
            proces.terminate()
        for proces in self.processen:
            try:
                proces.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proces.kill()

    def bereid_voor(self) -> None:
        self._verse_database()
        redis.Redis.from_url(REDIS_URL).flushdb()
        self._run(*COLLECTSTATIC)
        self._run("manage.py", "migrate", "--noinput")
        self._run("manage.py", "laad_demo", "--alleen-als-demo")

    def _verse_database(self) -> None:
        parts = urlsplit(DATABASE_URL)
        name = parts.path.lstrip("/")
        connection = psycopg2.connect(
            dbname="postgres", user=parts.username, host=parts.hostname, port=parts.port
        )
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
        connection.close()

    def _run(self, *args: str) -> None:
        print("smoke:", " ".join(args), flush=True)
        subprocess.run([sys.executable, *args], cwd=ROOT, env=self.env, check=True)

    def start(self) -> None:
        bin_dir = Path(sys.executable).parent
        self._start(
            "gunicorn",
            bin_dir / "gunicorn",
            "-c",
            "python:participatiepunt.gunicorn",
            "participatiepunt.wsgi",
        )
        self._start(
            "worker",
            bin_dir / "celery",
            "-A",
            "participatiepunt",
            "worker",
            "--concurrency=1",
            "--loglevel=INFO",
        )
        self._start(
            "beat",
            bin_dir / "celery",
            "-A",
            "participatiepunt",
            "beat",
            "--loglevel=INFO",
            "--schedule",
            str(WORK / "celerybeat-schedule"),
        )
        self._wacht_op_gunicorn()

    def _start(self, naam: str, *command) -> None:
        log = open(WORK / f"{naam}.log", "w")  # noqa: SIM115 (open while the process runs)
        self.processen.append(
            subprocess.Popen(
                [str(c) for c in command],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )

    def _wacht_op_gunicorn(self) -> None:
        for _ in range(60):
            try:
                Browser(self.url).get("/gezondheid/")
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"gunicorn antwoordt niet; zie {WORK / 'gunicorn.log'}")

    def wacht_op_hartslag(self, browser: Browser, seconden: int = 150) -> dict:
        """/gezondheid/ in detail (as the demo beheerder) until worker and beat are seen.
        Beat sends its first heartbeat a minute after it starts."""
        einde = time.monotonic() + seconden
        while True:
            antwoord = browser.get("/gezondheid/")
            checks = json.loads(antwoord.body)
            if antwoord.status == 200 or time.monotonic() > einde:
                return {**checks, "ms": self._meet(browser, "/gezondheid/")}
            time.sleep(5)

    @staticmethod
    def _meet(browser: Browser, pad: str, keer: int = 20) -> str:
        """Median and slowest of a few requests, as the smoke's client sees them."""
        tijden = []
        for _ in range(keer):
            start = time.perf_counter()
            browser.get(pad)
            tijden.append((time.perf_counter() - start) * 1000)
        tijden.sort()
        return f"mediaan {tijden[keer // 2]:.0f}, traagste {tijden[-1]:.0f}"
