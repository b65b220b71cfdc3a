"""One wake-up of a task for many rows to handle. Each commit pushes its ids onto a list in the
broker's Redis; only a push that finds no wake-up on its way sends the task (a flag set with
NX). The task lowers the flag before it takes the list, so an id pushed after that finds the
flag down and sends the next task: no id waits for a wake-up that does not come. Under load one
task handles the ids of many requests, and a request costs one Redis round trip instead of
publishing a task (about 1 ms of its CPU). An id whose push failed (Redis down) or whose task
was lost is still in its outbox: a sweep handles it (for events
tasks.veeg_uitgaande_meldingen)."""

from functools import cache

import redis
from celery import current_app

# A lost task (a worker killed before it began) holds back the next wake-up no longer than this.
VLAG_GELDIG = 60
PER_KEER = 1000


@cache
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=2)


def _client() -> redis.Redis:
    return _redis(current_app.conf.broker_url)


_ALLE = []


class Wekker:
    def __init__(self, lijst: str, vlag: str):
        self.lijst, self.vlag = lijst, vlag
        _ALLE.append(self)

    def wek(self, ids, *, taak, direct) -> None:
        """After the commit of `ids`. In-process there is nothing to wait for: `direct(ids)`
        handles them at once. Else `taak` (taking the list) is sent when no wake-up is on its
        way; when sending fails, the next commit sends it."""
        if current_app.conf.task_always_eager:
            direct(ids)
        elif self.meld(*ids):
            try:
                taak.delay()
            except Exception:
                self.niet_gewekt()
                raise

    def meld(self, *ids: int) -> bool:
        """Puts the ids on the list; True when this call must send the wake-up task."""
        with _client().pipeline(transaction=False) as pijp:
            pijp.rpush(self.lijst, *ids)
            pijp.set(self.vlag, 1, nx=True, ex=VLAG_GELDIG)
            return bool(pijp.execute()[1])

    def niet_gewekt(self) -> None:
        """Sending the task failed: the next commit sends it."""
        _client().delete(self.vlag)

    def neem_alle(self) -> list[int]:
        """The ids on the list, taken off it; the flag first, so that a later push wakes
        again."""
        client = _client()
        client.delete(self.vlag)
        ids = []
        while deel := client.lpop(self.lijst, PER_KEER):
            ids += map(int, deel)
        return ids

    def vergeet(self) -> None:
        """After the queue was purged (celery purge): the next commit wakes at once, not after
        VLAG_GELDIG."""
        _client().delete(self.vlag, self.lijst)


def vergeet_alle() -> None:
    """After the queue was purged: every list and flag."""
    for wekker in _ALLE:
        wekker.vergeet()


GEBEURTENISSEN = Wekker("meldingen:gebeurtenissen", "meldingen:gewekt")
