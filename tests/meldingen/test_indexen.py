"""The tables that grow with every follower or event hold no index that another one already
covers: each index is written for every follow, notification and event (the heartbeat writes
500,000 at once; every submission an event)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

TABELLEN = ("meldingen_volg", "meldingen_melding", "meldingen_gebeurtenis")


def _indexen(tabel: str) -> dict[str, tuple]:
    """{name: (columns, unique, partial)} of the table's indexes."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, array_to_string(i.indkey::int2[], ','), i.indisunique,
                   i.indpred IS NOT NULL
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = %s::regclass
            """,
            [tabel],
        )
        return {naam: (kolommen, uniek, deels) for naam, kolommen, uniek, deels in cursor}


def _kolommen(tekst: str) -> list[str]:
    return tekst.split(",")


@pytest.mark.parametrize("tabel", TABELLEN)
def test_no_plain_index_is_the_start_of_another(tabel):
    indexen = _indexen(tabel)
    overbodig = [
        naam
        for naam, (kolommen, uniek, deels) in indexen.items()
        if not uniek and not deels
        for ander, (andere, _, ander_deels) in indexen.items()
        if ander != naam
        and not ander_deels
        and _kolommen(andere)[: len(_kolommen(kolommen))] == _kolommen(kolommen)
    ]
    assert overbodig == []
