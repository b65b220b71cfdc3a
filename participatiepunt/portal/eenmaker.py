"""One process makes a missing cache entry; the others that ask for it meanwhile wait for it
instead of making it too (issue 21). A city's calendar feed takes a second or more to make:
when its entry was renewed under load, every gunicorn worker made it at once, and for seconds
the cores were theirs. A waiter makes the entry itself when the maker left without keeping it
(the answer was not one to keep: a 404, a page with a form) or took longer than WACHT_S."""

import time
from contextlib import contextmanager

from django.core.cache import cache

BEZIG_S = 30  # a maker that died leaves its claim this long at most
WACHT_S = 5.0
STAP_S = 0.02


@contextmanager
def een_tegelijk(sleutel: str, lees):
    """Yields what another process made meanwhile (`lees()`), or None: then the caller makes
    and keeps it, and the others wait for it until the block ends."""
    claim = f"{sleutel}:bezig"
    if not cache.add(claim, 1, BEZIG_S):
        yield _gewacht(claim, lees)
        return
    try:
        yield None
    finally:
        cache.delete(claim)


def _gewacht(claim: str, lees):
    tot = time.monotonic() + WACHT_S
    while time.monotonic() < tot:
        time.sleep(STAP_S)
        gevonden = lees()
        if gevonden is not None:
            return gevonden
        if cache.get(claim) is None:  # done: kept just now, or not kept at all
            return lees()
    return None
