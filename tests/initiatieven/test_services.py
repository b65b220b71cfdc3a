"""The draft's services take plain keyword arguments (no form) and own their transaction."""

import pytest

from initiatieven import services
from initiatieven.choices import Status, Steun
from initiatieven.models import Initiatief
from participatiepunt.meldingen.models import Gebeurtenis
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def test_a_draft_is_made_from_plain_values_and_confirmed():
    indiener = UserFactory()
    initiatief = services.maak_concept(
        indiener=indiener, gemeente=GemeenteFactory(), titel="Moestuin", thema="groen"
    )
    assert Initiatief.objects.get(indiener=indiener).titel == "Moestuin"
    assert initiatief.is_concept
    assert Gebeurtenis.objects.filter(soort="initiatief.ontvangen", object_id=initiatief.pk)


def test_saving_a_step_writes_only_its_own_columns():
    concept = InitiatiefFactory(concept=True)
    verouderd = Initiatief.objects.get(pk=concept.pk)
    Initiatief.objects.filter(pk=concept.pk).update(status=Status.INGEDIEND)
    services.bewaar_gegevens(verouderd, titel="Nieuw", gevraagde_steun=[Steun.SUBSIDIE])
    concept.refresh_from_db()
    assert (concept.titel, concept.status) == ("Nieuw", Status.INGEDIEND)
    assert concept.steun_codes == [Steun.SUBSIDIE]
