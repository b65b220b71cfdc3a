"""gunicorn with the bench settings (production plus the floor) and production's number of sync
workers (participatiepunt/gunicorn.py), on a free port of 127.0.0.1; stopped by its own pid."""

import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager

from participatiepunt.gunicorn import workers as WORKERS

from .environment import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, process, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"gunicorn stopte (code {process.returncode}); zie var/bench-gunicorn.log"
            )
        try:
            # A busy machine takes seconds for a worker's first request (imports, connections).
            urllib.request.urlopen(url, timeout=30).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn antwoordt niet op {url}")


@contextmanager
def gunicorn(env: dict[str, str]):
    port = _free_port()
    log = ROOT / "var" / "bench-gunicorn.log"
    log.parent.mkdir(exist_ok=True)
    command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "participatiepunt.wsgi:application"]
    command += ["--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"127.0.0.1:{port}"]
    command += ["--timeout", "60", "--error-logfile", str(log)]
    # Its own: the control socket's default path is one per user, shared by every gunicorn.
    command += ["--no-control-socket"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/bench/floor/1/", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_idle(base: str, seconds: float = 120) -> None:
    """Requests still running after a locust run (sync workers finish what they accepted)
    would slow the next page's measurement: wait until the floor answers quickly again."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            urllib.request.urlopen(f"{base}/bench/floor/1/", timeout=seconds).read()
        except OSError:
            continue
        if time.monotonic() - started < 0.5:
            return


def warm(base: str, urls, seconds: float = 300) -> None:
    """Fill the page cache once for every anonymous URL (one visitor, one after another)."""
    deadline = time.monotonic() + seconds
    for url in urls:
        if time.monotonic() > deadline:
            return
        try:
            urllib.request.urlopen(f"{base}{url}", timeout=120).read()
        except OSError:
            continue
