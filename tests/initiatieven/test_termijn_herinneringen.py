"""Followers are reminded before the last day of a term (zienswijze, inspraak, bezwaar), with
what they can do; a mijlpaal's own reminder says its kind and action too."""

from datetime import date

import pytest
from django.core import mail

from participatiepunt.meldingen.models import Gebeurtenis
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.meldingen import VolgFactory
from tests.meldingen.test_herinneringen import _run, op

pytestmark = pytest.mark.django_db


@pytest.fixture
def termijn():
    initiatief = InitiatiefFactory(in_uitvoering=True, titel="Speelveld Paddepoel")
    VolgFactory(onderwerp=initiatief)
    return MijlpaalFactory(
        initiatief=initiatief, soort="zienswijzetermijn", titel="Ontwerp ter inzage",
        verwachte_datum=date(2027, 7, 5),
    )  # fmt: skip


def _termijnmeldingen():
    return Gebeurtenis.objects.filter(soort="initiatief.termijn")


def test_reminded_seven_and_two_days_before_the_last_day_never_twice(
    termijn, django_capture_on_commit_callbacks
):
    assert termijn.laatste_dag == date(2027, 8, 15)
    verloop = {date(2027, 8, 7): 0, date(2027, 8, 8): 1, date(2027, 8, 9): 1}
    verloop |= {date(2027, 8, 13): 2, date(2027, 8, 15): 2}
    for dag, verwacht in verloop.items():
        with op(dag):
            _run(django_capture_on_commit_callbacks)
        assert _termijnmeldingen().count() == verwacht, dag


def test_the_reminder_says_what_to_do_and_until_when(termijn, django_capture_on_commit_callbacks):
    with op(date(2027, 8, 13)):
        _run(django_capture_on_commit_callbacks)
    [gebeurtenis] = _termijnmeldingen()
    assert (
        gebeurtenis.titel == "Laatste dag over 2 dagen: zienswijzetermijn van ‘Speelveld Paddepoel’"
    )
    assert "U kunt een zienswijze indienen tot en met 15 augustus 2027." in gebeurtenis.tekst
    onderwerpen = [bericht.subject for bericht in mail.outbox]
    assert len(onderwerpen) == 2  # the initiator and the follower
    assert all("Laatste dag over 2 dagen" in onderwerp for onderwerp in onderwerpen)


def test_a_finished_term_or_a_kind_without_term_is_not_reminded(
    termijn, django_capture_on_commit_callbacks
):
    termijn.gereed = True
    termijn.save()
    MijlpaalFactory(soort="informatieavond", verwachte_datum=date(2027, 8, 15))
    with op(date(2027, 8, 13)):
        _run(django_capture_on_commit_callbacks)
    assert not _termijnmeldingen().exists()


def test_the_mijlpaal_reminder_names_kind_and_action(django_capture_on_commit_callbacks):
    MijlpaalFactory(soort="informatieavond", titel="Avond in De Wending",
                    verwachte_datum=date(2027, 3, 15))  # fmt: skip
    with op(date(2027, 3, 13)):
        _run(django_capture_on_commit_callbacks)
    [gebeurtenis] = Gebeurtenis.objects.filter(soort="initiatief.mijlpaal")
    assert "(informatieavond)" in gebeurtenis.tekst
    assert "U kunt op 15 maart 2027 naar de informatieavond komen" in gebeurtenis.tekst
