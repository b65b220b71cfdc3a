"""A Redis that is not there is a cache that misses, logged once (no Redis needed)."""

import logging

import pytest

from participatiepunt.portal import rediscache
from participatiepunt.portal.rediscache import RedisCache
from tests.meldingen.conftest import vrije_poort


@pytest.fixture
def cache_zonder_redis(monkeypatch):
    monkeypatch.setattr(rediscache.storing, "weg", False)
    monkeypatch.setattr(rediscache, "PAUZE", 0)  # every command tries, and fails
    options = {"socket_connect_timeout": 0.5}
    return RedisCache(f"redis://127.0.0.1:{vrije_poort()}/0", {"OPTIONS": options})


def test_every_command_misses(cache_zonder_redis, caplog):
    cache = cache_zonder_redis
    caplog.set_level(logging.WARNING, logger=rediscache.logger.name)
    assert cache.get("a", "standaard") == "standaard"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.get_or_set("versie", lambda: 7) == 7
    assert cache.add("a", 1)  # it was not there
    cache.set("a", 1)
    assert cache.set_many({"a": 1}) == []
    assert not cache.has_key("a")
    assert not cache.touch("a")
    assert not cache.delete("a")
    cache.delete_many(["a"])
    with pytest.raises(ValueError):
        cache.incr("teller")
    assert cache.tel("teller", 60) == 0  # nothing counted: a throttle lets the post through
    [regel] = caplog.records
    assert "onbereikbaar" in regel.message


def test_while_it_pauses_no_command_waits_for_redis(cache_zonder_redis, monkeypatch):
    cache_zonder_redis.get("a")
    monkeypatch.setattr(rediscache, "PAUZE", 60)
    rediscache.storing.begint(ConnectionError())
    monkeypatch.setattr(cache_zonder_redis._cache, "_get_connection_pool", None)  # unused
    assert cache_zonder_redis.get("a", 1) == 1
