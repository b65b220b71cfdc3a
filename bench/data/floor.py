"""The floor's table: 100,000 rows in 2,000 groups, indexed on the group (raw SQL: the portal's
migrations must not know it)."""

from datetime import date, timedelta
from decimal import Decimal

from django.db import connection

from bench.floor.models import Groep, Rij

from .table import Table

GROEPEN = 2_000
PER_GROEP = 50

DDL = """
DROP TABLE IF EXISTS bench_floor_rij, bench_floor_groep;
CREATE TABLE bench_floor_groep (id bigint PRIMARY KEY, naam varchar(100) NOT NULL);
CREATE TABLE bench_floor_rij (
    id bigint PRIMARY KEY,
    groep_id bigint NOT NULL REFERENCES bench_floor_groep (id),
    titel varchar(150) NOT NULL, code varchar(20) NOT NULL, omschrijving varchar(300) NOT NULL,
    aantal integer NOT NULL, bedrag numeric(10, 2) NOT NULL, datum date NOT NULL,
    actief boolean NOT NULL, status varchar(20) NOT NULL, plaats varchar(100) NOT NULL
);
"""
INDEX = "CREATE INDEX bench_floor_rij_groep ON bench_floor_rij (groep_id, id)"


def generate(ctx) -> None:
    with connection.cursor() as cursor:
        cursor.execute(DDL)
    Table(Groep, ["id", "naam"]).copy((g, f"Groep {g}") for g in range(1, GROEPEN + 1))
    names = ["id", "groep", "titel", "code", "omschrijving", "aantal", "bedrag", "datum"]
    names += ["actief", "status", "plaats"]
    Table(Rij, names).copy(_rows(ctx))
    with connection.cursor() as cursor:
        cursor.execute(INDEX)
    ctx.count("vloer (rijen)", GROEPEN * PER_GROEP)


def _rows(ctx):
    begin = date(2026, 1, 1)
    for i in range(GROEPEN * PER_GROEP):
        yield (
            i + 1,
            i // PER_GROEP + 1,
            f"Rij nummer {i} met een titel van redelijke lengte",
            f"R-{i:06d}",
            "Een omschrijving van een regel in de vloer van de benchmark, zoals een lijstpagina.",
            i % 997,
            Decimal(i % 100_000) / 100,
            begin + timedelta(days=i % 365),
            i % 3 != 0,
            ("open", "bezig", "klaar")[i % 3],
            ctx.rng.choice(("Groningen", "Haren", "Ten Boer", "Hoogkerk")),
        )
