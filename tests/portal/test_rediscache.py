"""The Redis cache with one client per connection pool, against the real Redis."""

import pytest
from django.conf import settings

from participatiepunt.portal.rediscache import RedisCache

pytestmark = pytest.mark.skipif(not settings.USES_REDIS, reason="vraagt Redis")


@pytest.fixture
def redis_cache():
    cache = RedisCache(settings.REDIS_URL, {"KEY_PREFIX": "test-rediscache"})
    yield cache
    cache.delete_many(["a", "b", "teller"])


def test_it_shares_one_client(redis_cache):
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client(write=True)


def test_it_is_a_working_cache(redis_cache):
    redis_cache.set_many({"a": 1, "b": [2]}, timeout=None)
    assert redis_cache.get_many(["a", "b"]) == {"a": 1, "b": [2]}
    assert redis_cache.add("teller", 0, 60)
    assert redis_cache.incr("teller") == 1
    redis_cache.delete("teller")
    with pytest.raises(ValueError):
        redis_cache.incr("teller")


def test_incr_keeps_the_timeout(redis_cache):
    redis_cache.set("teller", 5, 60)
    assert redis_cache.incr("teller", 2) == 7
    client = redis_cache._cache.get_client()
    assert 0 < client.ttl(redis_cache.make_key("teller")) <= 60


def test_tel_counts_in_a_window_from_the_first_count(redis_cache):
    assert [redis_cache.tel("teller", 60) for _ in range(3)] == [1, 2, 3]
    assert redis_cache.get("teller") == 3
    client = redis_cache._cache.get_client()
    assert 0 < client.ttl(redis_cache.make_key("teller")) <= 60
    client.expire(redis_cache.make_key("teller"), 1000)
    redis_cache.tel("teller", 60)
    assert client.ttl(redis_cache.make_key("teller")) > 60  # a running window keeps its end


def test_tel_is_one_round_trip(redis_cache, monkeypatch):
    redis_cache.tel("teller", 60)  # the script is loaded
    client = redis_cache._cache.get_client()
    commands = []
    connection_class = client.connection_pool.connection_class
    send = connection_class.send_packed_command

    def counted(self, command, *args, **kwargs):
        commands.append(command)
        return send(self, command, *args, **kwargs)

    monkeypatch.setattr(connection_class, "send_packed_command", counted)
    assert redis_cache.tel("teller", 60) == 2
    assert len(commands) == 1
