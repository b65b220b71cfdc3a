"""python -m bench [--scale 1.0]: data, load run against gunicorn, floor, sweeps, table."""

import argparse
import datetime
import os
import time

from . import environment

SECONDS = 20


def _arguments():
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="0.02 for a quick run")
    parser.add_argument(
        "--gemeenten", type=int, default=1, help="gemeenten sharing the installation (default 1)"
    )
    parser.add_argument("--seconds", type=int, default=SECONDS, help="load per page, seconds")
    parser.add_argument("--reuse", action="store_true", help="keep data of the same scale")
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument(
        "--data-only", action="store_true", help="make the data (or reuse it) and stop"
    )
    parser.add_argument("--no-mixed", action="store_true", help="skip the mixed journeys")
    parser.add_argument(
        "--only-mixed",
        action="store_true",
        help="of the pages alone only the floor, then the mixed journeys",
    )
    parser.add_argument("--no-sweeps", action="store_true", help="skip sweeps and fan-out")
    parser.add_argument("--no-cache", action="store_true", help="no cache (figures before it)")
    parser.add_argument("--sql", metavar="PAGE", help="print the SQL of one page and stop")
    parser.add_argument(
        "--compare-scales",
        metavar="A,B",
        help="run the pages at scale A and at scale B (own databases) and compare them",
    )
    parser.add_argument(
        "--fanout", type=int, help="followers for bench/fanout.py (default 20,000 × scale)"
    )
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    if args.compare_scales:
        from . import schalen

        started = time.monotonic()
        lines = schalen.compare(args)
        lines.append(f"Totale duur: {time.monotonic() - started:.0f} s")
        _output(lines)
        return
    if args.no_cache:
        os.environ["BENCH_NO_CACHE"] = "1"
    env = environment.prepare()
    import django

    django.setup()
    from .run import Run

    started = time.monotonic()
    run = Run(args, env)
    lines = run.everything()
    lines.append(f"Totale duur: {time.monotonic() - started:.0f} s")
    _output(lines)


def _output(lines) -> None:
    text = "\n".join(lines) + "\n"
    print(text)
    environment.RESULTS.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = environment.RESULTS / f"{stamp}.txt"
    path.write_text(text, encoding="utf-8")
    print(f"Geschreven naar {path.relative_to(environment.ROOT)}")


if __name__ == "__main__":
    main()
