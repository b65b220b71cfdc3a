"""python -m bench.profiel PAGE[,PAGE…] [-n 40] [--top 25]: CPU time per request of a page,
in-process with Django's test client against the bench data (made by `python -m bench`), next to
the floor measured the same way. For finding the cause of a miss without a load run; the load
run's figures stay the ones that count. GET pages only."""

import argparse
import cProfile
import os
import pstats
import time

from . import environment


def _arguments():
    parser = argparse.ArgumentParser(prog="python -m bench.profiel", description=__doc__)
    parser.add_argument("pages", help="comma-separated page names, as in the bench table")
    parser.add_argument("-n", type=int, default=40, help="requests per page")
    parser.add_argument("--top", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--no-cache", action="store_true", help="anonymous pages uncached")
    return parser.parse_args()


def _timed(client, urls, n):
    client.get(urls[0])  # warm-up: templates, connection, page cache
    started = time.perf_counter()
    for i in range(n):
        response = client.get(urls[i % len(urls)])
        assert response.status_code == 200, (urls[i % len(urls)], response.status_code)
    return (time.perf_counter() - started) / n * 1000


def main() -> None:
    args = _arguments()
    if args.no_cache:
        os.environ["BENCH_NO_CACHE"] = "1"
    environment.prepare()
    import django

    django.setup()
    from . import pages, queries, sessions
    from .run import ROLES

    keys = sessions.create(ROLES)
    found, _missing = pages.resolve(keys)
    wanted = ["vloer", *args.pages.split(",")]
    by_name = {p.name: p for p in found if p.method == "GET"}
    floor_ms = None
    for name in wanted:
        page = by_name[name]
        client = queries.client_with((keys.get(page.role) or [None])[0])
        ms = _timed(client, page.urls, args.n)
        floor_ms = floor_ms or ms
        print(f"{name:<22} {ms:7.1f} ms/request  {floor_ms / ms:5.2f}× vloer")
        if args.top and name != "vloer":
            _profile(client, page.urls, args.n, args.top)


def _profile(client, urls, n, top) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(n):
        client.get(urls[i % len(urls)])
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
