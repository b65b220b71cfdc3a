"""Staff 'Gegevens corrigeren' keeps the initiator's own text as a version and tells them why,
through the notifications (meldingen publish), only them."""

import pytest
from django.urls import reverse

from initiatieven.models import GegevensCorrectie
from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _gegevens(initiatief, **wijzig):
    data = {
        "titel": initiatief.titel,
        "samenvatting": initiatief.samenvatting,
        "beschrijving": initiatief.beschrijving,
        "thema": initiatief.thema,
        "wijk": initiatief.wijk_id or "",
        "soort_initiatiefnemer": initiatief.soort_initiatiefnemer,
        "reden": "Tikfout in de titel",
        **wijzig,
    }
    return {f"gegevens-{veld}": waarde for veld, waarde in data.items()}


@pytest.fixture
def medewerker_client(client):
    client.force_login(UserFactory(medewerker=True))
    return client


def _url(initiatief):
    return reverse("initiatieven:beheer_gegevens", args=[initiatief.pk])


def test_a_correction_keeps_the_initiators_text_and_tells_them(medewerker_client):
    initiatief = InitiatiefFactory(titel="Moestuin aan de Kolk", samenvatting="Eigen woorden")
    response = medewerker_client.post(
        _url(initiatief), _gegevens(initiatief, titel="Moestuin aan de Beijumer Kolk")
    )
    assert response.status_code == 302
    initiatief.refresh_from_db()
    assert initiatief.titel == "Moestuin aan de Beijumer Kolk"
    correctie = GegevensCorrectie.objects.get(initiatief=initiatief)
    assert correctie.wijzigingen == {
        "titel": {
            "label": "titel",
            "oud": "Moestuin aan de Kolk",
            "nieuw": "Moestuin aan de Beijumer Kolk",
        }
    }
    assert correctie.reden == "Tikfout in de titel"
    meldingen = Melding.objects.filter(gebeurtenis__soort="initiatief.gegevens")
    assert [m.ontvanger for m in meldingen] == [initiatief.indiener]
    tekst = meldingen.get().gebeurtenis.tekst
    assert "Tikfout in de titel" in tekst and "was: Moestuin aan de Kolk" in tekst


def test_the_reason_is_required_and_nothing_changes_without_it(medewerker_client):
    initiatief = InitiatiefFactory(titel="Oud")
    response = medewerker_client.post(
        _url(initiatief), _gegevens(initiatief, titel="Nieuw", reden="")
    )
    assert response.status_code == 400
    assert "Schrijf op waarom u de gegevens corrigeert." in response.content.decode()
    initiatief.refresh_from_db()
    assert initiatief.titel == "Oud" and not GegevensCorrectie.objects.exists()


def test_saving_without_a_change_keeps_no_version_and_tells_no_one(medewerker_client):
    initiatief = InitiatiefFactory()
    response = medewerker_client.post(_url(initiatief), _gegevens(initiatief))
    assert response.status_code == 302
    assert not GegevensCorrectie.objects.exists()
    assert not Melding.objects.filter(gebeurtenis__soort="initiatief.gegevens").exists()


def test_the_page_shows_the_earlier_text(medewerker_client):
    initiatief = InitiatiefFactory(samenvatting="Wat de inwoner zelf schreef")
    medewerker_client.post(_url(initiatief), _gegevens(initiatief, samenvatting="Korter"))
    html = medewerker_client.get(_url(initiatief)).content.decode()
    assert "Eerdere correcties" in html and "was: Wat de inwoner zelf schreef" in html


def test_the_initiators_download_holds_the_corrections(medewerker_client):
    from initiatieven import privacy

    initiatief = InitiatiefFactory(titel="Eigen titel")
    medewerker_client.post(_url(initiatief), _gegevens(initiatief, titel="Andere titel"))
    (export,) = privacy.export(initiatief.indiener)["ingediend_of_concept"]
    (correctie,) = export["correcties_door_het_participatiepunt"]
    assert correctie["wijzigingen"]["titel"]["oud"] == "Eigen titel"
