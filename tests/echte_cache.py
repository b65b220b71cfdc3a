"""The default cache on the machine's Redis (under a prefix of its own) for one test, and a
client of that Redis as another process has it: for what a process keeps in its own memory
(participatiepunt.portal.werkgeheugen), which must follow a change made elsewhere."""

import time

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

PREFIX = "test-echte-cache"


class AnderProces:
    def __init__(self, client):
        self.client = client

    def vernieuw(self, versie) -> None:
        """Renews a CacheVersie straight in Redis, as a save in another process does."""
        self.client.set(cache.make_key(versie.sleutel), time.time_ns())


@pytest.fixture
def ander_proces():
    if not settings.USES_REDIS:
        pytest.skip("vraagt Redis")
    client = redis.Redis.from_url(settings.REDIS_URL)
    backend = "participatiepunt.portal.rediscache.RedisCache"
    caches = {"default": {"BACKEND": backend, "LOCATION": settings.REDIS_URL, "KEY_PREFIX": PREFIX}}
    try:
        with override_settings(CACHES=caches):
            yield AnderProces(client)
    finally:
        for key in client.scan_iter(f"{PREFIX}:*"):
            client.delete(key)
