"""A change of a row and the new row that records it, in one statement, with the signals that
save() and create() send."""

from datetime import timedelta

import pytest
from django.db import DatabaseError, connection
from django.db.models.signals import post_save, pre_save
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from initiatieven.models import Initiatief, StatusWijziging
from participatiepunt.portal import samenbewaren
from participatiepunt.portal.samenbewaren import wijzig_en_voeg_toe
from participatiepunt.portal.vastequery import achter
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _wijziging(initiatief, door):
    return StatusWijziging(initiatief=initiatief, van="concept", naar="ingediend", door=door)


def test_both_in_one_statement_with_the_stamp_renewed():
    initiatief = InitiatiefFactory(concept=True)
    oud = timezone.now() - timedelta(days=3)
    Initiatief.objects.filter(pk=initiatief.pk).update(gewijzigd_op=oud)
    initiatief.status, initiatief.titel = "ingediend", "Niet bewaard"
    wijziging = _wijziging(initiatief, UserFactory())
    with CaptureQueriesContext(connection) as context:
        wijzig_en_voeg_toe(initiatief, ["status"], wijziging)
    # what writes (the receivers of the signals may read: caches._rijen_van)
    schrijvend = [q["sql"] for q in context.captured_queries if "SELECT EXISTS" not in q["sql"]]
    assert len(schrijvend) == 1 and schrijvend[0].startswith("EXECUTE samenbewaren_")
    assert achter(schrijvend[0]).startswith("WITH bijgewerkt AS (UPDATE")
    opgeslagen = Initiatief.objects.get(pk=initiatief.pk)
    assert opgeslagen.status == "ingediend" and opgeslagen.titel != "Niet bewaard"
    assert opgeslagen.gewijzigd_op > oud
    assert StatusWijziging.objects.get() == wijziging and not wijziging._state.adding
    assert wijziging.op is not None


def test_the_signals_of_save_and_create():
    initiatief, door = InitiatiefFactory(concept=True), UserFactory()
    ontvangen = []

    def ontvang(signal, sender, instance, **kwargs):
        ontvangen.append((signal, sender, kwargs.get("created"), kwargs["update_fields"]))

    for signaal in (pre_save, post_save):
        signaal.connect(ontvang, weak=False, dispatch_uid="test_samenbewaren")
    try:
        initiatief.status = "ingediend"
        wijzig_en_voeg_toe(initiatief, ["status", "gewijzigd_op"], _wijziging(initiatief, door))
    finally:
        for signaal in (pre_save, post_save):
            signaal.disconnect(dispatch_uid="test_samenbewaren")
    velden = frozenset({"status", "gewijzigd_op"})
    assert ontvangen == [
        (pre_save, Initiatief, None, velden),
        (pre_save, StatusWijziging, None, None),
        (post_save, Initiatief, False, velden),
        (post_save, StatusWijziging, True, None),
    ]


def test_a_row_that_is_gone_writes_nothing():
    initiatief, door = InitiatiefFactory(concept=True), UserFactory()
    Initiatief.objects.filter(pk=initiatief.pk).delete()
    with pytest.raises(DatabaseError):
        wijzig_en_voeg_toe(initiatief, ["status"], _wijziging(initiatief, door))
    assert not StatusWijziging.objects.exists()


def test_prepared_once_per_connection():
    """A second change of the same shape sends only its EXECUTE (a second PREPARE of the name
    would fail): PostgreSQL neither parses nor plans it again."""
    door = UserFactory()
    for initiatief in (InitiatiefFactory(concept=True), InitiatiefFactory(concept=True)):
        initiatief.status = "ingediend"
        wijzig_en_voeg_toe(initiatief, ["status", "privacy_akkoord"], _wijziging(initiatief, door))
    naam, _sql, _kolommen = samenbewaren._sql(
        Initiatief, ("status", "privacy_akkoord"), StatusWijziging
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE name = %s", [naam])
        assert "privacy_akkoord" in cursor.fetchone()[0]
    assert StatusWijziging.objects.count() == 2


def _aanmelding_en_mail():
    from bijeenkomsten.models import Aanmelding, Aanmeldingsmail
    from tests.factories.bijeenkomsten import BijeenkomstFactory

    aanmelding = Aanmelding(
        bijeenkomst=BijeenkomstFactory(), naam="Sanne", email="sanne@example.nl", status="geplaatst"
    )
    return aanmelding, Aanmeldingsmail(aanmelding=aanmelding, soort="aangemeld")


def test_a_new_row_and_one_that_refers_to_it_in_one_statement():
    aanmelding, mail = _aanmelding_en_mail()
    with CaptureQueriesContext(connection) as context:
        samenbewaren.voeg_samen_toe(aanmelding, mail)
    schrijvend = [q["sql"] for q in context.captured_queries if "SELECT EXISTS" not in q["sql"]]
    assert len(schrijvend) == 1 and achter(schrijvend[0]).startswith("WITH eerste AS (INSERT")
    opgeslagen = type(mail).objects.select_related("aanmelding").get()
    assert opgeslagen == mail and opgeslagen.aanmelding == aanmelding
    assert mail.aanmelding_id == aanmelding.pk and not aanmelding._state.adding
    assert opgeslagen.aanmelding.naam == "Sanne" and opgeslagen.aangemaakt_op == mail.aangemaakt_op


def test_both_new_rows_send_the_signals_of_create():
    aanmelding, mail = _aanmelding_en_mail()
    ontvangen = []

    def ontvang(signal, sender, instance, **kwargs):
        ontvangen.append((signal, sender, kwargs.get("created")))

    for signaal in (pre_save, post_save):
        signaal.connect(ontvang, weak=False, dispatch_uid="test_samenbewaren")
    try:
        samenbewaren.voeg_samen_toe(aanmelding, mail)
    finally:
        for signaal in (pre_save, post_save):
            signaal.disconnect(dispatch_uid="test_samenbewaren")
    assert ontvangen == [
        (pre_save, type(aanmelding), None),
        (pre_save, type(mail), None),
        (post_save, type(aanmelding), True),
        (post_save, type(mail), True),
    ]
