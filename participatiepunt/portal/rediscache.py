"""Django's Redis cache with one client per connection pool, an INCR in one round trip, and a
Redis that is down treated as a cache that misses.

Django's RedisCacheClient makes a new redis.Redis for every command, and building one (its
table of response callbacks) cost more CPU than the command it sends; a client is safe to
share, the pool holds the connections.

Redis down: every page answered 500, because the page cache, the cache versions, the throttle
and the sessions all read the cache. Now a connection error is a miss (get returns the
default, a write is dropped, incr finds no key), logged once when Redis goes and once when it
is back. For PAUZE seconds after an error no command tries Redis, so a request does not wait
for a connect timeout on each of its cache calls. What must be undone when Redis is back
(sessions deleted meanwhile) registers with bij_herstel()."""

import logging
import threading
import time
from functools import wraps

from django.core.cache.backends import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

PAUZE = 5.0  # seconds without trying Redis after an error
ONBEREIKBAAR = (RedisConnectionError, RedisTimeoutError)

# Django's incr() asks EXISTS and then INCRBY: two round trips, and a key that expires between
# them comes back without its timeout (a throttle window that never ends). One script does both.
INCR_ALS_ER = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCRBY', KEYS[1], ARGV[1]) end
return false
"""
# A counter in a window that starts with its first count (the form throttle): creating the key
# with its timeout and counting are one round trip, where add() and incr() were two.
TEL_IN_VENSTER = """
redis.call('SET', KEYS[1], 0, 'EX', ARGV[1], 'NX')
return redis.call('INCR', KEYS[1])
"""


class Storing:
    """Per process: whether Redis is down, and until when no command tries it."""

    def __init__(self):
        self.weg = False
        self.probeer_na = 0.0
        self._herstel = []
        self._lock = threading.Lock()

    def pauzeert(self) -> bool:
        return self.weg and time.monotonic() < self.probeer_na

    def begint(self, fout) -> None:
        with self._lock:
            eerste = not self.weg
            self.weg, self.probeer_na = True, time.monotonic() + PAUZE
        if eerste:
            logger.warning(
                "Redis is onbereikbaar (%s): de cache werkt zonder Redis tot het terug is.",
                type(fout).__name__,
            )

    def voorbij(self) -> None:
        with self._lock:
            if not self.weg:
                return
            self.weg = False
        logger.warning("Redis is weer bereikbaar.")
        for herstel in list(self._herstel):
            herstel()

    def bij_herstel(self, callback) -> None:
        self._herstel.append(callback)


storing = Storing()
bij_herstel = storing.bij_herstel


def _niet_gevonden(key, *args):
    raise ValueError(f"Key '{key}' not found.")


def zonder_redis(mis):
    """The command, or what mis(*args) returns as its miss while Redis is unreachable."""

    def decorator(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            if storing.pauzeert():
                return mis(*args, **kwargs)
            try:
                resultaat = method(self, *args, **kwargs)
            except ONBEREIKBAAR as fout:
                storing.begint(fout)
                return mis(*args, **kwargs)
            storing.voorbij()
            return resultaat

        return wrapper

    return decorator


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._incr_als_er = None
        self._tel_in_venster = None

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]

    @zonder_redis(_niet_gevonden)
    def incr(self, key, delta):
        client = self.get_client(key, write=True)
        if self._incr_als_er is None:
            self._incr_als_er = client.register_script(INCR_ALS_ER)
        waarde = self._incr_als_er(keys=[key], args=[delta], client=client)
        if waarde is None:
            raise ValueError(f"Key '{key}' not found.")
        return waarde

    @zonder_redis(lambda key, timeout: 0)
    def tel(self, key, timeout: int) -> int:
        client = self.get_client(key, write=True)
        if self._tel_in_venster is None:
            self._tel_in_venster = client.register_script(TEL_IN_VENSTER)
        return self._tel_in_venster(keys=[key], args=[timeout], client=client)

    get = zonder_redis(lambda key, default=None: default)(redis.RedisCacheClient.get)
    get_many = zonder_redis(lambda keys: {})(redis.RedisCacheClient.get_many)
    has_key = zonder_redis(lambda key: False)(redis.RedisCacheClient.has_key)
    # The key was not there: add succeeds. With False every login waited a second for
    # allauth's rate-limit lock and was refused, and every TOTP code counted as used. The cost:
    # while Redis is down such a lock excludes no one, and a code can be used twice in its 30 s.
    add = zonder_redis(lambda *args: True)(redis.RedisCacheClient.add)
    set = zonder_redis(lambda *args: None)(redis.RedisCacheClient.set)
    set_many = zonder_redis(lambda *args: None)(redis.RedisCacheClient.set_many)
    touch = zonder_redis(lambda *args: False)(redis.RedisCacheClient.touch)
    delete = zonder_redis(lambda key: False)(redis.RedisCacheClient.delete)
    delete_many = zonder_redis(lambda keys: None)(redis.RedisCacheClient.delete_many)
    clear = zonder_redis(lambda: False)(redis.RedisCacheClient.clear)


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def tel(self, key, timeout: int, version=None) -> int:
        """Counts one under `key` and returns the count, within `timeout` seconds from the
        first count (0 while Redis is down: nothing is counted)."""
        key = self.make_and_validate_key(key, version=version)
        return self._cache.tel(key, int(timeout))
