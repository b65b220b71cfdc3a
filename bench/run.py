"""One bench run, step by step; each step says what it does on stderr."""

import json
import os
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass

import redis
from django.conf import settings
from django.db import connection

from . import data, database, load, pages, queries, report, server, sessions, sweeps
from .beurten import Beurten
from .data.accounts import wijken_genoeg
from .server import gunicorn

ROLES = ("inwoner", "indiener", "medewerker", "gebiedsteam", "griffie")
FLOOR = load.FLOOR
# Before each page's half and the mixed run, the floor in the same locust run: a slower phase of
# the machine (a VM's neighbours) then lowers a page and the floor it is divided by alike.
LEAD_IN_S = 3
# A page's load in this many turns: with --compare-scales each scale's parts alternate with the
# other's (A B B A A B B A), so a slow phase of the machine falls on both scales' parts alike.
PARTS = 4
# The mixed run is one figure against one floor, so it too runs in PARTS parts, each after its
# own lead-in: one 10-s floor before it read 307 req/s in a run whose floor averaged 250, and
# decided the verdict alone (1.23× against 1.51×).
LEAD_IN_GEMENGD_S = 5


LABEL = os.environ.get("BENCH_LABEL", "")  # which run of --compare-scales says it


def say(message: str) -> None:
    print(f"{LABEL}{message}", file=sys.stderr, flush=True)


@dataclass
class Measured:
    page: load.Figures
    floor: load.Figures  # the floor's lead-ins before the page's parts
    parts: list[float]  # req/s of each part, in the order measured (bench.schalen pairs them)
    cpu_parts: list[float | None]  # the server's CPU ms per request of each part, in that order


class Run:
    def __init__(self, args, env):
        self.args, self.env = args, env
        self.lines: list[str] = []
        self.cold: dict[str, float] = {}
        self.beurten = Beurten.from_environment()  # --compare-scales: the runs take turns

    def everything(self) -> list[str]:
        try:
            return self._steps()
        finally:
            self.beurten.klaar()

    def _steps(self) -> list[str]:
        with self.beurten.beurt():
            if self.args.sql:  # only reads: never makes, tops up or migrates the data
                self._existing_data()
            else:
                self._data()
            if self.args.data_only:  # e.g. the larger scale of --compare-scales made beforehand
                return self.lines
            redis.Redis.from_url(settings.REDIS_URL).flushdb()
            keys = sessions.create(ROLES)
            found, missing = pages.resolve(keys)
            if self.args.pages:
                wanted = set(self.args.pages.split(",")) | {FLOOR}
                found = [p for p in found if p.name in wanted]
            if self.args.sql:
                return self._sql(found, keys)
            counts = self._queries(found, keys)
            connection.close()
        self._load(found, keys, counts)
        if not (self.args.no_sweeps or self.args.only_mixed):  # --only-mixed: ± 2 minutes
            fanout = self.args.fanout or round(sweeps.FANOUT_FOLLOWERS * self.args.scale)
            with self.beurten.beurt():
                self.lines += sweeps.run(fanout, say)
        self.lines += [f"Niet gemeten (nog niet gebouwd): {', '.join(missing) or 'niets'}"]
        return self.lines

    def _existing_data(self) -> None:
        if database.stored_scale() is None:
            raise SystemExit(f"--sql: geen benchgegevens in {connection.settings_dict['NAME']}")

    def _data(self) -> None:
        scale = self.args.scale
        if self.args.reuse and database.stored_scale() == scale and wijken_genoeg(scale):
            say(f"Bestaande gegevens (schaal {scale}) hergebruikt")
            database.migrate()
            ctx = data.Context(scale=scale)
            aangevuld = data.initiatieven.aanvullen(ctx)
            data.kaart.generate(ctx)  # data an earlier version of the generator did not make
            # After both: a migration may have added a column PostgreSQL has no figures on, and
            # the steps above change rows the planner's figures describe (autovacuum may be off).
            data.analyze()
            kaart = ", ".join(f"{label} {number:,}" for label, number in ctx.counts.items())
            self.lines.append(
                f"Gegevens: schaal {scale} (hergebruikt; {aangevuld} concepten bij; {kaart})"
            )
            return
        connection.close()
        started = time.monotonic()
        say(f"Database {connection.settings_dict['NAME']} opnieuw aanmaken, schaal {scale}")
        database.recreate()
        database.migrate()
        ctx = data.generate(scale, say, gemeenten=getattr(self.args, "gemeenten", 1))
        database.store_scale(scale)
        took = time.monotonic() - started
        counts = ", ".join(f"{label} {number:,}" for label, number in ctx.counts.items())
        self.lines.append(f"Gegevens: schaal {scale}, gemaakt in {took:.0f} s: {counts}")
        if ctx.missing:
            self.lines.append(f"Geen gegevens (model bestaat nog niet): {', '.join(ctx.missing)}")

    def _queries(self, found, keys) -> dict[str, int]:
        counts = {}
        for page in found:
            key = (keys.get(page.role) or [None])[0]
            counts[page.name], statuses, self.cold[page.name] = queries.count(page, key)
            if any(status not in page.ok for status in statuses):
                say(f"  let op: {page.name} gaf {statuses} in de test-client")
        return counts

    def _sql(self, found, keys) -> list[str]:
        page = next(p for p in found if p.name == self.args.sql)
        statements = queries.capture(page, (keys.get(page.role) or [None])[0])
        return [f"{page.urls[0]}: {len(statements)} queries", *statements]

    def _run(self, base, found, keys, selected, seconds, lead_in=LEAD_IN_S) -> dict:
        """One locust run, the floor's lead-in first; the objects a paired page used are
        dropped afterwards."""
        load.write_plan(found, keys)
        figures = load.run(base, self.env, selected, seconds, lead_in=lead_in)
        server.wait_until_idle(base)
        for page in found:
            if page.paired:
                page.urls = page.unused(page.urls)
        connection.close()
        return figures

    def _load(self, found, keys, counts) -> None:
        seconds = self.args.seconds
        with ExitStack() as running:
            with self.beurten.beurt():  # starting and warming up loads the machine too
                base = running.enter_context(gunicorn(self.env))
                say(f"gunicorn op {base}; opwarmen (elke anonieme URL één keer, dan 5 s gemengd)")
                server.warm(base, [url for p in found if p.public for url in p.urls])
                self._run(base, found, keys, "gemengd", 5)
            isolated = {}
            for page in apart(found, self.args.only_mixed):
                isolated[page.name] = self._parts(base, found, keys, page.name, seconds)
            mixed = {} if self.args.no_mixed else self._mixed_parts(base, found, keys, seconds * 3)
        self._tables(found, isolated, mixed, counts)

    def _parts(self, base, found, keys, name, seconds) -> Measured:
        """A page's load in PARTS parts, each a turn of its own and each after the floor's
        lead-in: with --compare-scales the two scales measure it A B B A A B B A (beurten)."""
        parts, floors = [], []
        for part in load.parts(seconds, PARTS):
            with self.beurten.beurt():
                say(f"  belasting {name} ({LEAD_IN_S} s vloer, {part} van {seconds} s)")
                figures = self._run(base, found, keys, name, part)
            parts.append((figures.get(name, load.NOTHING), part))
            floors.append((figures.get(FLOOR, load.NOTHING), LEAD_IN_S))
        rates = [figures.rps for figures, _ in parts]
        work = [figures.cpu_ms for figures, _ in parts]
        return Measured(load.combined(parts), load.combined(floors), rates, work)

    def _mixed_parts(self, base, found, keys, seconds) -> dict:
        """The mixed journeys in PARTS parts, each a turn after its own lead-in, as a page's
        load: each name's figures over all parts, the floor's over all lead-ins."""
        runs = []
        for part in load.parts(seconds, PARTS):
            with self.beurten.beurt():
                say(f"  gemengde belasting ({LEAD_IN_GEMENGD_S} s vloer, {part} van {seconds} s)")
                figures = self._run(base, found, keys, "gemengd", part, LEAD_IN_GEMENGD_S)
            runs.append((figures, part))
        names = {name for figures, _ in runs for name in figures}
        return {name: _combined(runs, name) for name in names}

    def _tables(self, found, isolated, mixed, counts) -> None:
        floors = [(m.floor, PARTS * LEAD_IN_S) for m in isolated.values()]  # all lead-ins
        if mixed:
            floors.append((mixed.pop(FLOOR, load.NOTHING), PARTS * LEAD_IN_GEMENGD_S))
        if not floors:  # --only-mixed --no-mixed
            return
        floor = load.combined(floors)
        cache = "UIT (--no-cache)" if self.args.no_cache else "aan (Redis)"
        self.lines += [
            f"Cache: {cache}; {load.USERS} gebruikers tegelijk; {self.args.seconds} s per pagina",
            report.TARGETS,
            "Tijden in ms; koud = het eerste request van één client alleen (vult de paginacache).",
            report.CPU_NOTE,
            f"Vloer: vóór elke meting {LEAD_IN_S} s (vóór de gemengde {LEAD_IN_GEMENGD_S} s) in "
            "dezelfde locust-run; elke pagina staat als verhouding tot de vloer vlak vóór haar "
            "eigen delen (kolom vloer).",
            f"Vloer over de hele run: gemiddeld {floor.rps:.1f} req/s, laagste "
            f"{min(f.rps for f, _ in floors):.1f}, hoogste {max(f.rps for f, _ in floors):.1f}",
            "",
        ]
        floor_row = report.Row(found[0], floor, counts.get(FLOOR), self.cold.get(FLOOR))
        rows = [floor_row] + [
            report.Row(p, m.page, counts.get(p.name), self.cold.get(p.name), m.floor.rps)
            for p in found
            if (m := isolated.get(p.name))
        ]
        self.lines += report.table("Per pagina apart, 10 verbindingen:", rows, floor.rps)
        _write_figures(rows, floor.rps, self.lines[0], isolated)
        if mixed:
            self._mixed(found, mixed, counts, floors[-1][0].rps)
        self.lines.append("")

    def _mixed(self, found, mixed, counts, floor_rps) -> None:
        total = mixed.pop("Aggregated")
        rows = [report.Row(p, mixed[p.name], counts.get(p.name)) for p in found if p.name in mixed]
        self.lines += [
            "",
            f"Gemengd: {total.rps:.1f} req/s samen = {total.rps / floor_rps:.2f}× de vloer "
            f"vóór zijn {PARTS} delen ({floor_rps:.1f} req/s), p95 {total.p95:.0f} ms, "
            f"{100 * total.error_rate:.1f}% fouten, {_cpu(total)} CPU-ms per request: "
            + report.mixed_verdict(total.rps, total.p95, total.error_rate, floor_rps),
        ]
        title = "Gemengde journeys (req/s is het aandeel; oordeel over p95, fouten, queries):"
        self.lines += report.table(title, rows, floor_rps, share=True)


def _combined(runs: list[tuple[dict, int]], name: str) -> load.Figures:
    """One name's figures over the parts of a run; the floor's over its lead-ins."""
    seconds = LEAD_IN_GEMENGD_S if name == FLOOR else None
    return load.combined(
        [(figures.get(name, load.NOTHING), seconds or part) for figures, part in runs]
    )


def _cpu(figures: load.Figures) -> str:
    if figures.cpu_ms is None:
        return "?"
    return f"{figures.cpu_ms:.1f} (steal {100 * figures.steal:.0f}%)"


def apart(found, only_mixed=False) -> list:
    """The pages loaded one by one: every page but the floor (it leads in to each of them), or
    none with --only-mixed (the mixed journeys still visit them all)."""
    return [] if only_mixed else [page for page in found if page.role != FLOOR]


def _write_figures(rows, floor_rps, data_line, isolated) -> None:
    """For bench.schalen (--compare-scales): this run's figures, where its parent asked."""
    path = os.environ.get("BENCH_FIGURES")
    if not path:
        return
    figures = {
        "floor": floor_rps,
        "data": data_line,
        "pages": {
            row.page.name: {
                "rps": row.figures.rps,
                "floor": row.floor_rps,
                "ratio": row.figures.rps / row.floor_rps,
                "parts": isolated[row.page.name].parts,
                "cpu_parts": isolated[row.page.name].cpu_parts,
                "cpu_ms": row.figures.cpu_ms,
            }
            for row in rows
            if row.page.role != FLOOR
        },
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(figures, handle)
