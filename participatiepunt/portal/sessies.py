"""Sessions read from the Redis cache and written through to the database (Django's cached_db),
safe while Redis is down: they are read from the database then (the cache misses). A session
deleted or changed meanwhile still sits in Redis as it was; when Redis is back, this process
deletes those entries, so a logged-out session does not come back from the cache."""

import threading

from django.contrib.sessions.backends import cached_db

from .rediscache import bij_herstel, storing

_achtergebleven = set()  # cache keys of sessions written while Redis was down
_lock = threading.Lock()


def _onthoud(store, session_key) -> None:
    if storing.weg and session_key:
        with _lock:
            _achtergebleven.add(store.cache_key_prefix + session_key)


def _ruim_op() -> None:
    with _lock:
        sleutels = list(_achtergebleven)
        _achtergebleven.clear()
    if sleutels:
        SessionStore()._cache.delete_many(sleutels)


bij_herstel(_ruim_op)


class SessionStore(cached_db.SessionStore):
    def save(self, must_create=False):
        super().save(must_create)
        _onthoud(self, self.session_key)

    def delete(self, session_key=None):
        session_key = session_key or self.session_key
        super().delete(session_key)
        _onthoud(self, session_key)
