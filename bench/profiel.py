"""python -m bench.profiel PAGE[,PAGE…] [-n 40] [--top 25]: CPU time per request of a page,
in-process with Django's test client against the bench data (made by `python -m bench`), next to
the floor measured the same way. For finding the cause of a miss without a load run; the load
run's figures stay the ones that count. Each page: wall time, and the CPU of this process and of
its PostgreSQL backend (on a busy machine the CPU holds better than the wall time). A POST page
posts its form; a paired one (indienen) uses each of its drafts once, so it needs n + 1 drafts
that are still drafts."""

import argparse
import cProfile
import os
import pstats
import time
from pathlib import Path
from urllib.parse import urlencode

from . import environment, queries


def _arguments():
    parser = argparse.ArgumentParser(prog="python -m bench.profiel", description=__doc__)
    parser.add_argument("pages", help="comma-separated page names, as in the bench table")
    parser.add_argument("-n", type=int, default=40, help="requests per page")
    parser.add_argument("--top", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--no-cache", action="store_true", help="anonymous pages uncached")
    parser.add_argument("--dump", help="also write each page's profile to DUMP.<page>.prof")
    parser.add_argument(
        "--vernieuw",
        default="",
        help="comma-separated CacheVersie names (e.g. initiatieven:intake) renewed before each "
        "request: what the page costs right after a write that renews them",
    )
    return parser.parse_args()


def _requests(page, n, session_key):
    """n + 1 (session key, url) pairs, the first a warm-up: templates, connection, page cache."""
    if page.paired:
        entries = page.unused(page.urls)[: n + 1]
        assert len(entries) == n + 1, f"{page.name}: {len(entries)} drafts left, {n + 1} needed"
        return [(key, url) for url, key in entries]
    return [(session_key, page.urls[i % len(page.urls)]) for i in range(n + 1)]


def _send(page, client, session_key, url, vernieuw=()):
    """One client for all (a new one would set up the middleware again), with the session of
    this request."""
    for versie in vernieuw:
        versie.gewijzigd()
    queries.with_session(client, session_key)
    if page.form is None:
        return client.get(url)
    return client.post(url, urlencode(page.form), content_type=queries.FORM)


def _postgres_cpu() -> float:
    """CPU seconds of this connection's PostgreSQL backend so far (same machine: /proc)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def _timed(page, client, requests, vernieuw=()) -> tuple[float, float, float]:
    """Per request in ms: wall time, this process's CPU, the PostgreSQL backend's CPU. On a
    busy machine the CPU figures hold better than the wall time."""
    _send(page, client, *requests[0])
    postgres, cpu, started = _postgres_cpu(), time.process_time(), time.perf_counter()
    for session_key, url in requests[1:]:
        response = _send(page, client, session_key, url, vernieuw)
        assert response.status_code in page.ok, (url, response.status_code)
    gemeten = (time.perf_counter() - started, time.process_time() - cpu)
    n = len(requests) - 1
    return *(seconden / n * 1000 for seconden in gemeten), (_postgres_cpu() - postgres) / n * 1000


def main() -> None:
    args = _arguments()
    if args.no_cache:
        os.environ["BENCH_NO_CACHE"] = "1"
    environment.prepare()
    import django

    django.setup()
    _static_files()
    from . import pages, sessions
    from .run import ROLES

    keys = sessions.create(ROLES)
    found, _missing = pages.resolve(keys)
    vernieuw = _versies(args.vernieuw)
    wanted = ["vloer", *args.pages.split(",")]
    by_name = {p.name: p for p in found}
    floor_ms = floor_cpu = None
    for name in wanted:
        page = by_name[name]
        session_key = (keys.get(page.role) or [None])[0]
        client = queries.client_with(None)
        requests = _requests(page, args.n, session_key)
        ms, cpu, postgres = _timed(page, client, requests, vernieuw if name != "vloer" else ())
        floor_ms, floor_cpu = floor_ms or ms, floor_cpu or cpu + postgres
        print(
            f"{name:<22} {ms:7.1f} ms/request  {floor_ms / ms:5.2f}× vloer   CPU {cpu:5.1f} ms + "
            f"PostgreSQL {postgres:4.1f} ms  {floor_cpu / (cpu + postgres):5.2f}× vloer"
        )
        if args.top and name != "vloer":
            requests = _requests(page, args.n, session_key)[1:]  # a paired page's next drafts
            dump = args.dump and f"{args.dump}.{name}.prof"
            _profile(page, client, requests, args.top, dump, vernieuw)


def _versies(namen: str) -> list:
    """The CacheVersies by name (without "cacheversie:"), once every app has made its own."""
    from participatiepunt.portal import cacheversie

    alle = {versie.sleutel.removeprefix("cacheversie:"): versie for versie in cacheversie._ALLE}
    return [alle[naam] for naam in namen.split(",") if naam]


def _static_files() -> None:
    """The production settings read a manifest; a new checkout has not collected one yet."""
    from django.conf import settings
    from django.core.management import call_command

    if not (settings.STATIC_ROOT / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)


def _profile(page, client, requests, top, dump=None, vernieuw=()) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for session_key, url in requests:
        _send(page, client, session_key, url, vernieuw)
    profiler.disable()
    if dump:
        profiler.dump_stats(dump)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
