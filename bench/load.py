"""Runs locust headless, bounded in time, at 10 concurrent users, and reads its final statistics."""

import json
import secrets
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field, replace

from . import cpu
from .environment import ROOT

USERS = 10
FLOOR = "vloer"
SPAWN_RATE = 100  # all users within 0.1 s: a short run is not mostly its ramp-up
PLAN_FILE = ROOT / "var" / "bench-plan.json"
CPU_FILE = ROOT / "var" / "bench-cpu.json"


@dataclass
class Figures:
    requests: int
    failures: int
    rps: float
    p50: float
    p95: float
    p99: float
    times: Counter = field(default_factory=Counter)  # response time (ms, rounded) -> requests
    server_s: float | None = None  # the server's CPU seconds meanwhile (bench.cpu), if measured
    steal: float | None = None  # the machine's share of time stolen by the VM's neighbours

    @property
    def error_rate(self) -> float:
        return self.failures / self.requests if self.requests else 1.0

    @property
    def cpu_ms(self) -> float | None:
        """The server's CPU ms per request."""
        if self.server_s is None or not self.requests:
            return None
        return 1000 * self.server_s / self.requests


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


def run(base: str, env: dict, selected: str, seconds: int, lead_in: int = 0) -> dict[str, Figures]:
    """lead_in: seconds of the floor first (locustfile), read over their own time as "vloer"."""
    prefix = ROOT / "var" / "bench-locust"
    result = prefix.with_name(prefix.name + ".json")
    result.unlink(missing_ok=True)
    CPU_FILE.unlink(missing_ok=True)
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py")]
    command += ["--headless", "-u", str(USERS), "-r", str(SPAWN_RATE)]
    command += ["-t", f"{seconds + lead_in}s"]
    command += ["--host", base, "--json-file", str(prefix), "--only-summary", "--stop-timeout", "5"]
    command += ["--loglevel", "ERROR", "--exit-code-on-error", "0"]
    child_env = {**env, "BENCH_PLAN": str(PLAN_FILE), "BENCH_PAGE": selected}
    child_env.update(BENCH_LEAD_IN=str(lead_in), BENCH_CPU=str(CPU_FILE))
    with open(ROOT / "var" / "bench-locust.log", "a", encoding="utf-8") as log:
        subprocess.run(command, cwd=ROOT, env=child_env, check=True, stdout=log, stderr=log)
    entries = json.loads(result.read_text(encoding="utf-8"))
    figures = read(entries, apart=(FLOOR,) if lead_in else ())
    return with_server_cpu(figures, cpu.read(CPU_FILE))


def with_server_cpu(figures: dict[str, "Figures"], spent: dict) -> dict:
    """The server's CPU time belongs to what ran after the lead-in: all pages together
    ("Aggregated"), and the page when it ran alone."""
    pages = [name for name in figures if name not in (FLOOR, "Aggregated")]
    for name in ["Aggregated", *pages] if len(pages) == 1 else ["Aggregated"]:
        if name in figures:
            figures[name] = replace(figures[name], **spent)
    return figures


NOTHING = Figures(requests=0, failures=0, rps=0.0, p50=float("nan"), p95=float("nan"), p99=0.0)


def parts(seconds: int, count: int) -> list[int]:
    """The seconds in count parts as even as they go, each at least 1 (locust's least)."""
    return [max(1, seconds // count + (i < seconds % count)) for i in range(count)]


def combined(parts: list[tuple[Figures, int]]) -> Figures:
    """One page's figures from runs of the given seconds: req/s over the whole time, the
    percentiles over all their requests together (the highest of four parts' p95 would be the
    worst part's, not the page's)."""
    requests = sum(figures.requests for figures, _ in parts)
    seconds = sum(length for _, length in parts)
    times = sum((figures.times for figures, _ in parts), Counter())
    spent = [figures.server_s for figures, _ in parts]
    stolen = [(figures.steal, length) for figures, length in parts]
    return Figures(
        requests=requests,
        failures=sum(figures.failures for figures, _ in parts),
        rps=sum(figures.rps * length for figures, length in parts) / seconds,
        p50=_percentile(times, requests, 0.50),
        p95=_percentile(times, requests, 0.95),
        p99=_percentile(times, requests, 0.99),
        times=times,
        server_s=None if None in spent else sum(spent),
        steal=None if None in spent else sum(share * length for share, length in stolen) / seconds,
    )


def read(entries: list[dict], apart=()) -> dict[str, Figures]:
    """Locust's final statistics (its --json-file, written at exit; the CSV is a snapshot taken
    every second, up to a second old), per page and "Aggregated" over all, req/s over the
    whole run as locust computes them. The entries named in apart (the floor's lead-in) are
    each read over their own time, and left out of the rest's time and of "Aggregated"."""
    figures = {entry["name"]: _figures(entry, _window([entry])) for entry in entries
               if entry["name"] in apart}  # fmt: skip
    rest = [entry for entry in entries if entry["name"] not in apart]
    if not rest:
        return figures
    window = _window(rest)
    figures.update({entry["name"]: _figures(entry, window) for entry in rest})
    figures["Aggregated"] = _figures(_together(rest), window)
    return figures


def _window(entries: list[dict]) -> float:
    started = min(entry["start_time"] for entry in entries)
    return max(entry["last_request_timestamp"] or started for entry in entries) - started


def _together(entries: list[dict]) -> dict:
    times = Counter()
    for entry in entries:
        times.update(entry["response_times"])
    return {
        "num_requests": sum(entry["num_requests"] for entry in entries),
        "num_failures": sum(entry["num_failures"] for entry in entries),
        "response_times": times,
    }


def _figures(entry: dict, window: float) -> Figures:
    requests = entry["num_requests"]
    times = Counter({float(ms): count for ms, count in entry["response_times"].items()})
    return Figures(
        requests=requests,
        failures=entry["num_failures"],
        rps=requests / window if window > 0 else 0.0,
        p50=_percentile(times, requests, 0.50),
        p95=_percentile(times, requests, 0.95),
        p99=_percentile(times, requests, 0.99),
        times=times,
    )


def _percentile(times: dict[float, int], requests: int, share: float) -> float:
    """Read from the rounded response times as locust's tables read them: the slowest time
    below which at most the other (1 - share) of the requests lie."""
    if not requests:
        return float("nan")
    above = requests - int(requests * share)
    seen = 0
    for ms in sorted(times, reverse=True):
        seen += times[ms]
        if seen >= above:
            return ms
    return min(times)
