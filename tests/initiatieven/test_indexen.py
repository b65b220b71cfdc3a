"""The partial indexes serve the queries they were made for: with sequential scans off,
PostgreSQL plans the query along its index (a query whose conditions drift from the index's
condition would no longer match it, and read the whole table at scale again)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from initiatieven import succesvoorbeelden
from initiatieven.models import Initiatief
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _plan(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_intake_count_reads_its_index():
    initiatief = InitiatiefFactory()  # submitted (ingediend) by default
    qs = Initiatief.objects.voor_gemeente(initiatief.gemeente).ingediend()
    with CaptureQueriesContext(connection) as queries:
        assert qs.count() == 1
    # Index-only where the visibility map is current (autovacuum); here it may visit the rows.
    assert "initiatief_ingediend_gemeente" in _plan(queries[0]["sql"])


def test_fitting_succesvoorbeelden_are_read_along_their_index():
    concept = InitiatiefFactory(concept=True)
    sql, params = succesvoorbeelden.passend_bij(concept).query.sql_with_params()
    assert "initiatief_succesvoorbeelden" in _plan(sql, params)
