"""Large cached values also kept in this process's own memory (issue 21): a city's calendar feed
is hundreds of KB packed, and every request read it out of Redis again, a transfer (and a copy
in Redis, the client and pickle) that grows with the city. Kept here under a key that holds the
versions it was made under (cacheversie), a request reads only the versions from Redis: a change
made in any process renews a version, and the next request looks for another key. Each value
expires when its Redis entry does, so the timeout that bounds what signals cannot see holds
here too. Bounded in bytes: the least recently used go first."""

import threading
import time
from collections import OrderedDict

# Per process (a gunicorn worker): the jaarkalender feed of a city at scale 3 is 414 KB packed.
MAX_BYTES = 32 * 1024 * 1024


class Werkgeheugen:
    def __init__(self, max_bytes: int = MAX_BYTES):
        self.max_bytes = max_bytes
        self._waarden = OrderedDict()  # sleutel -> (waarde, grootte, verloopt)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, sleutel):
        """The value, or None when this process holds none or it expired."""
        with self._lock:
            gevonden = self._waarden.get(sleutel)
            if gevonden is None:
                return None
            if time.time() >= gevonden[2]:
                self._weg(sleutel)
                return None
            self._waarden.move_to_end(sleutel)
            return gevonden[0]

    def bewaar(self, sleutel, waarde, grootte: int, verloopt: float) -> None:
        """`verloopt`: the time.time() at which its Redis entry expires."""
        if grootte > self.max_bytes:
            return
        with self._lock:
            if sleutel in self._waarden:
                self._weg(sleutel)
            self._waarden[sleutel] = (waarde, grootte, verloopt)
            self._bytes += grootte
            while self._bytes > self.max_bytes:
                self._weg(next(iter(self._waarden)))

    def leeg(self) -> None:
        with self._lock:
            self._waarden.clear()
            self._bytes = 0

    def _weg(self, sleutel) -> None:
        self._bytes -= self._waarden.pop(sleutel)[1]


werkgeheugen = Werkgeheugen()
