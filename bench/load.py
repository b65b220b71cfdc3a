"""Runs locust headless, bounded in time, at 10 concurrent users, and reads its CSV summary."""

import csv
import json
import secrets
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
             "method": p.method, "ok": list(p.ok), "form": p.form, "paired": p.paired}
            for p in pages
        ],
        "sessions": sessions,
        "csrf": secrets.token_hex(16),
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


NOTHING = Figures(requests=0, failures=0, rps=0.0, p50=float("nan"), p95=float("nan"), p99=0.0)


def _read(path) -> dict[str, Figures]:
    figures = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            figures[row["Name"]] = Figures(
                requests=int(row["Request Count"]),
                failures=int(row["Failure Count"]),
                rps=_number(row["Requests/s"]),
                p50=_number(row["50%"]),
                p95=_number(row["95%"]),
                p99=_number(row["99%"]),
            )
    return figures


def _number(text: str) -> float:
    return float("nan") if text == "N/A" else float(text)
