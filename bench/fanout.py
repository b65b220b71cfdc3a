"""Fan-out benchmark of the notifications (issue 6). Not a test: it prints figures.

    .venv/bin/python -m bench.fanout [--volgers 20000]

One event to 20,000 followers of a wijk, end to end: publish() writes the outbox rows, one
Celery worker (concurrency 2) delivers them to a local aiosmtpd sink. Then, in the same run,
plain Celery sends the same number of e-mails with one task per e-mail (a new SMTP connection
each, as Django's send_mail does) to the same sink. Prints rows/s, e-mails/s, the ratio,
whether every follower got exactly one e-mail, and PASS/MISS against issue 21's target (≥ 2.0x,
exactly one e-mail each). Uses its own database (FANOUT_DATABASE_URL,
default postgres://postgres@127.0.0.1:5432/pp_fanout_bench) and Redis db 4 (FANOUT_REDIS_URL);
see bench/README.md."""

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from celery import shared_task

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get(
    "FANOUT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pp_fanout_bench"
)
REDIS_URL = os.environ.get("FANOUT_REDIS_URL", "redis://127.0.0.1:6379/4")
DOMEIN = "fanout.bench.invalid"
DOEL = 2.0  # issue 21: the fan-out at least twice the mails/s of plain Celery


@shared_task(name="bench.fanout.stuur_een")
def stuur_een(adres: str, onderwerp: str, tekst: str, html: str) -> None:
    """The plain baseline: one task per e-mail."""
    from django.core.mail import EmailMultiAlternatives

    bericht = EmailMultiAlternatives(onderwerp, tekst, to=[adres])
    bericht.attach_alternative(html, "text/html")
    bericht.send()


class Sink:
    """Counts what the SMTP sink accepts, per recipient. It offers PIPELINING as Postfix does
    (aiosmtpd handles pipelined commands but does not say so); both runs use it."""

    def __init__(self):
        self.per_adres: Counter = Counter()
        self.lock = threading.Lock()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.per_adres.update(envelope.rcpt_tos)
        return "250 OK"

    def totaal(self) -> int:
        with self.lock:
            return sum(self.per_adres.values())

    def leeg(self) -> None:
        with self.lock:
            self.per_adres.clear()


def vrije_poort() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _omgeving(poort: int) -> dict[str, str]:
    env = {
        "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.base",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "DEBUG": "false",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(poort),
        "LOG_LEVEL": "WARNING",
        "SITE_URL": "http://127.0.0.1:8000",
    }
    os.environ.update(env)
    return dict(os.environ)


def _maak_database() -> None:
    import psycopg2

    naam = DATABASE_URL.rsplit("/", 1)[1]
    beheer = psycopg2.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres")
    beheer.autocommit = True
    with beheer.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{naam}"')
    beheer.close()


def _volgers(aantal: int):
    """A wijk with `aantal` followers (users made once, reused by later runs)."""
    from django.contrib.contenttypes.models import ContentType

    from participatiepunt.accounts.models import User
    from participatiepunt.gebieden.models import Gebied, Gemeente, Wijk
    from participatiepunt.meldingen.models import Gebeurtenis, Volg

    gemeente = Gemeente.objects.get(is_standaard=True)  # made by the migrations
    gebied, _ = Gebied.objects.get_or_create(
        slug="fanout-bench", defaults={"naam": "Fan-out", "gemeente": gemeente}
    )
    wijk, _ = Wijk.objects.get_or_create(
        slug="fanout-bench", defaults={"naam": "Fan-outwijk", "gebied": gebied}
    )
    bestaand = User.objects.filter(email__endswith=f"@{DOMEIN}").count()
    User.objects.bulk_create(
        (User(email=f"volger{i}@{DOMEIN}", naam="", password="!") for i in range(bestaand, aantal)),
        batch_size=5000,
    )
    ids = User.objects.filter(email__endswith=f"@{DOMEIN}").order_by("pk").values_list("pk")
    content_type = ContentType.objects.get_for_model(Wijk)
    Volg.objects.filter(content_type=content_type, object_id=wijk.pk).delete()
    Gebeurtenis.objects.filter(content_type=content_type, object_id=wijk.pk).delete()
    Volg.objects.bulk_create(
        (
            Volg(gebruiker_id=pk, content_type=content_type, object_id=wijk.pk)
            for (pk,) in ids[:aantal]
        ),
        batch_size=5000,
    )
    return wijk


def _start_worker(env, log):
    command = [sys.executable, "-m", "celery", "-A", "participatiepunt", "worker", "-c", "2"]
    command += ["-I", "bench.fanout", "--without-gossip", "--without-mingle", "-n", "fanout@%h"]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def _wacht_op_worker(app) -> None:
    for _ in range(120):
        if app.control.ping(timeout=1.0):
            return
    raise SystemExit("De worker start niet (zie var/fanout-worker.log).")


def _wacht_op(sink, aantal: int, limiet: float = 900.0) -> float:
    einde = time.monotonic() + limiet
    while sink.totaal() < aantal:
        if time.monotonic() > einde:
            raise SystemExit(f"Na {limiet:.0f} s pas {sink.totaal()} van {aantal} e-mails.")
        time.sleep(0.05)
    return time.monotonic()


def _meldingen(sink, wijk, aantal: int) -> dict:
    from django.db import transaction

    from participatiepunt.meldingen.events import publish

    start = time.monotonic()
    with transaction.atomic():
        publish(
            "praatplaat.gewijzigd",
            wijk,
            titel=f"De wijkafspraken van {wijk} zijn gewijzigd",
            url=wijk.get_absolute_url(),
            tekst="Versie 2. Reden: de evaluatie met de wijk.",
        )
        geschreven = time.monotonic()
    klaar = _wacht_op(sink, aantal)
    time.sleep(2)  # room for a duplicate to show up
    return {"rijen": geschreven - start, "totaal": klaar - start}


def _baseline(sink, aantal: int) -> float:
    from participatiepunt.accounts.models import User

    adressen = list(
        User.objects.filter(email__endswith=f"@{DOMEIN}").values_list("email", flat=True)
    )
    tekst, html = "De wijkafspraken zijn gewijzigd.\n", "<p>De wijkafspraken zijn gewijzigd.</p>"
    start = time.monotonic()
    for adres in adressen[:aantal]:
        stuur_een.delay(adres, "De wijkafspraken zijn gewijzigd", tekst, html)
    return _wacht_op(sink, aantal) - start


def _precies_een(sink, aantal: int) -> bool:
    with sink.lock:
        return len(sink.per_adres) == aantal and set(sink.per_adres.values()) == {1}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--volgers", type=int, default=20_000)
    aantal = parser.parse_args(argv).volgers

    from aiosmtpd.controller import Controller

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=vrije_poort())
    controller.start()
    env = _omgeving(controller.port)
    _maak_database()

    import django

    django.setup()
    from django.core.management import call_command

    from participatiepunt.celery import app
    from participatiepunt.meldingen.models import Melding

    call_command("migrate", verbosity=0)
    wijk = _volgers(aantal)
    app.control.purge()
    (ROOT / "var").mkdir(exist_ok=True)
    with open(ROOT / "var" / "fanout-worker.log", "w") as log:
        worker = _start_worker(env, log)
        try:
            _wacht_op_worker(app)
            ons = _meldingen(sink, wijk, aantal)
            ons_goed = _precies_een(sink, aantal)
            onverstuurd = Melding.objects.filter(email_verstuurd_op__isnull=True).count()
            sink.leeg()
            basis = _baseline(sink, aantal)
            basis_goed = _precies_een(sink, aantal)
        finally:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
            controller.stop()
    _rapport(aantal, ons, ons_goed and not onverstuurd, basis, basis_goed)


def _rapport(aantal, ons, ons_goed, basis, basis_goed) -> None:
    ons_per_s, basis_per_s = aantal / ons["totaal"], aantal / basis
    print(f"Fan-out van één gebeurtenis naar {aantal} volgers, 1 worker met concurrency 2")
    rijen_per_s = aantal / ons["rijen"]
    print(f"  outbox-rijen geschreven:     {rijen_per_s:>8,.0f} rijen/s ({ons['rijen']:.2f} s)")
    print(f"  e-mails (meldingen):         {ons_per_s:>8,.0f} e-mails/s ({ons['totaal']:.1f} s)")
    print(f"  e-mails (één taak per mail): {basis_per_s:>8,.0f} e-mails/s ({basis:.1f} s)")
    verhouding, doel = ons_per_s / basis_per_s, f"{DOEL:.1f}".replace(".", ",")
    print(f"  verhouding meldingen/baseline: {verhouding:.2f}x (doel ≥ {doel}x)")
    print(f"  elke volger precies één e-mail: meldingen {'ja' if ons_goed else 'NEE'}, "
          f"baseline {'ja' if basis_goed else 'NEE'}")  # fmt: skip
    print(f"  doel ≥ {doel}x met precies één e-mail per volger: {oordeel(verhouding, ons_goed)}")


def oordeel(verhouding: float, precies_een: bool) -> str:
    """PASS only when the fan-out is fast enough and every follower got exactly one mail."""
    if not precies_een:
        return "MISS (niet precies één e-mail per volger)"
    return "PASS" if verhouding >= DOEL else "MISS"


if __name__ == "__main__":
    main()
