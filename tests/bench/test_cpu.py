"""The server's CPU time (bench/cpu.py): read from /proc for the bench's own gunicorn, the
PostgreSQL backends on its database and Redis, so locust's work, a test run beside it and the
VM's steal do not count as the page's."""

import json
import os
from pathlib import Path

import pytest
from django.db import connection

from bench.cpu import TICKS, Meter, Server, read, stolen_and_total

ROOT = Path("/work/bench-checkout")


def _process(proc, pid: int, name: str, utime: int, stime: int, cmdline="", cwd="/") -> None:
    # Fields 3 to 13 before utime (14) and stime (15); a name may hold spaces and brackets.
    rest = " ".join(["S", *["0"] * 10, str(utime), str(stime), "0", "0"])
    (proc / str(pid)).mkdir()
    (proc / str(pid) / "stat").write_text(f"{pid} ({name}) {rest}\n")
    (proc / str(pid) / "cmdline").write_bytes(cmdline.replace(" ", "\0").encode())
    os.symlink(cwd, proc / str(pid) / "cwd")


def test_only_the_bench_servers_processes_count(tmp_path):
    _process(tmp_path, 10, "gunicorn", utime=3 * TICKS, stime=TICKS, cwd=str(ROOT))
    _process(tmp_path, 11, "gunicorn", utime=9 * TICKS, stime=0, cwd="/work/ci/main")  # smoke
    backend = "postgres: 15/main: postgres perf_bench_s1 127.0.0.1(5123) idle"
    _process(tmp_path, 12, "postgres", utime=TICKS, stime=TICKS, cmdline=backend)
    _process(tmp_path, 13, "postgres", utime=9 * TICKS, stime=0, cmdline=backend.replace(
        "perf_bench_s1", "t_lead"))  # fmt: skip
    _process(tmp_path, 14, "postgres", utime=9 * TICKS, stime=0, cmdline="postgres: walwriter")
    _process(tmp_path, 15, "redis-server", utime=TICKS, stime=0)
    _process(tmp_path, 16, "python", utime=50 * TICKS, stime=0, cwd=str(ROOT))  # locust
    _process(tmp_path, 17, "odd (name)", utime=50 * TICKS, stime=0)
    (tmp_path / "self").mkdir()
    assert Server("perf_bench_s1", ROOT).seconds(tmp_path) == 7.0


@pytest.mark.django_db
def test_a_busy_backend_on_the_database_is_counted():
    server = Server(connection.settings_dict["NAME"], ROOT)
    before = server.seconds()
    with connection.cursor() as cursor:  # about a second of one backend's CPU
        cursor.execute("select count(*) from generate_series(1, 5000000)")
    assert server.seconds() - before > 0


class _Readings:
    def __init__(self, *values):
        self.values = iter(values)

    def seconds(self):
        return next(self.values)


def test_the_meter_writes_the_time_since_it_started_once(tmp_path, monkeypatch):
    machine = iter([(100, 1000), (150, 1500)])
    monkeypatch.setattr("bench.cpu.stolen_and_total", lambda: next(machine))
    meter = Meter(str(tmp_path / "cpu.json"), _Readings(10.0, 12.5))
    meter.start()
    meter.start()  # every visit after the lead-in calls it; only the first reading counts
    meter.write()
    assert json.loads((tmp_path / "cpu.json").read_text()) == {"server_s": 2.5, "steal": 0.1}
    assert read(tmp_path / "cpu.json") == {"server_s": 2.5, "steal": 0.1}


def test_no_reading_is_none(tmp_path):
    Meter(str(tmp_path / "cpu.json"), _Readings()).write()  # never started: no page ran
    assert read(tmp_path / "cpu.json") == {}
    (tmp_path / "broken.json").write_text("{")
    assert read(tmp_path / "broken.json") == {}


def test_steal_is_the_eighth_figure_of_the_machines_line(tmp_path):
    (tmp_path / "stat").write_text("cpu  100 1 20 800 5 0 4 70 9 0\ncpu0 50 0 10 400 2 0 2 35\n")
    assert stolen_and_total(tmp_path / "stat") == (70, 1000)


def test_the_database_comes_from_the_runs_environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/perf_bench_s3")
    assert Server.from_environment().database == "perf_bench_s3"
