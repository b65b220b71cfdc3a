import datetime

import pytest
from django.core.exceptions import ValidationError

from initiatieven import statussen, workflow
from initiatieven.choices import Status
from initiatieven.models import StatusWijziging
from tests.factories.initiatieven import InitiatiefFactory, KadersVersieFactory, MijlpaalFactory

pytestmark = pytest.mark.django_db

JANUARI, MAART = datetime.date(2030, 1, 15), datetime.date(2030, 3, 1)
PAD = [Status.INGEDIEND, Status.IN_GESPREK, Status.KADERS_VASTGESTELD, Status.IN_UITVOERING]


def test_the_happy_path_is_declared_in_order():
    for van, naar in zip(PAD, [*PAD[1:], Status.AFGEROND], strict=True):
        assert naar in statussen.OVERGANGEN[van]


@pytest.mark.parametrize("van", PAD)
@pytest.mark.parametrize("naar", [Status.AFGEWEZEN, Status.INGETROKKEN])
def test_refuse_or_withdraw_from_every_open_state(van, naar, medewerker):
    initiatief = InitiatiefFactory(status=van)
    workflow.wijzig_status(initiatief, naar, medewerker, "Past niet in het bestemmingsplan.")
    initiatief.refresh_from_db()
    assert initiatief.status == naar


@pytest.mark.parametrize("van", [Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN])
def test_closed_states_are_final(van, medewerker):
    initiatief = InitiatiefFactory(status=van)
    with pytest.raises(ValidationError):
        workflow.wijzig_status(initiatief, Status.IN_GESPREK, medewerker)


def test_no_skipping_steps(medewerker):
    with pytest.raises(ValidationError):
        workflow.wijzig_status(InitiatiefFactory(), Status.IN_UITVOERING, medewerker)


def test_refusal_needs_a_written_reason_the_initiator_sees(medewerker):
    initiatief = InitiatiefFactory()
    with pytest.raises(ValidationError) as error:
        workflow.wijzig_status(initiatief, Status.AFGEWEZEN, medewerker, "  ")
    assert "toelichting" in error.value.message_dict
    workflow.wijzig_status(initiatief, Status.AFGEWEZEN, medewerker, "Buiten de gemeente.")
    initiatief.refresh_from_db()
    assert initiatief.reden_afwijzing == "Buiten de gemeente."


def test_kaders_vastgesteld_needs_kaders(medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    with pytest.raises(ValidationError):
        workflow.wijzig_status(initiatief, Status.KADERS_VASTGESTELD, medewerker)
    KadersVersieFactory(initiatief=initiatief)
    workflow.wijzig_status(initiatief, Status.KADERS_VASTGESTELD, medewerker)


def test_every_change_is_logged(medewerker):
    initiatief = InitiatiefFactory()
    workflow.wijzig_status(initiatief, Status.IN_GESPREK, medewerker, "Intake gepland.")
    log = StatusWijziging.objects.get(initiatief=initiatief)
    assert (log.van, log.naar, log.door, log.toelichting) == (
        Status.INGEDIEND,
        Status.IN_GESPREK,
        medewerker,
        "Intake gepland.",
    )


def test_volgende_stap_is_the_next_open_mijlpaal():
    initiatief = InitiatiefFactory(in_uitvoering=True)
    assert initiatief.volgende_stap() == (statussen.VERWACHTING[Status.IN_UITVOERING], None)
    MijlpaalFactory(initiatief=initiatief, titel="Bezwaartermijn", verwachte_datum=MAART)
    eerder = MijlpaalFactory(initiatief=initiatief, titel="Raadsbesluit", verwachte_datum=JANUARI)
    assert initiatief.volgende_stap() == ("Raadsbesluit", eerder.verwachte_datum)
    eerder.gereed = True
    eerder.save()
    assert initiatief.volgende_stap()[0] == "Bezwaartermijn"


@pytest.mark.parametrize("status", list(Status))
def test_volgende_stap_exists_for_every_status(status):
    omschrijving, datum = InitiatiefFactory(status=status).volgende_stap()
    assert omschrijving and datum is None


def test_every_status_is_reachable_and_closed_states_have_no_way_out():
    bereikbaar, rand = {Status.CONCEPT}, [Status.CONCEPT]
    while rand:
        for naar in statussen.OVERGANGEN.get(rand.pop(), ()):
            if naar not in bereikbaar:
                bereikbaar.add(naar)
                rand.append(naar)
    assert bereikbaar == set(Status)
    for gesloten in (Status.AFGEROND, Status.AFGEWEZEN, Status.INGETROKKEN):
        assert gesloten not in statussen.OVERGANGEN
