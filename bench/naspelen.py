"""python -m bench.naspelen [-n 600] [--warm 600] [--seed 21]: the mixed journeys replayed in
one process, in order, with a fixed seed: per page its share of the requests and of the server
time, its queries per request, and how often a kept body or part was made anew (and which write
renewed the version it was kept under). Sequential where the load run is concurrent, so it
counts causes rather than measuring throughput; the load run's figures stay the ones that count.
Writes (drafts, submissions, sign-ups) go to the bench database: use a copy of your own."""

import argparse
import random
import time
from collections import Counter, defaultdict
from heapq import heapify, heapreplace
from math import log2
from urllib.parse import urlencode

from . import environment, queries
from .load import USERS

# As in locustfile.py (which reads the load run's plan when imported).
ROLE_WEIGHTS = {
    "anoniem": 10, "inwoner": 4, "indiener": 1, "medewerker": 2, "gebiedsteam": 2, "griffie": 1,
}  # fmt: skip
GZIP = {"Accept-Encoding": "gzip, deflate, br"}  # as locust's FastHttpUser sends


def _arguments():
    parser = argparse.ArgumentParser(prog="python -m bench.naspelen", description=__doc__)
    parser.add_argument("-n", type=int, default=600, help="requests counted")
    parser.add_argument("--warm", type=int, default=600, help="requests before, not counted")
    parser.add_argument("--seed", type=int, default=21)
    return parser.parse_args()


class Telling:
    """What the replay counts, filled in by the wrappers of _meet()."""

    def __init__(self):
        self.pagina = None  # the page of the request being sent
        self.aan = False
        self.verzoeken = Counter()
        self.ms = Counter()
        self.queries = Counter()
        self.gebruikt = defaultdict(Counter)  # page -> kept thing -> reads
        self.gemaakt = defaultdict(Counter)  # page -> kept thing -> made anew
        self.vernieuwd = defaultdict(Counter)  # page (a write) -> version key renewed

    def lees(self, wat, gemaakt):
        if self.aan:
            self.gebruikt[self.pagina][wat] += 1
            self.gemaakt[self.pagina][wat] += gemaakt


def _meet(telling):
    """Wrappers around the caches' entry points: counted, behaviour unchanged."""
    _meet_versies(telling)
    _meet_paginacache(telling)
    _meet_werkvoorraad(telling)


def _meet_versies(telling):
    from participatiepunt.portal import cacheversie

    bewaard, zet = cacheversie.CacheVersie.bewaard, cacheversie._zet

    def geteld_bewaard(self, naam, maak, *args, **kwargs):
        gemaakt = []

        def maak_geteld():
            gemaakt.append(1)
            return maak()

        waarde = bewaard(self, naam, maak_geteld, *args, **kwargs)
        telling.lees(f"{self.sleutel}:{naam.split(':')[0]}", bool(gemaakt))
        return waarde

    def geteld_zet(sleutels):
        if telling.aan:
            for sleutel in sleutels:
                versie, deel = sleutel.split(":deel:")[0], ":deel:" in sleutel
                telling.vernieuwd[telling.pagina][versie + " (deel)" * deel] += 1
        return zet(sleutels)

    cacheversie.CacheVersie.bewaard = geteld_bewaard
    cacheversie._zet = geteld_zet


def _meet_paginacache(telling):
    """Before the views are imported (pages.resolve): the decorator wraps them then."""
    from participatiepunt.portal import paginacache

    bewaar, gecachet = paginacache._bewaar, paginacache._gecachet
    gemist = []

    def geteld_bewaar(sleutel, response, *args, **kwargs):
        gemist.append(1)
        return bewaar(sleutel, response, *args, **kwargs)

    def geteld_gecachet(view, *args, **kwargs):
        inner = gecachet(view, *args, **kwargs)

        def wrapper(request, *args, **kwargs):
            gemist.clear()
            response = inner(request, *args, **kwargs)
            if paginacache._mag_uit_cache(request):
                telling.lees("paginacache", bool(gemist))
            return response

        return wrapper

    paginacache._bewaar, paginacache._gecachet = geteld_bewaar, geteld_gecachet


def _meet_werkvoorraad(telling):
    from participatiepunt.portal import werkvoorraad

    sectie, voor = werkvoorraad._sectie, werkvoorraad.voor
    gemaakt = set()

    def geteld_sectie(taak, nummer, user, gemeente):
        gemaakt.add(taak.titel)
        return sectie(taak, nummer, user, gemeente)

    def geteld_voor(user, gemeente):
        gemaakt.clear()
        secties = voor(user, gemeente)
        for taak in werkvoorraad._taken():
            if taak.voor(user) and taak.versies:
                telling.lees(f"werkvoorraad:{taak.titel}", taak.titel in gemaakt)
        return secties

    werkvoorraad._sectie, werkvoorraad.voor = geteld_sectie, geteld_voor


def _gebruikers(rollen) -> list[str]:
    """The roles of the load run's users (bench/load.py), as locust hands them out by weight:
    each next user to the role whose share it brings closest to its weight (its dispatcher's
    Kullback-Leibler order; locust itself is not imported here, it patches the process for
    gevent)."""
    hoop = [
        (w * log2(w / (w + 1.0)), w + 1.0, w, rol)
        for rol in rollen
        if (w := ROLE_WEIGHTS.get(rol, 1))
    ]
    heapify(hoop)
    gebruikers = []
    for _ in range(USERS):
        _, x, gewicht, rol = hoop[0]
        gebruikers.append(rol)
        heapreplace(hoop, (gewicht * log2(x / (x + 1.0)), x + 1.0, gewicht, rol))
    return gebruikers


def _plan(found, keys, n, seed):
    """(page, session key, url) as the load run's users send them: each user a role and one
    session of it, taking turns (under full load each waits its turn in the same queue), each a
    page of its role by weight; a paired page hands out each of its (url, session) once."""
    rng = random.Random(seed)
    per_rol = defaultdict(list)
    for page in found:
        if page.role != "vloer":
            per_rol[page.role].append(page)
    gebruikers = [(rol, rng.choice(keys.get(rol) or [None])) for rol in _gebruikers(per_rol)]
    wachtrij = {p.name: list(p.unused(p.urls)) for p in found if p.paired}
    for i in range(n):
        rol, sessie = gebruikers[i % len(gebruikers)]
        pages = per_rol[rol]
        page = rng.choices(pages, [p.weight for p in pages])[0]
        if page.paired:
            if not wachtrij[page.name]:
                continue
            url, key = wachtrij[page.name].pop(0)
            yield page, key, url
        else:
            yield page, sessie, rng.choice(page.urls)


def _stuur(client, page, key, url):
    queries.with_session(client, key)
    if page.form is None:
        return client.get(url, headers=GZIP)
    return client.post(url, urlencode(page.form), content_type=queries.FORM, headers=GZIP)


def main() -> None:
    args = _arguments()
    environment.prepare()
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from . import pages, sessions
    from .profiel import _static_files
    from .run import ROLES

    _static_files()
    telling = Telling()
    _meet(telling)
    keys = sessions.create(ROLES)
    found, _missing = pages.resolve(keys)
    client = queries.client_with(None)
    plan = list(_plan(found, keys, args.warm + args.n, args.seed))
    for i, (page, key, url) in enumerate(plan):
        telling.aan, telling.pagina = i >= args.warm, page.name
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = _stuur(client, page, key, url)
            ms = (time.perf_counter() - started) * 1000
        assert response.status_code in page.ok, (page.name, url, response.status_code)
        if telling.aan:
            telling.verzoeken[page.name] += 1
            telling.ms[page.name] += ms
            telling.queries[page.name] += len(captured)
    _druk(telling)


def _druk(telling) -> None:
    totaal_ms = sum(telling.ms.values())
    totaal = sum(telling.verzoeken.values())
    print(f"{totaal} verzoeken, {totaal_ms / totaal:.2f} ms en "
          f"{sum(telling.queries.values()) / totaal:.2f} queries per verzoek")  # fmt: skip
    print(f"{'pagina':<22} {'n':>4} {'tijd%':>6} {'ms/vz':>6} {'q/vz':>5}  gemaakt/gelezen")
    for naam, ms in telling.ms.most_common():
        n = telling.verzoeken[naam]
        kept = ", ".join(
            f"{wat.removeprefix('cacheversie:')} {telling.gemaakt[naam][wat]}/{gelezen}"
            for wat, gelezen in sorted(telling.gebruikt[naam].items())
        )
        print(f"{naam:<22} {n:>4} {ms / totaal_ms * 100:>5.1f}% {ms / n:>6.1f} "
              f"{telling.queries[naam] / n:>5.1f}  {kept}")  # fmt: skip
    print("\nvernieuwd door (schrijvende pagina: versie x keer)")
    for naam, sleutels in sorted(telling.vernieuwd.items()):
        n = telling.verzoeken[naam]
        regels = ", ".join(
            f"{s.removeprefix('cacheversie:')} {k}" for s, k in sorted(sleutels.items())
        )
        print(f"{naam:<22} ({n}x): {regels}")


if __name__ == "__main__":
    main()
