"""Celery's Redis broker publishes with one client per channel instead of one per message."""

import uuid

import pytest
import redis
from django.conf import settings
from kombu import Connection

pytestmark = pytest.mark.skipif(not settings.USES_REDIS, reason="vraagt Redis")


@pytest.fixture
def rij():
    """A queue of its own on the configured broker transport, emptied afterwards."""
    transport = getattr(settings, "CELERY_BROKER_TRANSPORT", None)
    with Connection(settings.REDIS_URL, transport=transport) as verbinding:
        rij = verbinding.SimpleQueue(f"test-celeryredis-{uuid.uuid4().hex}")
        yield rij
        rij.clear()
        rij.close()


def _gemaakt(monkeypatch) -> list:
    gemaakt, echt = [], redis.Redis.__init__
    monkeypatch.setattr(
        redis.Redis, "__init__", lambda self, *a, **k: (gemaakt.append(1), echt(self, *a, **k))[1]
    )
    return gemaakt


def test_publishing_makes_one_client_and_every_message_arrives(rij, monkeypatch):
    rij.put({"n": 0})  # the channel and its pool
    gemaakt = _gemaakt(monkeypatch)
    for n in range(1, 4):
        rij.put({"n": n})
    assert gemaakt == []
    ontvangen = [rij.get(timeout=2) for _ in range(4)]
    for bericht in ontvangen:
        bericht.ack()
    assert [bericht.payload["n"] for bericht in ontvangen] == [0, 1, 2, 3]


def test_a_new_pool_gets_a_new_client(rij):
    rij.put({"n": 0})
    kanaal = rij.channel
    oud = kanaal._create_client()
    assert kanaal._create_client() is oud
    kanaal._disconnect_pools()  # what kombu does after a lost connection
    nieuw = kanaal._create_client()
    assert nieuw is not oud and nieuw.connection_pool is kanaal.pool
    rij.put({"n": 1})
    assert [rij.get(timeout=2).payload["n"] for _ in range(2)] == [0, 1]
