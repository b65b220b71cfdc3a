import pytest
from django.conf import settings
from django.urls import reverse


@pytest.mark.django_db
def test_health_reports_database_broker_and_worker(client):
    response = client.get(reverse("portal:gezondheid"))
    assert response.status_code == 200
    assert set(response.json()) == {"status", "database", "broker", "worker"}
    assert response.json()["database"] == "ok"


@pytest.mark.worker
@pytest.mark.skipif(not settings.USES_REDIS, reason="worker-ping via de broker vraagt Redis")
def test_health_sees_the_running_worker(client, live_worker):
    response = client.get(reverse("portal:gezondheid"))
    body = response.json()
    assert response.status_code == 200, body
    assert body["broker"] == "ok"
    assert body["worker"].startswith("ok")


@pytest.mark.django_db
def test_health_reports_a_missing_worker(client):
    from participatiepunt.celery import app

    app.conf.task_always_eager = False
    try:
        response = client.get(reverse("portal:gezondheid"))
    finally:
        app.conf.task_always_eager = True
    assert response.status_code == 503
    assert response.json()["worker"] == "geen worker" or response.json()["worker"].startswith(
        "fout"
    )
