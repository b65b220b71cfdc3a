"""The server's CPU time (bench/cpu.py): read from /proc for gunicorn, PostgreSQL and Redis only,
so locust's own work and the VM's steal do not count as the page's."""

import json

import pytest
from django.db import connection

from bench.cpu import TICKS, Meter, read, server_seconds, stolen_and_total


def _process(proc, pid: int, name: str, utime: int, stime: int) -> None:
    # Fields 3 to 13 before utime (14) and stime (15); a name with a space and a bracket.
    rest = " ".join(["S", *["0"] * 10, str(utime), str(stime), "0", "0"])
    (proc / str(pid)).mkdir()
    (proc / str(pid) / "stat").write_text(f"{pid} ({name}) {rest}\n")


def test_only_the_servers_processes_count(tmp_path):
    _process(tmp_path, 10, "gunicorn", utime=3 * TICKS, stime=TICKS)
    _process(tmp_path, 11, "postgres", utime=TICKS, stime=TICKS)
    _process(tmp_path, 12, "redis-server", utime=TICKS, stime=0)
    _process(tmp_path, 13, "python", utime=50 * TICKS, stime=0)  # locust
    _process(tmp_path, 14, "odd (name)", utime=50 * TICKS, stime=0)
    (tmp_path / "self").mkdir()
    assert server_seconds(tmp_path) == 7.0


@pytest.mark.django_db
def test_a_busy_postgres_backend_is_counted():
    before = server_seconds()
    with connection.cursor() as cursor:  # about a second of one backend's CPU
        cursor.execute("select count(*) from generate_series(1, 5000000)")
    assert server_seconds() - before > 0


def test_the_meter_writes_the_time_since_it_started_once(tmp_path, monkeypatch):
    readings = iter([10.0, 12.5])
    machine = iter([(100, 1000), (150, 1500)])
    monkeypatch.setattr("bench.cpu.server_seconds", lambda: next(readings))
    monkeypatch.setattr("bench.cpu.stolen_and_total", lambda: next(machine))
    meter = Meter(str(tmp_path / "cpu.json"))
    meter.start()
    meter.start()  # every visit after the lead-in calls it; only the first reading counts
    meter.write()
    assert json.loads((tmp_path / "cpu.json").read_text()) == {"server_s": 2.5, "steal": 0.1}
    assert read(tmp_path / "cpu.json") == {"server_s": 2.5, "steal": 0.1}


def test_no_reading_is_none(tmp_path):
    Meter(str(tmp_path / "cpu.json")).write()  # never started: nothing ran after the lead-in
    assert read(tmp_path / "cpu.json") == {}
    (tmp_path / "broken.json").write_text("{")
    assert read(tmp_path / "broken.json") == {}


def test_steal_is_the_eighth_figure_of_the_machines_line(tmp_path):
    (tmp_path / "stat").write_text("cpu  100 1 20 800 5 0 4 70 9 0\ncpu0 50 0 10 400 2 0 2 35\n")
    assert stolen_and_total(tmp_path / "stat") == (70, 1000)
