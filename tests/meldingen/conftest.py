"""A real local SMTP server (aiosmtpd) and a real broker for the delivery tests."""

import asyncio
import email
import socket
import threading
from collections import Counter

import pytest
from aiosmtpd.controller import Controller


def vrije_poort() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    """Collects what it accepts, and offers PIPELINING as Postfix does. `houd_vast_bij(n)` parks
    the n-th message mid-transaction until `laat_los()`; that message is then refused (the
    client never got a 250)."""

    def __init__(self):
        self.berichten: list = []
        self._lock = threading.Lock()
        self._vasthouden_bij = None
        self.vastgehouden = threading.Event()
        self._los = threading.Event()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_DATA(self, server, session, envelope):
        if self._moet_vasthouden():
            self.vastgehouden.set()
            while not self._los.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 Verbinding verbroken voor aanvaarding"
        bericht = email.message_from_bytes(envelope.content)
        with self._lock:
            self.berichten.append((tuple(envelope.rcpt_tos), bericht))
        return "250 OK"

    def _moet_vasthouden(self) -> bool:
        with self._lock:
            volgende = len(self.berichten) + 1
        return volgende == self._vasthouden_bij and not self.vastgehouden.is_set()

    def houd_vast_bij(self, nummer: int) -> None:
        self._vasthouden_bij = nummer

    def laat_los(self) -> None:
        self._los.set()

    def per_ontvanger(self) -> Counter:
        with self._lock:
            return Counter(adres for ontvangers, _ in self.berichten for adres in ontvangers)

    def __len__(self):
        with self._lock:
            return len(self.berichten)


class SmtpServer:
    def __init__(self):
        self.poort = vrije_poort()
        self.sink = Sink()
        self._controller = None

    def start(self, handler=None):
        """On its port, with the sink or a handler in front of it (a test's own replies)."""
        self._controller = Controller(handler or self.sink, hostname="127.0.0.1", port=self.poort)
        self._controller.start()

    def met_handler(self, handler):
        self.stop()
        self.start(handler)
        return handler

    def stop(self):
        if self._controller:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp_server(settings):
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.poort
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()
