"""Celery's Redis broker with one client per channel for publishing.

kombu's Redis channel makes a new redis.Redis for every message it publishes (_put) and every
other synchronous command; building one (its table of response callbacks) cost a fifth of the
CPU of sending a task, ~0.3 ms of every submission and saved draft. A client is safe to
share, the pool holds the connections (as portal.rediscache does for the cache). The client
is made anew when the channel's pool is (after a disconnect kombu makes a new pool); the
asynchronous client that workers consume with is kombu's own."""

from kombu.transport import redis


class Channel(redis.Channel):
    _client_voor_pool = None

    def _create_client(self, asynchronous=False):
        if asynchronous:
            return super()._create_client(asynchronous=True)
        client = self._client_voor_pool
        if client is None or client.connection_pool is not self.pool:
            client = self._client_voor_pool = super()._create_client()
        return client


class Transport(redis.Transport):
    Channel = Channel
