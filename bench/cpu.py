"""The CPU time the server spends: gunicorn's workers, PostgreSQL and Redis, read from /proc.
A process's CPU time is the time it ran, so time the VM's neighbours take (steal) does not
count in it, where it lowers req/s: CPU ms per request is the work a page costs, which the
tables print beside req/s. It is not free of the machine: with a test run beside the bench,
the intake took 17.0 CPU ms a request against 8.0 on a quiet machine (caches shared, cores
switched), which is why both scales are still measured in turns (bench.beurten)."""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

from .environment import ROOT

TICKS = os.sysconf("SC_CLK_TCK")


def _process_seconds(stat: str) -> float:
    """utime + stime of one /proc/<pid>/stat line (fields 14 and 15; the name may hold spaces)."""
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _name(stat: str) -> str:
    return stat[stat.index("(") + 1 : stat.rindex(")")]


class Server:
    """Which processes are the bench's server: its own gunicorn (by working directory: a test
    run or `make smoke` beside it starts another), PostgreSQL's backends on its database (by
    the title PostgreSQL gives them: a test database's are another's work; the shared writer
    and checkpointer are left out), and Redis (one server; the bench's share is most of it)."""

    def __init__(self, database: str, root: Path):
        self.database, self.root = database, str(root)

    @classmethod
    def from_environment(cls) -> "Server":
        """The database of the run's DATABASE_URL (bench.environment), the checkout it runs in."""
        database = urlsplit(os.environ.get("DATABASE_URL", "")).path.lstrip("/")
        return cls(database, ROOT)

    def counts(self, process: Path, name: str) -> bool:
        try:
            if name == "gunicorn":
                return os.readlink(process / "cwd") == self.root
            if name == "postgres":
                title = (process / "cmdline").read_bytes().replace(b"\0", b" ")
                return self.database in title.decode(errors="replace").split()
        except OSError:  # ended meanwhile
            return False
        return name == "redis-server"

    def seconds(self, proc: Path = Path("/proc")) -> float:
        """CPU seconds of every server process now running (one that ended takes its time
        along; gunicorn's workers and their database connections live through a bench run)."""
        total = 0.0
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # ended since the listing
                continue
            if self.counts(entry, _name(stat)):
                total += _process_seconds(stat)
        return total


def stolen_and_total(stat: Path = Path("/proc/stat")) -> tuple[int, int]:
    """The whole machine's steal and all its CPU time so far, in ticks (the first line of
    /proc/stat: user nice system idle iowait irq softirq steal; guest time is in user)."""
    ticks = [int(field) for field in stat.read_text().split("\n", 1)[0].split()[1:9]]
    return ticks[7], sum(ticks)


class Meter:
    """Started when a run's page begins (after the floor's lead-in), written when it stops, to
    the file the harness reads (BENCH_CPU): the server's CPU seconds and the machine's share
    of time stolen by the VM's neighbours meanwhile."""

    def __init__(self, path: str | None, server: Server):
        self.path, self.server, self.started = path, server, None

    def start(self) -> None:
        if self.started is None:
            self.started = (self.server.seconds(), *stolen_and_total())

    def write(self) -> None:
        if not (self.path and self.started):
            return
        server, stolen, total = self.started
        stolen_now, total_now = stolen_and_total()
        steal = (stolen_now - stolen) / (total_now - total) if total_now > total else 0.0
        spent = {"server_s": self.server.seconds() - server, "steal": steal}
        Path(self.path).write_text(json.dumps(spent), encoding="utf-8")


def read(path: Path) -> dict:
    """{"server_s": seconds, "steal": share}, or {} when nothing was measured."""
    try:
        spent = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return spent if isinstance(spent, dict) and "server_s" in spent else {}
