"""The partial indexes serve the queries they were made for: with sequential scans off,
PostgreSQL plans the query along its index (a query whose conditions drift from the index's
condition would no longer match it, and read the whole table at scale again)."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven import succesvoorbeelden, zoeken
from initiatieven.models import Initiatief
from initiatieven.statussen import SUCCESVOORBEELD_STATUSSEN
from initiatieven.views import intake
from participatiepunt.portal.zoeken import zoekvraag
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _plan(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _zonder_indexen(voorwaarde: str):
    """Drops, in the test's own transaction, the table's indexes that meet `voorwaarde` (SQL on
    pg_indexes): on a table of a few rows the planner may take any, at scale only one serves."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'initiatieven_initiatief' "
            f"AND {voorwaarde}"
        )
        for (naam,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{naam}"')


def _zonder_gemeente_index():
    """The plain index on the gemeente's foreign key, beside the partial ones."""
    _zonder_indexen("indexdef LIKE '%(gemeente_id)'")


def _plan_zonder_gemeente_index(sql: str, params=()) -> str:
    _zonder_gemeente_index()
    return _plan(sql, params)


def test_the_intake_count_reads_its_index():
    initiatief = InitiatiefFactory()  # submitted (ingediend) by default
    qs = Initiatief.objects.voor_gemeente(initiatief.gemeente).ingediend()
    with CaptureQueriesContext(connection) as queries:
        assert qs.count() == 1
    # Index-only where the visibility map is current (autovacuum); here it may visit the rows.
    assert "initiatief_ingediend_gemeente" in _plan_zonder_gemeente_index(queries[0]["sql"])


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
    submission makes each filter's count again). The casemanager's index, which may serve
    these on a table of a few rows as well, is left out."""
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(casemanager=None)
    data = QueryDict(filter)
    vorm, waarden = intake.vorm_en_waarden(data, medewerker, initiatief.gemeente)
    qs = intake.wachtrij(vorm, **waarden)
    with CaptureQueriesContext(connection) as queries:
        qs.count()
    _zonder_indexen("indexname = 'initiatief_casemanager_datum'")
    plan = _plan_zonder_gemeente_index(queries[0]["sql"])
    assert "initiatief_ingediend_gemeente" in plan
    index_cond = next(regel for regel in plan.splitlines() if "Index Cond" in regel)
    assert in_de_index in index_cond


@pytest.mark.parametrize("toegewezen", ["mij", "niemand"])
def test_the_intake_page_of_one_casemanager_or_none_is_read_in_order_from_its_index(toegewezen):
    """The newest twenty of one casemanager, or of none, read in the intake's order from the
    index on casemanager and date: without it the date index was read past every newer
    initiative of the others (14 ms at bench scale 1; "nog niet toegewezen" where every
    initiative has its casemanager 140 ms at scale 3, reading all)."""
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(casemanager=medewerker if toegewezen == "mij" else None)
    data = QueryDict(f"toegewezen={toegewezen}")
    vorm, waarden = intake.vorm_en_waarden(data, medewerker, initiatief.gemeente)
    qs = intake.wachtrij(vorm, **waarden)
    sql, params = qs[: intake.PER_PAGINA].query.sql_with_params()
    _zonder_indexen("indexname IN ('initiatief_intake_datum', 'initiatief_ingediend_gemeente')")
    with connection.cursor() as cursor:
        # On a table of a few rows, sorting them is cheaper than any index; at scale it is not.
        cursor.execute("SET LOCAL enable_sort = off")
    plan = _plan_zonder_gemeente_index(sql, params)
    assert "Index Scan Backward using initiatief_casemanager_datum" in plan
    assert "Sort" not in plan.split("SubPlan")[0]


def test_fitting_succesvoorbeelden_are_read_along_their_index():
    concept = InitiatiefFactory(concept=True)
    sql, params = succesvoorbeelden.passend_bij(concept).query.sql_with_params()
    assert "initiatief_succesvoorbeelden" in _plan(sql, params)


def _alleen_de_zoekindex():
    """Every index but the key and the search index: what is left to read a search along is
    the search index, if its condition fits the search's."""
    _zonder_indexen("indexname NOT IN ('initiatief_zoekvector', 'initiatieven_initiatief_pkey')")


@pytest.mark.parametrize(
    "bron",
    [
        Initiatief.objects.openbaar(),
        Initiatief.objects.filter(is_succesvoorbeeld=True, status__in=SUCCESVOORBEELD_STATUSSEN),
    ],
    ids=["initiatieven", "succesvoorbeelden"],
)
def test_both_searches_of_initiatives_read_the_search_index(bron):
    """The index holds the public initiatives only (a saved draft or a submission writes
    nothing into it); the succesvoorbeelden are public too, so both searches fit it."""
    initiatief = InitiatiefFactory(titel="Moestuin", in_gesprek=True)
    qs = zoeken.gevonden(bron, zoekvraag("moestuin"), initiatief.gemeente)
    _alleen_de_zoekindex()
    assert "initiatief_zoekvector" in _plan(*qs.query.sql_with_params())


def test_drafts_and_submissions_stay_out_of_the_search_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index "
            "WHERE indexrelid = 'initiatief_zoekvector'::regclass"
        )
        (voorwaarde,) = cursor.fetchone()
    assert voorwaarde is not None and "'afgerond'" in voorwaarde
    assert "'concept'" not in voorwaarde and "'ingediend'" not in voorwaarde


def test_a_submission_writes_no_index_entry_that_no_query_reads():
    """No LIKE index on the status (no query asks one) and no index on the wijk alone
    (initiatief_wijk_status starts with it): two index entries fewer for every new draft and
    every change of status."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'initiatieven_initiatief'"
        )
        definities = [definitie for (definitie,) in cursor.fetchall()]
    assert not any("varchar_pattern_ops" in definitie for definitie in definities)
    assert not any(definitie.endswith("(wijk_id)") for definitie in definities)
    assert any(definitie.endswith("(status)") for definitie in definities)
    assert any(definitie.endswith("(wijk_id, status)") for definitie in definities)


@pytest.mark.parametrize("zoek", ["COUNT(*)", '"locatie" IS NOT NULL'], ids=["telling", "kaart"])
def test_the_public_list_filtered_on_a_thema_reads_that_thema_from_its_index(client, zoek):
    """The list's count and its map, on a thema, read that thema's public initiatives along
    the index, not past every other one (11-14 ms each on a rebuild at bench scale 3; under 2).
    The indexes that serve them unfiltered are left out: on a few rows either would do."""
    InitiatiefFactory(in_gesprek=True, thema="groen")
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("initiatieven:lijst"), {"thema": "groen"})
    (sql,) = [q["sql"] for q in queries if zoek in q["sql"] and "'groen'" in q["sql"]]
    _zonder_indexen(
        "indexname IN ('initiatief_intake_titel', 'initiatief_ingediend_gemeente', "
        "'initiatief_intake_datum', 'initiatief_status')"
    )
    assert "initiatief_openbaar_thema" in _plan_zonder_gemeente_index(sql)
