"""Reminders from due dates in the database, with frozen time (mijlpaal 14 and 2 days ahead,
sessions 7 and 1 day ahead). Never twice; a moved date is reminded again."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from participatiepunt.meldingen import herinneringen, tasks
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.meldingen import VolgFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def op(dag: date):
    return time_machine.travel(datetime(dag.year, dag.month, dag.day, 9, tzinfo=AMS), tick=False)


def _run(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return tasks.stuur_herinneringen()


@pytest.fixture
def mijlpaal():
    initiatief = InitiatiefFactory(in_uitvoering=True, titel="Buurtkas Selwerd")
    VolgFactory(onderwerp=initiatief)
    return MijlpaalFactory(
        initiatief=initiatief, titel="Raadsbesluit", verwachte_datum=date(2027, 3, 15)
    )


def test_windows():
    assert herinneringen.vensters([14, 2]) == [(-1, 2), (2, 14)]
    assert herinneringen.vensters([1, 7]) == [(-1, 1), (1, 7)]


def test_mijlpaal_reminded_at_14_and_2_days_never_twice(
    mijlpaal, django_capture_on_commit_callbacks
):
    verloop = {date(2027, 2, 28): 0, date(2027, 3, 1): 2, date(2027, 3, 2): 0, date(2027, 3, 12): 0}
    verloop |= {date(2027, 3, 13): 2, date(2027, 3, 14): 0, date(2027, 3, 15): 0}
    for dag, verwacht in verloop.items():
        with op(dag):
            _run(django_capture_on_commit_callbacks)
        assert len(mail.outbox) == verwacht, dag
        mail.outbox.clear()


def test_initiator_and_follower_get_it_with_the_date(mijlpaal, django_capture_on_commit_callbacks):
    with op(date(2027, 3, 1)):
        _run(django_capture_on_commit_callbacks)
    ontvangers = {bericht.to[0] for bericht in mail.outbox}
    assert mijlpaal.initiatief.indiener.email in ontvangers
    assert "Over 14 dagen: Raadsbesluit" in mail.outbox[0].subject
    assert "15 maart 2027" in mail.outbox[0].body


def test_late_planned_mijlpaal_gets_one_reminder(mijlpaal, django_capture_on_commit_callbacks):
    with op(date(2027, 3, 14)):
        _run(django_capture_on_commit_callbacks)
        _run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2  # initiator and follower, once each
    assert "Morgen" in mail.outbox[0].subject


def test_moved_date_is_reminded_again(mijlpaal, django_capture_on_commit_callbacks):
    with op(date(2027, 3, 1)):
        _run(django_capture_on_commit_callbacks)
    mijlpaal.verwachte_datum = date(2027, 3, 20)
    mijlpaal.save()
    with op(date(2027, 3, 6)):
        _run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 4


def test_finished_mijlpaal_is_not_reminded(mijlpaal, django_capture_on_commit_callbacks):
    mijlpaal.gereed = True
    mijlpaal.save()
    with op(date(2027, 3, 1)):
        assert _run(django_capture_on_commit_callbacks) == 0


def test_session_invitees_reminded_7_and_1_day_before(django_capture_on_commit_callbacks):
    models = pytest.importorskip("reflectie.models")
    from participatiepunt.gebieden.huidige import standaardgemeente
    from tests.factories.accounts import UserFactory

    start = datetime(2027, 4, 8, 19, 30, tzinfo=AMS)
    sessie = models.Sessie.objects.create(
        soort="raad",
        titel="Reflectie op de wijkvernieuwing",
        start=start,
        eind=start + timedelta(hours=2),
        locatie="Stadhuis, Grote Markt 1",
        gemeente=standaardgemeente(),
    )
    sessie.genodigden.add(UserFactory(raadslid=True))
    for dag, verwacht in {date(2027, 3, 31): 0, date(2027, 4, 1): 1, date(2027, 4, 7): 2}.items():
        with op(dag):
            _run(django_capture_on_commit_callbacks)
            _run(django_capture_on_commit_callbacks)
        assert len(mail.outbox) == verwacht, dag
    assert "19:30" in mail.outbox[1].body


def test_a_rule_may_bring_its_days_before_when_settings_has_none(settings):
    regel = herinneringen.Regel(
        model="initiatieven.Mijlpaal",
        datum_veld="verwachte_datum",
        dagen_setting="MELDINGEN_ONBEKEND_DAGEN",
        selectie=None,
        melding=None,
        standaard_dagen=(3,),
    )
    assert regel.dagen() == [3]
    settings.MELDINGEN_ONBEKEND_DAGEN = [5, 1]
    assert regel.dagen() == [5, 1]
