"""The partial indexes serve the queries they were made for: with sequential scans off,
PostgreSQL plans the query along its index (a query whose conditions drift from the index's
condition would no longer match it, and read the whole table at scale again)."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from initiatieven import succesvoorbeelden
from initiatieven.models import Initiatief
from initiatieven.views import intake
from tests.factories.accounts import UserFactory
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


@pytest.mark.parametrize(
    ("filter", "in_de_index"),
    [
        ("status=ingediend", "'ingediend'"),
        ("toegewezen=niemand", "casemanager_id IS NULL"),
        ("toegewezen=mij", "casemanager_id = "),
    ],
)
def test_the_intake_filters_count_along_the_index(filter, in_de_index):
    """Each filter a condition of the index, not a filter on the rows it read (every
    submission makes each filter's count again)."""
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(casemanager=None)
    data = QueryDict(filter)
    qs = intake._filter(intake._zichtbaar_voor(medewerker, initiatief.gemeente), data, medewerker)
    with CaptureQueriesContext(connection) as queries:
        qs.count()
    plan = _plan(queries[0]["sql"])
    assert "initiatief_ingediend_gemeente" in plan
    index_cond = next(regel for regel in plan.splitlines() if "Index Cond" in regel)
    assert in_de_index in index_cond


def test_fitting_succesvoorbeelden_are_read_along_their_index():
    concept = InitiatiefFactory(concept=True)
    sql, params = succesvoorbeelden.passend_bij(concept).query.sql_with_params()
    assert "initiatief_succesvoorbeelden" in _plan(sql, params)
