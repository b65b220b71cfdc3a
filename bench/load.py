"""Runs locust headless, bounded in time, at 10 concurrent users, and reads its CSV summary."""

import csv
import json
import subprocess
import sys
from dataclasses import dataclass

from .environment import ROOT

USERS = 10
PLAN_FILE = ROOT / "var" / "bench-plan.json"


@dataclass
class Figures:
    requests: int
    failures: int
    rps: float
    p50: float
    p95: float
    p99: float

    @property
    def error_rate(self) -> float:
        return self.failures / self.requests if self.requests else 1.0


def write_plan(pages, sessions) -> None:
    plan = {
        "pages": [
            {"name": p.name, "role": p.role, "urls": p.urls, "weight": p.weight,
             "method": p.method, "ok": list(p.ok)}
            for p in pages
        ],
        "sessions": sessions,
    }  # fmt: skip
    PLAN_FILE.write_text(json.dumps(plan), encoding="utf-8")


def run(base: str, env: dict, selected: str, seconds: int) -> dict[str, Figures]:
    prefix = ROOT / "var" / "bench-locust"
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py")]
    command += ["--headless", "-u", str(USERS), "-r", str(USERS), "-t", f"{seconds}s"]
    command += ["--host", base, "--csv", str(prefix), "--only-summary", "--stop-timeout", "5"]
    command += ["--loglevel", "ERROR", "--exit-code-on-error", "0"]
    child_env = {**env, "BENCH_PLAN": str(PLAN_FILE), "BENCH_PAGE": selected}
    with open(ROOT / "var" / "bench-locust.log", "a", encoding="utf-8") as log:
        subprocess.run(command, cwd=ROOT, env=child_env, check=True, stdout=log, stderr=log)
    return _read(prefix.with_name(prefix.name + "_stats.csv"))


def _read(path) -> dict[str, Figures]:
    figures = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            figures[row["Name"]] = Figures(
                requests=int(row["Request Count"]),
                failures=int(row["Failure Count"]),
                rps=float(row["Requests/s"]),
                p50=float(row["50%"]),
                p95=float(row["95%"]),
                p99=float(row["99%"]),
            )
    return figures
