"""A local stand-in for the PDOK Locatieserver: a thread with http.server that answers the free
search from the recorded responses in tests/gebieden/locatieserver/ (<postcode>-<huisnummer>.json,
else the empty answer). Three postcodes misbehave: 9999ZZ answers 500, 9998ZZ answers too late,
9997ZZ answers something that is not JSON."""

import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ANTWOORDEN = Path(__file__).parent / "gebieden" / "locatieserver"
VRAAG = re.compile(r"postcode:(\w+) and huisnummer:(\d+)")
FOUT, TE_LAAT, ONZIN = "9999ZZ", "9998ZZ", "9997ZZ"
TE_LAAT_S = 2.5


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        parameters = parse_qs(urlsplit(self.path).query)
        self.server.vragen.append(parameters)
        gevonden = VRAAG.search(parameters.get("q", [""])[0])
        postcode, nummer = gevonden.groups() if gevonden else ("", "")
        if postcode == FOUT:
            return self._antwoord(500, b"Internal Server Error", "text/plain")
        if postcode == TE_LAAT:
            time.sleep(TE_LAAT_S)
        if postcode == ONZIN:
            return self._antwoord(200, b"<html>onderhoud</html>", "text/html")
        bestand = ANTWOORDEN / f"{postcode}-{nummer}.json"
        if not bestand.exists():
            bestand = ANTWOORDEN / "leeg.json"
        self._antwoord(200, bestand.read_bytes(), "application/json")

    def _antwoord(self, status, inhoud, soort):
        try:
            self.send_response(status)
            self.send_header("Content-Type", soort)
            self.send_header("Content-Length", str(len(inhoud)))
            self.end_headers()
            self.wfile.write(inhoud)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case)

    def log_message(self, *args):
        pass


class NepLocatieserver:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.vragen = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/search/v3_1/free"

    @property
    def vragen(self) -> list[dict]:
        return self.server.vragen

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
