from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from participatiepunt.celery import app
from participatiepunt.portal import health, levensteken
from participatiepunt.portal.models import Hartslag
from participatiepunt.portal.tasks import hartslag
from tests.factories.accounts import UserFactory

DETAILS = {"status", "database", "broker", "worker", "beat", "static"}


@pytest.fixture
def with_broker():
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(medewerker=True))
    return client


@pytest.mark.django_db
def test_anonymous_callers_see_only_up_or_down(client):
    response = client.get(reverse("portal:gezondheid"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_residents_see_only_up_or_down(client):
    client.force_login(UserFactory())
    assert set(client.get(reverse("portal:gezondheid")).json()) == {"status"}


def test_staff_see_each_part(staff_client):
    body = staff_client.get(reverse("portal:gezondheid")).json()
    assert set(body) == DETAILS
    assert body["database"] == "ok"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not settings.USES_REDIS, reason="de broker is Redis")
def test_fresh_heartbeats_of_worker_and_beat_are_healthy(staff_client, with_broker):
    health.sla(health.WORKER)
    health.sla(health.BEAT)
    response = staff_client.get(reverse("portal:gezondheid"))
    assert response.status_code == 200, response.json()
    assert response.json()["worker"] == response.json()["beat"] == "ok"


def test_a_stale_beat_is_reported_while_the_worker_lives(staff_client, with_broker):
    health.sla(health.WORKER)
    oud = timezone.now() - timedelta(seconds=settings.GEZONDHEID_HARTSLAG_MAX + 60)
    Hartslag.objects.create(naam=health.BEAT, op=oud)
    response = staff_client.get(reverse("portal:gezondheid"))
    assert response.status_code == 503
    assert response.json()["beat"].startswith("verouderd")
    assert response.json()["worker"] == "ok"


def test_no_heartbeat_yet_is_not_healthy(staff_client, with_broker):
    response = staff_client.get(reverse("portal:gezondheid"))
    assert response.status_code == 503
    assert response.json()["worker"] == "geen hartslag"


@pytest.mark.django_db
def test_the_health_check_asks_the_database_twice_and_no_worker(
    client, with_broker, django_assert_num_queries, monkeypatch
):
    """Worker and beat are judged by their heartbeat rows: no broadcast over the broker that
    waits a second for replies (the old check took about 1 s)."""
    monkeypatch.setattr(app.control, "inspect", lambda **kw: pytest.fail("inspect"))
    with django_assert_num_queries(2):  # SELECT 1 and the heartbeats
        client.get(reverse("portal:gezondheid"))


@pytest.mark.django_db
def test_the_heartbeat_task_marks_the_worker_and_beat_marks_itself_when_sending(monkeypatch):
    hartslag.apply()
    assert set(Hartslag.objects.values_list("naam", flat=True)) == {health.WORKER}
    monkeypatch.setattr(levensteken, "_in_beat", True)
    levensteken._beat_hartslag(sender=levensteken.HARTSLAG_TAAK)
    assert set(Hartslag.objects.values_list("naam", flat=True)) == {health.WORKER, health.BEAT}


@pytest.mark.django_db
def test_a_worker_sending_the_task_is_not_beat():
    levensteken._beat_hartslag(sender=levensteken.HARTSLAG_TAAK)
    assert not Hartslag.objects.exists()


def test_a_missing_static_manifest_is_reported(settings, tmp_path):
    """Production's storage with no manifest in STATIC_ROOT answered 500 on every page while
    /gezondheid/ said 200. (Django resets the storage when the setting changes.)"""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    assert health.static_status() == "fout: manifest ontbreekt"
