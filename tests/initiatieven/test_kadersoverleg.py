"""Kaders both sides hold: a version one side proposes stands as a voorstel or 'in heroverleg'
(publicly, with both positions) until the other side answers; the pages say whose turn it is;
both sides hear of it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from initiatieven import casemanagement, kadersoverleg
from initiatieven.choices import Kant, Oordeel, Soort
from initiatieven.models import KadersReactie
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.initiatieven import (
    InitiatiefFactory,
    KadersReactieFactory,
    KadersVersieFactory,
)

pytestmark = pytest.mark.django_db

KADERS = {
    "waarvoor": "Samen met de buren de inrichting kiezen.",
    "vast_en_niet_beinvloedbaar": "De locatie ligt vast.",
    "budgetruimte": "Maximaal 5.000 euro.",
    "regels": "APV",
    "participatieniveau": "coproduceren",
    "wie_besluit": "De wijkwethouder",
}


@pytest.fixture
def initiatief(inwoner, medewerker):
    initiatief = InitiatiefFactory(indiener=inwoner, casemanager=medewerker, in_gesprek=True)
    casemanagement.leg_kaders_vast(initiatief, medewerker, "Na de intake.", **KADERS)
    return initiatief


def _reageer_url(initiatief):
    return reverse("initiatieven:kaders_reageren", args=[initiatief.pk])


def _ontvangers(soort):
    gebeurtenis = Gebeurtenis.objects.filter(soort=soort).latest("pk")
    return set(Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True))


def test_contest_revise_accept(client, initiatief, inwoner, medewerker):
    client.force_login(inwoner)
    detail = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Voorstel" in detail and "Wacht op reactie van de initiatiefnemer" in detail
    assert _reageer_url(initiatief) in detail
    response = client.post(
        _reageer_url(initiatief),
        {"versie": 1, "oordeel": Oordeel.BETWIST, "toelichting": "Te weinig budget."},
    )
    assert response.status_code == 302
    assert _ontvangers("initiatief.kaders_reactie") == {medewerker.pk}

    client.logout()
    openbaar = client.get(initiatief.get_absolute_url()).content.decode()
    assert "In heroverleg" in openbaar and "Te weinig budget." in openbaar
    assert "Na de intake." in openbaar  # the gemeente's position beside it
    assert "Wacht op een herzien voorstel voor de kaders van de gemeente" in openbaar

    client.force_login(medewerker)
    beheer = client.get(reverse("initiatieven:beheer", args=[initiatief.pk])).content.decode()
    assert "Wacht op een herzien voorstel voor de kaders van de gemeente" in beheer
    casemanagement.leg_kaders_vast(
        initiatief, medewerker, "Budget verhoogd.", **{**KADERS, "budgetruimte": "8.000 euro"}
    )
    assert _ontvangers("initiatief.kaders") >= {inwoner.pk}

    client.force_login(inwoner)
    detail = client.get(initiatief.get_absolute_url()).content.decode()
    assert "In heroverleg" in detail
    assert "Wacht op reactie van de initiatiefnemer op versie 2" in detail
    response = client.post(_reageer_url(initiatief), {"versie": 2, "oordeel": Oordeel.AKKOORD})
    assert response.status_code == 302
    client.logout()
    detail = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Gedragen door beide partijen" in detail and "In heroverleg" not in detail


def test_contest_without_reason_keeps_the_choice(client, initiatief, inwoner):
    client.force_login(inwoner)
    response = client.post(_reageer_url(initiatief), {"versie": 1, "oordeel": Oordeel.BETWIST})
    assert response.status_code == 400
    assert "Schrijf op waarom u niet akkoord gaat." in response.content.decode()
    assert 'value="betwist"  id="id_oordeel_1" required checked' in response.content.decode()
    assert not KadersReactie.objects.exists()


def test_answer_to_a_version_that_was_overtaken(client, initiatief, inwoner, medewerker):
    """Read version 1, the gemeente proposes version 2 meanwhile: the answer is refused."""
    client.force_login(inwoner)
    casemanagement.leg_kaders_vast(initiatief, medewerker, "Anders.", **{**KADERS, "regels": "X"})
    response = client.post(_reageer_url(initiatief), {"versie": 1, "oordeel": Oordeel.AKKOORD})
    assert response.status_code == 400
    assert "nieuwere versie" in response.content.decode()
    assert not KadersReactie.objects.exists()


def test_answering_twice_is_refused(initiatief, inwoner):
    versie = casemanagement.huidige_kaders(initiatief)
    kadersoverleg.reageer(versie, door=inwoner, kant=Kant.INITIATIEFNEMER, oordeel="akkoord")
    with pytest.raises(ValidationError):
        kadersoverleg.reageer(
            versie, door=inwoner, kant=Kant.INITIATIEFNEMER, oordeel="betwist", toelichting="x"
        )
    assert KadersReactie.objects.count() == 1


def test_nobody_answers_their_own_version(client, initiatief, medewerker):
    client.force_login(medewerker)
    assert client.get(_reageer_url(initiatief)).status_code == 404
    versie = casemanagement.huidige_kaders(initiatief)
    with pytest.raises(ValidationError):
        kadersoverleg.reageer(versie, door=medewerker, kant=Kant.GEMEENTE, oordeel="akkoord")


def test_other_resident_cannot_answer(client, initiatief):
    client.force_login(UserFactory())
    response = client.post(_reageer_url(initiatief), {"versie": 1, "oordeel": Oordeel.AKKOORD})
    assert response.status_code == 404
    assert not KadersReactie.objects.exists()


def test_initiator_proposes_and_the_casemanager_answers(client, initiatief, inwoner, medewerker):
    client.force_login(inwoner)
    url = reverse("initiatieven:kaders_voorstellen", args=[initiatief.pk])
    data = {**KADERS, "budgetruimte": "6.000 euro\r\nplus eigen bijdrage", "reden": "Meer nodig"}
    assert client.post(url, data).status_code == 302
    versie = casemanagement.huidige_kaders(initiatief)
    assert (versie.versie, versie.kant) == (2, Kant.INITIATIEFNEMER)
    assert versie.budgetruimte == "6.000 euro\nplus eigen bijdrage"
    assert _ontvangers("initiatief.kaders") >= {medewerker.pk}
    client.logout()
    openbaar = client.get(initiatief.get_absolute_url()).content.decode()
    assert "voorgesteld op" in openbaar and inwoner.naam not in openbaar
    client.force_login(medewerker)
    beheer = client.get(reverse("initiatieven:beheer", args=[initiatief.pk])).content.decode()
    assert "Wacht op reactie van de gemeente (participatiepunt) op versie 2" in beheer
    assert _reageer_url(initiatief) in beheer
    response = client.post(_reageer_url(initiatief), {"versie": 2, "oordeel": Oordeel.AKKOORD})
    assert response.status_code == 302
    assert _ontvangers("initiatief.kaders_reactie") == {inwoner.pk}


def test_proposal_without_reason_keeps_what_was_typed(client, initiatief, inwoner):
    client.force_login(inwoner)
    url = reverse("initiatieven:kaders_voorstellen", args=[initiatief.pk])
    response = client.post(url, {**KADERS, "budgetruimte": "Zevenduizend"})
    assert response.status_code == 400
    assert "Zevenduizend" in response.content.decode()
    assert initiatief.kaders_versies.count() == 1


def test_gemeentetraject_is_answered_by_the_bewonersorganisatie_at_the_table(client, medewerker):
    traject = InitiatiefFactory(
        indiener=medewerker, soort_initiatiefnemer=Soort.GEMEENTE, in_gesprek=True
    )
    lid = UserFactory()
    traject.bewonersorganisaties.add(BewonersorganisatieFactory(leden=[lid]))
    KadersVersieFactory(initiatief=traject, versie=1)
    assert not medewerker.has_perm("initiatieven.respond_kaders", traject)
    assert not UserFactory().has_perm("initiatieven.respond_kaders", traject)
    client.force_login(lid)
    detail = client.get(traject.get_absolute_url()).content.decode()
    assert "Wacht op reactie van de bewonersorganisaties aan tafel" in detail
    response = client.post(
        _reageer_url(traject), {"versie": 1, "oordeel": "betwist", "toelichting": "Te vroeg."}
    )
    assert response.status_code == 302
    reactie = KadersReactie.objects.get()
    assert (reactie.kant, reactie.door) == (Kant.INITIATIEFNEMER, lid)


def test_a_closed_initiatief_keeps_its_kaders(client, inwoner):
    versie = KadersVersieFactory(initiatief=InitiatiefFactory(indiener=inwoner, afgerond=True))
    client.force_login(inwoner)
    assert client.get(_reageer_url(versie.initiatief)).status_code == 404
    with pytest.raises(ValidationError):
        kadersoverleg.reageer(versie, door=inwoner, kant=Kant.INITIATIEFNEMER, oordeel="akkoord")


def test_stand_of_a_contested_version_waits_for_its_proposer():
    reactie = KadersReactieFactory(betwist=True)
    stand = kadersoverleg.stand(reactie.versie)
    assert stand.in_heroverleg and stand.wacht_op == Kant.GEMEENTE
