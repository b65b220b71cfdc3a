"""Two requests at the same moment, for real: each in its own thread with its own database
connection (tests with transactional_db). The first is held at a chosen point until the second
has finished or waits for a lock the first holds; then both run to the end."""

import threading
import time
from contextlib import contextmanager

from django.db import connection, connections

WACHT_HOOGSTENS = 10  # seconds; only reached when the code under test hangs


def _wacht_op_slot() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def _in_draad(doel, resultaten, naam):
    def run():
        try:
            resultaten[naam] = doel()
        finally:
            connections.close_all()

    return threading.Thread(target=run, name=naam)


@contextmanager
def _vastgehouden(monkeypatch, wachtpunt, gepauzeerd, doorgaan):
    klasse, methode = wachtpunt
    origineel = getattr(klasse, methode)

    def vasthouden(*args, **kwargs):
        resultaat = origineel(*args, **kwargs)
        if threading.current_thread().name == "eerste":
            gepauzeerd.set()
            doorgaan.wait(WACHT_HOOGSTENS)
        return resultaat

    monkeypatch.setattr(klasse, methode, vasthouden)
    yield


def gelijktijdig(monkeypatch, eerste, tweede, wachtpunt):
    """Run `eerste` until it returns from `wachtpunt` (class, method name), run `tweede` while
    it is held there, and release it. Returns both results: {"eerste": …, "tweede": …}."""
    gepauzeerd, doorgaan, resultaten = threading.Event(), threading.Event(), {}
    with _vastgehouden(monkeypatch, wachtpunt, gepauzeerd, doorgaan):
        draad_1 = _in_draad(eerste, resultaten, "eerste")
        draad_1.start()
        assert gepauzeerd.wait(WACHT_HOOGSTENS), "the first request never reached the point"
        draad_2 = _in_draad(tweede, resultaten, "tweede")
        draad_2.start()
        einde = time.monotonic() + WACHT_HOOGSTENS
        while draad_2.is_alive() and not _wacht_op_slot() and time.monotonic() < einde:
            time.sleep(0.01)
        doorgaan.set()
        draad_1.join(WACHT_HOOGSTENS), draad_2.join(WACHT_HOOGSTENS)
    return resultaten
