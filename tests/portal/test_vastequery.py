"""A query whose SQL is built once per process: the same objects as the ORM gives, for any
values, with the SQL built only on the first call."""

from datetime import UTC, datetime
from unittest import mock

import pytest
from django.db import connection, transaction
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext

from initiatieven import gesprek
from initiatieven.models import Initiatief
from participatiepunt.meldingen.models import Melding
from participatiepunt.portal.vastequery import VasteQuery, VasteVormen, achter
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


def _met_gelezen(pk, lezer):
    lezen = gesprek.met_gelezen_tot(Initiatief.objects.all(), lezer)
    return lezen.select_related("wijk", "indiener", "casemanager").filter(pk=pk)


def _zelfde(a, b):
    assert a.__dict__.keys() == b.__dict__.keys()
    velden = {k: v for k, v in a.__dict__.items() if k != "_state"}
    assert velden == {k: v for k, v in b.__dict__.items() if k != "_state"}
    assert (a.wijk.naam, a.indiener.email, a.casemanager) == (
        b.wijk.naam,
        b.indiener.email,
        b.casemanager,
    )


def test_the_same_objects_as_the_orm_for_each_value():
    lezer = UserFactory(medewerker=True)
    een, twee = InitiatiefFactory(in_gesprek=True, casemanager=lezer), InitiatiefFactory()
    gesprek.markeer_gelezen(initiatief=een, lezer=lezer)
    vast = VasteQuery(_met_gelezen, "pk", "lezer")
    for initiatief in (een, twee, een):
        [rij] = vast.rijen(pk=initiatief.pk, lezer=lezer.pk)
        _zelfde(rij, _met_gelezen(initiatief.pk, lezer.pk).get())
    assert vast.rijen(pk=twee.pk + 1000, lezer=lezer.pk) == []
    assert vast.rijen(pk=een.pk, lezer=lezer.pk)[0].gelezen_tot is not None
    assert vast.rijen(pk=een.pk, lezer=UserFactory().pk)[0].gelezen_tot is None


def test_the_sql_is_built_once():
    initiatief = InitiatiefFactory()
    vast = VasteQuery(_met_gelezen, "pk", "lezer")
    vast.rijen(pk=initiatief.pk, lezer=initiatief.indiener_id)
    with mock.patch.object(SQLCompiler, "as_sql", autospec=True) as as_sql:
        [rij] = vast.rijen(pk=initiatief.pk, lezer=initiatief.indiener_id)
    assert rij.pk == initiatief.pk
    as_sql.assert_not_called()


def test_none_and_values_beyond_32_bits_go_through_the_orm():
    initiatief = InitiatiefFactory()
    vast = VasteQuery(_met_gelezen, "pk", "lezer")
    assert vast.rijen(pk=initiatief.pk, lezer=None)[0].gelezen_tot is None
    assert vast.rijen(pk=2**40, lezer=initiatief.indiener_id) == []


def test_a_value_that_is_no_parameter_is_refused():
    vast = VasteQuery(lambda pk, ander: Initiatief.objects.filter(pk=pk), "pk", "ander")
    with pytest.raises(ValueError, match="ander"):
        vast.rijen(pk=1, ander=2)


def _meldingen_na(ontvanger, na):
    meldingen = Melding.objects.filter(ontvanger=ontvanger, aangemaakt_op__gt=na).order_by("pk")
    return meldingen.values("pk", "gelezen_op", titel=F("gebeurtenis__titel"))


JAAR_1971 = datetime(1971, 1, 1, tzinfo=UTC)


def test_a_values_query_with_a_stand_in_gives_the_same_dicts_built_once():
    vast = VasteQuery(_meldingen_na, "ontvanger", na=JAAR_1971)
    na = datetime(2000, 1, 1, tzinfo=UTC)
    for gebruiker in UserFactory.create_batch(2):
        MeldingFactory.create_batch(3, ontvanger=gebruiker)
        MeldingFactory(ontvanger=gebruiker, gelezen=True)
        assert vast.rijen(ontvanger=gebruiker.pk, na=na) == list(_meldingen_na(gebruiker.pk, na))
    with mock.patch.object(SQLCompiler, "as_sql", autospec=True) as as_sql:
        assert len(vast.rijen(ontvanger=gebruiker.pk, na=na)) == 4
    as_sql.assert_not_called()


def test_a_value_of_another_type_than_its_stand_in_goes_through_the_orm():
    gebruiker = MeldingFactory().ontvanger
    vast = VasteQuery(_meldingen_na, "ontvanger", na=JAAR_1971)
    assert vast.rijen(ontvanger=gebruiker.pk, na="1999-01-01") == list(
        _meldingen_na(gebruiker.pk, "1999-01-01")
    )


def test_two_names_with_one_stand_in_are_refused():
    with pytest.raises(ValueError, match="stand-in"):
        VasteQuery(_meldingen_na, ontvanger=JAAR_1971, na=JAAR_1971)


def _met_procent(pk):
    return (
        Initiatief.objects.filter(pk=pk).annotate(procent=RawSQL("'100%%'", ())).values("procent")
    )


def test_the_statement_is_prepared_once_per_connection_and_run_by_name():
    initiatief = InitiatiefFactory()
    vast = VasteQuery(_met_procent, "pk")
    with CaptureQueriesContext(connection) as eerste:
        assert vast.rijen(pk=initiatief.pk) == [{"procent": "100%"}]
    with CaptureQueriesContext(connection) as tweede:
        assert vast.rijen(pk=initiatief.pk + 1) == []
    # PREPARE goes by the raw connection: one query each, as the ORM's own would be
    assert [len(eerste), len(tweede)] == [1, 1]
    assert tweede[0]["sql"].startswith(f"EXECUTE {vast.naam}(")
    assert 'FROM "initiatieven_initiatief"' in achter(tweede[0]["sql"])
    assert achter("SELECT 1") == "SELECT 1"


@pytest.mark.django_db(transaction=True)
def test_a_rollback_or_a_new_connection_leaves_it_usable():
    initiatief = InitiatiefFactory()
    vast = VasteQuery(_met_procent, "pk")
    with transaction.atomic():
        vast.rijen(pk=initiatief.pk)
        transaction.set_rollback(True)  # PREPARE is not undone with it
    assert vast.rijen(pk=initiatief.pk) == [{"procent": "100%"}]
    connection.close()
    assert vast.rijen(pk=initiatief.pk) == [{"procent": "100%"}]  # prepared again


def _per_status(vorm, *, status=None, indiener=None):
    (volgorde,) = vorm
    qs = Initiatief.objects.all()
    if status is not None:
        qs = qs.filter(status=status)
    if indiener is not None:
        qs = qs.filter(indiener_id=indiener)
    return qs.order_by(volgorde).values_list("titel", flat=True)


def _vormen(**kwargs):
    return VasteVormen(_per_status, ids=("indiener",), standins={"status": "vast:status"}, **kwargs)


def test_each_shape_gives_what_the_orm_gives_and_is_built_once():
    a = InitiatiefFactory(titel="A", in_gesprek=True)
    InitiatiefFactory(titel="B")
    vormen = _vormen()
    gevraagd = [
        (("titel",), {}),
        (("-titel",), {}),
        (("titel",), {"status": "in_gesprek"}),
        (("titel",), {"indiener": a.indiener_id}),
        (("titel",), {"status": "ingediend", "indiener": a.indiener_id}),
    ]
    verwacht = [list(_per_status(vorm, **waarden)) for vorm, waarden in gevraagd]
    assert [vormen.rijen(vorm, **waarden) for vorm, waarden in gevraagd] == verwacht
    assert verwacht[:3] == [["A", "B"], ["B", "A"], ["A"]]
    with mock.patch.object(SQLCompiler, "as_sql", autospec=True) as as_sql:
        assert [vormen.rijen(vorm, **waarden) for vorm, waarden in gevraagd] == verwacht
    as_sql.assert_not_called()


def test_none_leaves_a_filter_out_of_the_shape():
    InitiatiefFactory(titel="A")
    vormen = _vormen()
    assert vormen.rijen(("titel",), status=None) == ["A"] == vormen.rijen(("titel",))
    assert len(vormen._per_vorm) == 1


def test_past_its_number_of_shapes_the_orm_answers():
    InitiatiefFactory(titel="A", in_gesprek=True)
    vormen = _vormen(max_vormen=1)
    assert vormen.rijen(("titel",)) == ["A"]
    assert vormen.rijen(("-titel",), status="in_gesprek") == ["A"]
    assert vormen.rijen(("-titel",), status="ingediend") == []
    assert len(vormen._per_vorm) == 1
