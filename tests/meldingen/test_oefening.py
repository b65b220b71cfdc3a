"""The drill (issue 14): one event to 2,000 followers through a real Celery worker (with its beat,
so the sweep runs as in production) and a real SMTP sink, while everything that can break
breaks: the event's title is poisoned with CR/LF and a header of its own, the sink goes down in
the middle of the fan-out, the worker is killed, Redis is killed and started again empty (every
queued task gone). Counted at the sink: every follower exactly one mail, nothing twice, no Bcc.
Its own redis-server on a free port; the shared one is never touched. Prints its figures."""

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from participatiepunt.accounts.models import User
from participatiepunt.celery import app
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.models import Melding, Volg
from tests.databank import database_url
from tests.eigen_redis import EigenRedis, zet_broker
from tests.factories.gebieden import WijkFactory
from tests.meldingen.conftest import Sink, SmtpServer

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="vraagt redis-server"),
]
VOLGERS = 2000
DOMEIN = "oefening.invalid"
VERGIF = "Nieuws uit Vinkhuizen\r\nBcc: aanvaller@example.org"


class StoringSink(Sink):
    """A sink that can go down cleanly: first it answers 421 (service closing) to every
    message, so none is counted that its sender did not see accepted; then it stops."""

    def __init__(self):
        super().__init__()
        self.storing = threading.Event()
        self.tijden: list[float] = []

    async def handle_DATA(self, server, session, envelope):
        if self.storing.is_set():
            return "421 4.3.2 Even niet"
        self.tijden.append(time.monotonic())
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def eigen_redis(tmp_path):
    server = EigenRedis(tmp_path)
    server.start()
    echte = app.conf.broker_url
    zet_broker(server.url(1))
    app.conf.task_always_eager = False
    yield server
    app.conf.task_always_eager = True
    zet_broker(echte)
    server.stop()


@pytest.fixture
def sink(settings):
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command
    server = SmtpServer()
    server.sink = StoringSink()
    server.start()
    yield server
    server.stop()


class Worker:
    """`celery worker -B`: two processes and an embedded beat, as separate OS processes."""

    def __init__(self, redis_url, smtp_poort, map_):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.base",
            "DATABASE_URL": database_url(),
            "REDIS_URL": redis_url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_poort),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_TIMEOUT": "5",
            "SITE_URL": "http://testserver",
            "DB_CONN_MAX_AGE": "0",
            "LOG_LEVEL": "WARNING",
            # The production mechanisms, with their times scaled down for the drill.
            "MELDINGEN_BEZORG_BATCH": "50",
            "MELDINGEN_BACKOFF_SECONDEN": "1",
            "MELDINGEN_BACKOFF_MAX": "2",
            "MELDINGEN_MAX_POGINGEN": "2",
            "MELDINGEN_VASTHOUDEN": "3",
            "MELDINGEN_HERPLAN_NA": "30",
            "MELDINGEN_VEEG_INTERVAL": "2",
        }
        self.map, self.proces, self.log = map_, None, (map_ / "worker.log").open("a")  # noqa: SIM115

    def start(self):
        command = [sys.executable, "-m", "celery", "-A", "participatiepunt", "worker", "-c", "2"]
        command += ["-B", "-s", str(self.map / "beat-schema"), "--without-gossip"]
        command += ["--without-mingle", "--loglevel=WARNING"]
        self.proces = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self):
        if self.proces and self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGKILL)
            self.proces.wait(timeout=10)


@pytest.fixture
def worker(eigen_redis, sink, tmp_path):
    proces = Worker(eigen_redis.url(1), sink.poort, tmp_path)
    yield proces
    proces.kill()
    proces.log.close()


def _volgers(wijk):
    gebruikers = User.objects.bulk_create(
        User(email=f"volger{i}@{DOMEIN}", naam="", password="!") for i in range(VOLGERS)
    )
    content_type = ContentType.objects.get_for_model(wijk)
    Volg.objects.bulk_create(
        Volg(gebruiker=g, content_type=content_type, object_id=wijk.pk) for g in gebruikers
    )
    return {g.email for g in gebruikers}


def _wacht_tot(voorwaarde, seconden, wat):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return time.monotonic()
        time.sleep(0.05)
    raise AssertionError(f"Niet op tijd: {wat}")


def test_the_drill_delivers_everything_once(transactional_db, eigen_redis, sink, worker):
    wijk = WijkFactory(naam="Vinkhuizen")
    adressen = _volgers(wijk)
    start = time.monotonic()
    worker.start()
    with transaction.atomic():
        publish("initiatief.status", wijk, titel=VERGIF, url="/wijken/vinkhuizen/")

    _wacht_tot(lambda: len(sink.sink) >= 300, 60, "de eerste mails")
    sink.sink.storing.set()  # SMTP goes down in the middle of the fan-out
    time.sleep(0.5)
    sink.stop()
    voor_storing = len(sink.sink)
    time.sleep(2)  # the tasks fail, retry, fail
    worker.kill()  # with the tasks it held and the retries it was waiting for
    eigen_redis.stop()  # every queued task gone
    eigen_redis.start()
    onverstuurd = Melding.objects.filter(email_verstuurd_op__isnull=True).count()
    sink.sink.storing.clear()
    sink.start()
    terug = time.monotonic()
    worker.start()

    klaar = _wacht_tot(lambda: len(sink.sink) >= VOLGERS, 90, "alle mails na het herstel")
    time.sleep(3)  # room for a duplicate: the sweep runs every 2 s in the drill

    per_adres = sink.sink.per_ontvanger()
    dubbel = {adres: n for adres, n in per_adres.items() if n > 1}
    eerste = min(t for t in sink.sink.tijden if t > terug)
    print(
        f"\noefening: {VOLGERS} volgers; {voor_storing} bezorgd voor de storing, {onverstuurd} "
        f"onverstuurd na worker en Redis weg; na het herstel de eerste mail na "
        f"{eerste - terug:.1f} s (worker en beat opnieuw gestart), alle na {klaar - terug:.1f} s "
        f"({klaar - start:.1f} s in totaal); {len(dubbel)} dubbel"
    )
    assert dubbel == {}
    assert set(per_adres) == adressen
    assert not Melding.objects.filter(email_verstuurd_op__isnull=True).exists()
    assert onverstuurd > 0  # the drill did break something
    _, bericht = sink.sink.berichten[0]
    assert bericht["Bcc"] is None
    assert (
        bericht["Subject"] == "[Participatiepunt] Nieuws uit Vinkhuizen Bcc: aanvaller@example.org"
    )
