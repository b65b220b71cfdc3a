"""Redis down is a degraded portal, not a dead one. Against a real Redis of its own (a
throwaway redis-server on a free port; the shared one keeps running): the page cache, cache
versions, throttle, sessions and broker use it, it is killed in the middle of a submission,
and the pages keep answering, the submission stands, and its mail goes out once Redis is
back. A Redis that hangs (stopped, not dead) comes back with what it held: a session logged
out meanwhile must not come back with it."""

import logging
import shutil
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.models import Initiatief
from participatiepunt.celery import app
from participatiepunt.meldingen import tasks
from participatiepunt.meldingen.models import Melding
from participatiepunt.portal import rediscache
from tests.eigen_redis import EigenRedis, zet_broker
from tests.factories.accounts import PASSWORD, UserFactory, totp_code
from tests.factories.initiatieven import BelanghebbendeFactory, InitiatiefFactory
from tests.meldingen.conftest import SmtpServer

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="vraagt redis-server"),
]
INDIENEN = {"privacy_akkoord": "on", "actie": "indienen"}


@pytest.fixture
def eigen_redis(tmp_path, settings, monkeypatch):
    server = EigenRedis(tmp_path)
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "participatiepunt.portal.rediscache.RedisCache",
            "LOCATION": server.url(0),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.SESSION_ENGINE = "participatiepunt.portal.sessies"
    settings.FORM_POSTS_PER_MINUTE = 30
    monkeypatch.setattr(rediscache, "PAUZE", 0.3)
    monkeypatch.setattr(rediscache.storing, "weg", False)
    echte_broker = app.conf.broker_url
    zet_broker(server.url(1))
    yield server
    zet_broker(echte_broker)
    if server.proces.poll() is None:
        server.pauzeer(False)
        server.kill()


@pytest.fixture
def smtp(settings):
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.poort, 5
    yield server
    server.stop()


def _wacht_tot(voorwaarde, seconden=30.0):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return
        time.sleep(0.1)
    raise AssertionError("niet op tijd")


def _storingsregels(caplog, woorden):
    return [r for r in caplog.records if r.name == rediscache.logger.name and woorden in r.message]


def _dood_bij_indienen(server):
    def ontvanger(sender, instance, **kwargs):
        if instance.status == Status.INGEDIEND and server.proces.poll() is None:
            server.kill()

    post_save.connect(ontvanger, sender=Initiatief, weak=False, dispatch_uid="redis-weg")
    return lambda: post_save.disconnect(sender=Initiatief, dispatch_uid="redis-weg")


def _pagina_s_antwoorden(client):
    assert client.get(reverse("accounts:profiel")).status_code == 200
    anoniem = Client()
    for naam in ("portal:home", "initiatieven:lijst", "wijkafspraken:overzicht"):
        assert anoniem.get(reverse(naam)).status_code == 200, naam
    assert client.post(reverse("accounts:profiel"), {"naam": "Tijdens storing"}).status_code == 302


def test_redis_killed_mid_submission(transactional_db, eigen_redis, smtp, settings, caplog):
    settings.MELDINGEN_HERPLAN_NA = 0
    caplog.set_level(logging.WARNING)
    inwoner = UserFactory()
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    BelanghebbendeFactory(initiatief=initiatief)
    client = Client()
    client.force_login(inwoner)
    assert Client().get(reverse("portal:home")).status_code == 200  # in the page cache now
    stap = reverse("initiatieven:stap", args=[initiatief.pk, 6])
    ontkoppel = _dood_bij_indienen(eigen_redis)
    app.conf.task_always_eager = False
    try:
        response = client.post(stap, INDIENEN)
    finally:
        app.conf.task_always_eager = True
        ontkoppel()
    assert eigen_redis.proces.poll() is not None  # killed during the request
    assert response.status_code == 302
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGEDIEND
    assert Melding.objects.filter(ontvanger=inwoner, email_verstuurd_op__isnull=True).exists()
    assert client.get(response.url).status_code == 200
    _pagina_s_antwoorden(client)
    assert len(_storingsregels(caplog, "onbereikbaar")) == 1  # once, not per request
    assert len(smtp.sink) == 0

    eigen_redis.start()
    time.sleep(rediscache.PAUZE)
    assert client.get(reverse("accounts:profiel")).status_code == 200
    assert len(_storingsregels(caplog, "weer bereikbaar")) == 1
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False):
            tasks.veeg_uitgaande_meldingen.delay()  # what beat does every minute
            _wacht_tot(lambda: inwoner.email in smtp.sink.per_ontvanger())
            time.sleep(1)  # a duplicate would arrive in this time
    finally:
        app.conf.task_always_eager = True
    assert smtp.sink.per_ontvanger()[inwoner.email] == 1
    assert not Melding.objects.filter(ontvanger=inwoner, email_verstuurd_op__isnull=True).exists()


def test_a_session_logged_out_while_redis_hangs_stays_logged_out(transactional_db, eigen_redis):
    client = Client()
    client.force_login(UserFactory())
    assert client.get(reverse("accounts:profiel")).status_code == 200  # session in Redis
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    eigen_redis.pauzeer(True)  # Redis hangs: commands time out, what it holds stays
    try:
        assert client.post(reverse("account_logout")).status_code == 302
    finally:
        eigen_redis.pauzeer(False)
    time.sleep(rediscache.PAUZE)
    assert Client().get(reverse("portal:home")).status_code == 200  # a command finds it back
    oud = Client()
    oud.cookies[settings.SESSION_COOKIE_NAME] = cookie
    response = oud.get(reverse("accounts:profiel"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_staff_log_in_with_password_and_totp_while_redis_is_down(
    transactional_db, eigen_redis, settings
):
    """allauth's rate limits take a lock with cache.add and mark a used TOTP code with it."""
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key", "signup": "20/m/ip"}
    medewerker = UserFactory(medewerker=True)
    eigen_redis.kill()
    client = Client()
    response = client.post(
        reverse("account_login"), {"login": medewerker.email, "password": PASSWORD}
    )
    assert response.url == reverse("mfa_authenticate")
    left = 30 - time.time() % 30
    if left < 5:  # a code that turns over before it is posted is refused
        time.sleep(left + 0.1)
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302
    assert client.get(reverse("accounts:profiel")).status_code == 200
