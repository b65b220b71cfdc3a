"""The load client counts a gzip body as it was sent, without unpacking it (bench/verzonden.py):
unpacking a city's calendar feed cost the client more CPU than the server spent sending it, on
the same cores."""

import gzip
import importlib.util
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.environment import ROOT

# locust comes with the extra `bench` (make bench), not with the suite's own install.
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("locust") is None, reason="locust (extra bench) niet geïnstalleerd"
)

ONGEPAKT = b"BEGIN:VEVENT\r\nSUMMARY:Buurtfeest\r\nEND:VEVENT\r\n" * 5000
INGEPAKT = gzip.compress(ONGEPAKT, mtime=0)


class _Feed(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the next request reuses the connection

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(INGEPAKT)))
        self.end_headers()
        self.wfile.write(INGEPAKT)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# locust patches the whole process with gevent when imported: it runs in a process of its own.
CLIENT = """
import json, sys
from locust.env import Environment
import bench.locustfile as locustfile
locustfile.Journey_anoniem.host = sys.argv[1]  # what --host sets
environment = Environment(user_classes=[locustfile.Journey_anoniem])
gemeten = []
environment.events.request.add_listener(lambda **meta: gemeten.append(meta))
user = locustfile.Journey_anoniem(environment)
user.on_start()
visit = next(iter(user.tasks))
for _ in range(2):  # the second over the same connection: the first body was read whole
    visit(user)
print(json.dumps([[m["exception"] is None, m["response_length"], len(m["response"].content)]
                  for m in gemeten]))
"""


def test_a_gzip_body_is_read_whole_as_sent_and_not_unpacked(server, tmp_path):
    plan = {
        "pages": [{"name": "feed", "role": "anoniem", "urls": ["/feed.ics"], "weight": 1,
                   "method": "GET", "ok": [200], "form": None, "paired": False}],
        "sessions": {}, "csrf": "x",
    }  # fmt: skip
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    env = {**os.environ, "BENCH_PLAN": str(tmp_path / "plan.json"), "BENCH_PAGE": "feed"}
    client = subprocess.run(
        [sys.executable, "-c", CLIENT, server], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert client.returncode == 0, client.stderr
    gemeten = json.loads(client.stdout.strip().splitlines()[-1])
    assert gemeten == [[True, len(INGEPAKT), len(INGEPAKT)]] * 2
