"""One wake-up of delivery for many events. Each committed event pushes its id onto a list in
the broker's Redis; only a push that finds no wake-up on its way sends the task (a flag set
with NX). The task lowers the flag before it takes the list, so an id pushed after that finds
the flag down and sends the next task: no id waits for a wake-up that does not come. Under
load one task plans the mails of many events, and an event costs one Redis round trip instead
of publishing a task. An id whose push failed (Redis down) or whose task was lost is still in
the outbox: the sweep (tasks.veeg_uitgaande_meldingen) delivers it."""

from functools import cache

import redis
from celery import current_app

LIJST = "meldingen:gebeurtenissen"
VLAG = "meldingen:gewekt"
# A lost task (a worker killed before it began) holds back the next wake-up no longer than this.
VLAG_GELDIG = 60
PER_KEER = 1000


@cache
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=2)


def _client() -> redis.Redis:
    return _redis(current_app.conf.broker_url)


def meld(gebeurtenis_id: int) -> bool:
    """Puts the event on the list; True when this call must send the wake-up task."""
    with _client().pipeline(transaction=False) as pijp:
        pijp.rpush(LIJST, gebeurtenis_id)
        pijp.set(VLAG, 1, nx=True, ex=VLAG_GELDIG)
        return bool(pijp.execute()[1])


def niet_gewekt() -> None:
    """Sending the task failed: the next event sends it."""
    _client().delete(VLAG)


def neem_alle() -> list[int]:
    """The ids on the list, taken off it; the flag first, so that a later push wakes again."""
    client = _client()
    client.delete(VLAG)
    ids = []
    while deel := client.lpop(LIJST, PER_KEER):
        ids += map(int, deel)
    return ids


def vergeet() -> None:
    """After the queue was purged (celery purge): the next event wakes at once, not after
    VLAG_GELDIG."""
    _client().delete(VLAG, LIJST)
