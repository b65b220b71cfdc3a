"""python -m bench --compare-scales 1,3 (what `make bench` runs): the pages and the mixed
journeys at the first scale, then the same pages, the sweeps (the heartbeat over the larger
scale's follows) and the fan-out at the second, and a table comparing the pages. Each scale is a
bench run of its own (a child process printing its own table) on its own database, so both
datasets stay for a next run with --reuse; each writes its figures to a file this module compares.

Absolute req/s on a shared machine drift between the runs, so the judgement compares each page's
ratio to the floor measured in its own run; req/s are printed beside it."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .environment import DATABASE_NAME, ROOT
from .sweeps import FANOUT_FOLLOWERS

MAX_LOSS = 0.10  # a page at the larger scale may be at most 10% below the smaller one
FORWARDED = ("seconds", "pages")


def database_for(scale: float) -> str:
    return f"{DATABASE_NAME}_s{scale:g}".replace(".", "_")


def _child(args, scale: float, figures: Path, first: bool) -> None:
    command = [sys.executable, "-m", "bench", "--scale", f"{scale:g}"]
    # Each run once: the mixed journeys at the first scale, the sweeps over the larger's follows.
    command += ["--no-mixed"] if args.no_mixed or not first else []
    command += ["--no-sweeps"] if args.no_sweeps or first else []
    command += [] if first else ["--fanout", str(args.fanout or FANOUT_FOLLOWERS)]
    for name in FORWARDED:
        if getattr(args, name):
            command += [f"--{name}", str(getattr(args, name))]
    command += ["--reuse"] if args.reuse else []
    command += ["--no-cache"] if args.no_cache else []
    env = {**_environment(), "BENCH_DATABASE": database_for(scale)}
    env["BENCH_FIGURES"] = str(figures)
    env.pop("DATABASE_URL", None)  # derived from BENCH_DATABASE by bench.environment
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def _environment() -> dict:
    import os

    return dict(os.environ)


def compare(args) -> list[str]:
    scales = [float(s) for s in args.compare_scales.split(",")]
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for scale in scales:
            path = Path(folder) / f"{scale:g}.json"
            _child(args, scale, path, first=scale == scales[0])
            figures[scale] = json.loads(path.read_text(encoding="utf-8"))
    return table(scales[0], scales[-1], figures[scales[0]], figures[scales[-1]])


def table(small: float, large: float, a: dict, b: dict) -> list[str]:
    header = (
        f"{'pagina':<20} {'req/s ' + f'{small:g}':>10} {'req/s ' + f'{large:g}':>10} "
        f"{'×vloer':>7} {'×vloer':>7} {'verschil':>9}  oordeel"
    )
    lines = [
        f"Schaalvergelijking {small:g} tegen {large:g} (doel: ×vloer op schaal {large:g} "
        f"hoogstens {MAX_LOSS:.0%} lager)",
        f"Vloer: {a['floor']:.1f} req/s op schaal {small:g}, {b['floor']:.1f} op {large:g}; "
        f"gegevens {a['data']} / {b['data']}",
        header,
        "-" * len(header),
    ]
    for name, one in a["pages"].items():
        other = b["pages"].get(name)
        if other is None:
            lines.append(f"{name[:20]:<20} ontbreekt op schaal {large:g}")
            continue
        change = other["ratio"] / one["ratio"] - 1 if one["ratio"] else float("nan")
        outcome = "PASS" if change >= -MAX_LOSS else "MISS"
        lines.append(
            f"{name[:20]:<20} {one['rps']:>10.1f} {other['rps']:>10.1f} {one['ratio']:>6.2f}× "
            f"{other['ratio']:>6.2f}× {100 * change:>+8.1f}%  {outcome}"
        )
    return lines
