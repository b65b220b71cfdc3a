"""An agenda item or lesson treats an initiative in a sensible state: submitted and not rejected
or withdrawn (nor a draft). One it already treats stays a choice when it is changed."""

import pytest
from django.urls import reverse

from reflectie.models import Agendapunt, Les
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import AgendapuntFactory, SessieFactory

pytestmark = pytest.mark.django_db

NIET_BESPREEKBAAR = [{"concept": True}, {"afgewezen": True}, {"ingetrokken": True}]
BESPREEKBAAR = [{}, {"in_gesprek": True}, {"in_uitvoering": True}, {"afgerond": True}]


@pytest.fixture
def medewerker(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)
    return user


def _formulieren():
    """The agenda of a coming session and the report of a past one."""
    return (
        reverse("reflectie:agenda", args=[SessieFactory().pk]),
        reverse("reflectie:verslag", args=[SessieFactory(voorbij=True).pk]),
    )


@pytest.mark.parametrize("status", NIET_BESPREEKBAAR)
def test_agenda_and_lesson_forms_refuse_a_closed_initiative(client, medewerker, status):
    initiatief = InitiatiefFactory(titel="Afgesloten plan", **status)
    agenda, verslag = _formulieren()
    punt = {"titel": "Casus", "duur": 30, "initiatief": initiatief.pk}
    les = {"actie": "les", "les-titel": "Les", "les-initiatief": initiatief.pk}
    for url, data in ((agenda, punt), (verslag, les)):
        assert "Afgesloten plan" not in client.get(url).content.decode()
        response = client.post(url, data)
        assert response.status_code == 200
        assert "Selecteer een geldige keuze" in response.content.decode()
    assert not Agendapunt.objects.exists() and not Les.objects.exists()


@pytest.mark.parametrize("status", BESPREEKBAAR)
def test_agenda_and_lesson_forms_offer_a_submitted_initiative(client, medewerker, status):
    InitiatiefFactory(titel="Lopend plan", **status)
    for url in _formulieren():
        assert "Lopend plan" in client.get(url).content.decode()


def test_an_item_keeps_the_initiative_it_treats_after_that_was_withdrawn(client, medewerker):
    initiatief = InitiatiefFactory(titel="Later ingetrokken", ingetrokken=True)
    punt = AgendapuntFactory(initiatief=initiatief, titel="Casus", duur=30)
    url = reverse("reflectie:agendapunt", args=[punt.sessie.pk, punt.pk])
    assert "Later ingetrokken" in client.get(url).content.decode()
    data = {"punt-titel": "Casus, herzien", "punt-duur": 30, "punt-initiatief": initiatief.pk}
    assert client.post(url, data).status_code == 302
    punt.refresh_from_db()
    assert (punt.titel, punt.initiatief) == ("Casus, herzien", initiatief)
