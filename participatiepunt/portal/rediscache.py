"""Django's Redis cache with one client per connection pool, and an INCR in one round trip.
Django's RedisCacheClient makes a new redis.Redis for every command, and building one (its
table of response callbacks) cost more CPU than the command it sends; a client is safe to
share, the pool holds the connections."""

from django.core.cache.backends import redis

# Django's incr() asks EXISTS and then INCRBY: two round trips, and a key that expires between
# them comes back without its timeout (a throttle window that never ends). One script does both.
INCR_ALS_ER = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCRBY', KEYS[1], ARGV[1]) end
return false
"""


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._incr_als_er = None

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]

    def incr(self, key, delta):
        client = self.get_client(key, write=True)
        if self._incr_als_er is None:
            self._incr_als_er = client.register_script(INCR_ALS_ER)
        waarde = self._incr_als_er(keys=[key], args=[delta], client=client)
        if waarde is None:
            raise ValueError(f"Key '{key}' not found.")
        return waarde


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
