"""A throwaway redis-server on a free port, for tests that kill, pause or restart Redis (the
shared one on 6379 keeps running), and pointing the Celery app's broker at it."""

import os
import signal
import subprocess
import time

import redis

from participatiepunt.celery import app
from tests.meldingen.conftest import vrije_poort


class EigenRedis:
    def __init__(self, map_):
        self.poort, self.map, self.proces = vrije_poort(), map_, None

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.poort}/{db}"

    def start(self):
        self.proces = subprocess.Popen(
            ["redis-server", "--port", str(self.poort), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.map)],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        client = redis.Redis.from_url(self.url(0))
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("redis-server startte niet")

    def kill(self):
        os.kill(self.proces.pid, signal.SIGKILL)
        self.proces.wait(timeout=10)

    def stop(self):
        """Killed if it still runs (a test may have killed it already)."""
        if self.proces and self.proces.poll() is None:
            self.kill()

    def pauzeer(self, aan: bool):
        os.kill(self.proces.pid, signal.SIGSTOP if aan else signal.SIGCONT)


def zet_broker(url):
    """Point the Celery app's producer at another broker (its pools are rebuilt)."""
    app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url
