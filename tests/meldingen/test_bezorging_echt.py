"""Delivery end to end: real Redis, a real Celery worker and a real SMTP server (aiosmtpd).
Exactly one e-mail per recipient, also when the worker is killed mid-task, Redis is unreachable
during the event or SMTP is down for a while."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from django.conf import settings
from django.db import transaction

from participatiepunt.celery import app
from participatiepunt.meldingen import tasks, wekker
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.models import Melding
from tests.databank import database_url
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(not settings.USES_REDIS, reason="echte Redis nodig"),
]


def wacht_tot(voorwaarde, seconden=60.0, interval=0.1):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return
        time.sleep(interval)
    raise AssertionError(f"Niet op tijd: {voorwaarde.__doc__ or voorwaarde}")


def _wijk_met_volgers(aantal):
    wijk = WijkFactory(naam="Vinkhuizen")
    return wijk, [VolgFactory(onderwerp=wijk).gebruiker for _ in range(aantal)]


def _publiceer(wijk, **kwargs):
    with transaction.atomic():
        publish(
            "initiatief.status", wijk, titel="Nieuws uit Vinkhuizen", url="/wijken/v/", **kwargs
        )


def _precies_een_per(smtp_server, gebruikers):
    time.sleep(1.0)  # a duplicate would arrive in this time
    assert smtp_server.sink.per_ontvanger() == Counter({g.email: 1 for g in gebruikers})
    assert not Melding.objects.filter(email_verstuurd_op__isnull=True).exists()


def test_one_event_gives_exactly_one_mail_per_recipient(live_worker, smtp_server):
    wijk, volgers = _wijk_met_volgers(25)
    indiener = UserFactory()
    VolgFactory(onderwerp=wijk, gebruiker=indiener)
    _publiceer(wijk, ontvangers=[indiener], verplicht=True)
    wacht_tot(lambda: len(smtp_server.sink) >= 26)
    _precies_een_per(smtp_server, [*volgers, indiener])
    [bericht] = [b for aan, b in smtp_server.sink.berichten if volgers[0].email in aan]
    assert bericht["List-Unsubscribe"].strip().startswith("<http://testserver/meldingen/afmelden/")
    assert bericht["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert {deel.get_content_type() for deel in bericht.walk()} >= {"text/plain", "text/html"}


@pytest.fixture
def broker_onbereikbaar():
    """Point this process's producer at a closed port (the shared Redis keeps running)."""
    echte = app.conf.broker_url

    def zet(url):
        app._pool = None
        app.amqp._producer_pool = None
        app.conf.broker_url = url

    zet(f"redis://127.0.0.1:{_gesloten_poort()}/4")
    yield lambda: zet(echte)
    zet(echte)


def _gesloten_poort():
    from tests.meldingen.conftest import vrije_poort

    return vrije_poort()


def test_redis_down_during_the_event_loses_nothing(
    transactional_db, smtp_server, broker_onbereikbaar, settings
):
    settings.MELDINGEN_HERPLAN_NA = 0
    app.conf.task_always_eager = False
    try:
        wijk, volgers = _wijk_met_volgers(5)
        _publiceer(wijk)  # the change commits; the delivery task cannot be sent
        assert Melding.objects.filter(email_verstuurd_op__isnull=True).count() == 5
        broker_onbereikbaar()  # Redis is back
    finally:
        app.conf.task_always_eager = True
    from celery.contrib.testing.worker import start_worker

    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False):
            tasks.veeg_uitgaande_meldingen.delay()
            wacht_tot(lambda: len(smtp_server.sink) >= 5)
            _precies_een_per(smtp_server, volgers)
    finally:
        app.conf.task_always_eager = True


@pytest.mark.parametrize("pogingen", [8, 1], ids=["terug-binnen-retries", "na-retries-veegt"])
def test_smtp_outage_loses_nothing(live_worker, smtp_server, settings, pogingen):
    settings.MELDINGEN_BACKOFF_SECONDEN = 1
    settings.MELDINGEN_MAX_POGINGEN = pogingen
    settings.MELDINGEN_HERPLAN_NA = 0
    wijk, volgers = _wijk_met_volgers(12)
    smtp_server.stop()
    _publiceer(wijk)
    time.sleep(3)  # the outage: first attempt and retries fail
    assert len(smtp_server.sink) == 0
    smtp_server.start()
    if pogingen == 1:
        time.sleep(2)  # retries are exhausted by now; the periodic sweep picks it up
        tasks.veeg_uitgaande_meldingen.delay()
    wacht_tot(lambda: len(smtp_server.sink) >= 12)
    _precies_een_per(smtp_server, volgers)


def _start_worker(smtp_server, log, concurrency=2, verbindingen=4):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.base",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_server.poort),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "SITE_URL": "http://testserver",
        "MELDINGEN_BEZORG_BATCH": "10",
        "MELDINGEN_HERPLAN_NA": "0",
        "MELDINGEN_VASTHOUDEN": "1",
        "DB_CONN_MAX_AGE": "0",
        "LOG_LEVEL": "WARNING",
        "MELDINGEN_BEZORG_VERBINDINGEN": str(verbindingen),
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "participatiepunt",
        "worker",
        "-c",
        str(concurrency),
    ]
    command += ["--without-gossip", "--without-mingle", "--loglevel=WARNING"]
    return subprocess.Popen(
        command,
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _kill_9(proces):
    os.killpg(proces.pid, signal.SIGKILL)
    proces.wait(timeout=10)


def test_worker_killed_mid_task_sends_no_duplicate(
    transactional_db, smtp_server, settings, tmp_path
):
    settings.MELDINGEN_HERPLAN_NA = 0
    wijk, volgers = _wijk_met_volgers(30)
    smtp_server.sink.houd_vast_bij(7)
    app.conf.task_always_eager = False
    app.control.purge()
    wekker.vergeet_alle()
    with open(tmp_path / "worker.log", "w") as log:
        # One process with one SMTP connection, so the kill lands while the held message is
        # the only one in flight. With more (processes, or a task's parallel connections),
        # another may be killed between an SMTP 250 and its COMMIT: the one window no sender
        # can close (documented in bezorging.py).
        worker = _start_worker(smtp_server, log, concurrency=1, verbindingen=1)
        try:
            _publiceer(wijk)
            assert smtp_server.sink.vastgehouden.wait(60), "de worker bezorgde niets"
            _kill_9(worker)  # in the middle of an SMTP transaction, rows locked
            smtp_server.sink.laat_los()
            geleverd = len(smtp_server.sink)
            assert 6 <= geleverd < 30
            worker = _start_worker(smtp_server, log)
            time.sleep(1.5)  # the killed task's hold on its rows ends (MELDINGEN_VASTHOUDEN)
            tasks.veeg_uitgaande_meldingen.delay()  # what beat does every 30 s
            wacht_tot(lambda: len(smtp_server.sink) >= 30)
            # The lost tasks come back later (visibility timeout): redeliver them now.
            ids = list(Melding.objects.values_list("pk", flat=True))
            tasks.bezorg_emails.delay(ids)
            tasks.veeg_uitgaande_meldingen.delay()
            _precies_een_per(smtp_server, volgers)
        finally:
            _kill_9(worker)
            app.control.purge()
            app.conf.task_always_eager = True
