"""The public succesvoorbeelden library (issue 18, item 5): filters, how they did it, the
initiators' revocable consent and a message to them through the portal."""

import pytest
from django.urls import reverse

from initiatieven import privacy
from initiatieven.choices import Rechtsvorm, Thema
from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, WijkFactory
from tests.factories.initiatieven import GevraagdeSteunFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db
LIJST = reverse("succesvoorbeelden:lijst")


def _voorbeeld(**velden):
    velden = {"contact_toegestaan": True, **velden}
    return InitiatiefFactory(succesvoorbeeld=True, **velden)


def _contact(voorbeeld):
    return reverse("succesvoorbeelden:contact", args=[voorbeeld.pk])


def test_filters_by_thema_wijk_rechtsvorm_and_support(client):
    wijk = WijkFactory(naam="Beijum")
    a = _voorbeeld(titel="Pluktuin", thema=Thema.GROEN, wijk=wijk, rechtsvorm=Rechtsvorm.STICHTING)
    b = _voorbeeld(titel="Repaircafé", thema=Thema.ENERGIE, rechtsvorm=Rechtsvorm.VERENIGING)
    GevraagdeSteunFactory(initiatief=b, soort="subsidie")
    InitiatiefFactory(afgerond=True, titel="Niet gemarkeerd")

    def titels(**filters):
        html = client.get(LIJST, filters).content.decode()
        return {t for t in ("Pluktuin", "Repaircafé", "Niet gemarkeerd") if t in html}

    assert titels() == {"Pluktuin", "Repaircafé"}
    assert titels(thema="energie") == {"Repaircafé"}
    assert titels(wijk=wijk.slug) == {"Pluktuin"}
    assert titels(rechtsvorm="stichting") == {"Pluktuin"}
    assert titels(steun="subsidie") == {"Repaircafé"}
    assert a.pk and titels(thema="onzin") == {"Pluktuin", "Repaircafé"}  # a bad filter: all


def test_an_example_says_how_they_did_it_without_the_initiators_address(client):
    indiener = UserFactory(email="geheim@example.nl", naam="Anna de Vries")
    voorbeeld = _voorbeeld(
        indiener=indiener,
        rechtsvorm=Rechtsvorm.COOPERATIE,
        subsidie_ontvangen="Energie in de Buurt, € 12.000",
        lessen="Begin klein.",
    )
    html = client.get(reverse("succesvoorbeelden:voorbeeld", args=[voorbeeld.pk])).content.decode()
    assert (
        "Coöperatie" in html and "Energie in de Buurt, € 12.000" in html and "Begin klein." in html
    )
    assert "geheim@example.nl" not in html and "Anna de Vries" not in html


def test_other_gemeente_and_unmarked_are_not_found(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    elders = GemeenteFactory(andere=True)
    daar = _voorbeeld(wijk=WijkFactory(gebied__gemeente=elders))
    niet = InitiatiefFactory(afgerond=True)
    for initiatief in (daar, niet):
        url = reverse("succesvoorbeelden:voorbeeld", args=[initiatief.pk])
        assert client.get(url).status_code == 404
    url = reverse("succesvoorbeelden:voorbeeld", args=[daar.pk])
    assert client.get(url, HTTP_HOST=elders.hostnaam).status_code == 200


def test_a_resident_sends_a_message_the_initiator_receives(client):
    indiener = UserFactory(email="initiatiefnemer@example.nl")
    voorbeeld = _voorbeeld(indiener=indiener)
    afzender = UserFactory(naam="Bram Bakker", email="bram@example.nl")
    client.force_login(afzender)
    bericht = {"bericht": "Hoe regelden jullie de verzekering?", "akkoord": "on"}
    response = client.post(_contact(voorbeeld), bericht)
    assert response.url == reverse("succesvoorbeelden:voorbeeld", args=[voorbeeld.pk])
    melding = Melding.objects.select_related("gebeurtenis").get()
    assert melding.ontvanger == indiener
    assert "Hoe regelden jullie de verzekering?" in melding.gebeurtenis.tekst
    assert "bram@example.nl" in melding.gebeurtenis.tekst
    page = client.get(response.url).content.decode()
    assert "initiatiefnemer@example.nl" not in page


def test_without_agreeing_to_share_the_address_nothing_is_sent(client):
    voorbeeld = _voorbeeld()
    client.force_login(UserFactory())
    response = client.post(_contact(voorbeeld), {"bericht": "Mijn vraag"})
    html = response.content.decode()
    assert response.status_code == 200 and not Melding.objects.exists()
    assert "Zonder uw naam en e-mailadres" in html and "Mijn vraag" in html


def test_a_double_click_sends_once(client):
    voorbeeld = _voorbeeld()
    client.force_login(UserFactory())
    formulier = client.get(_contact(voorbeeld)).content.decode()
    token = formulier.split('name="formulier_token" value="')[1].split('"')[0]
    for _ in range(2):
        client.post(
            _contact(voorbeeld), {"bericht": "Vraag", "akkoord": "on", "formulier_token": token}
        )
    assert Melding.objects.count() == 1


def test_messages_are_throttled_and_the_text_stays(client):
    voorbeeld = _voorbeeld()
    client.force_login(UserFactory())
    for _ in range(5):
        client.post(_contact(voorbeeld), {"bericht": "Vraag", "akkoord": "on"})
    response = client.post(_contact(voorbeeld), {"bericht": "Nog een vraag", "akkoord": "on"})
    html = response.content.decode()
    assert Melding.objects.count() == 5
    assert "al vaak een bericht gestuurd" in html and "Nog een vraag" in html


def test_no_message_without_consent_to_yourself_or_as_staff(client):
    zonder = _voorbeeld(contact_toegestaan=False)
    client.force_login(UserFactory())
    assert client.get(_contact(zonder)).status_code == 404
    eigen = _voorbeeld()
    client.force_login(eigen.indiener)
    assert client.get(_contact(eigen)).status_code == 404
    client.force_login(UserFactory(medewerker=True))
    assert client.get(_contact(eigen)).status_code == 404
    client.logout()
    assert client.get(_contact(eigen)).status_code == 302


def test_the_initiator_gives_and_revokes_consent(client):
    voorbeeld = _voorbeeld(contact_toegestaan=False)
    url = reverse("initiatieven:contact_toestemming", args=[voorbeeld.pk])
    client.force_login(UserFactory())
    assert client.post(url, {"toegestaan": "on"}).status_code == 404
    client.force_login(voorbeeld.indiener)
    assert "id_toegestaan" in client.get(voorbeeld.get_absolute_url()).content.decode()
    client.post(url, {"toegestaan": "on"})
    voorbeeld.refresh_from_db()
    assert voorbeeld.contact_toegestaan
    client.post(url, {})
    voorbeeld.refresh_from_db()
    assert not voorbeeld.contact_toegestaan


def test_staff_record_how_they_did_it_when_marking(client):
    afgerond = InitiatiefFactory(afgerond=True)
    client.force_login(UserFactory(medewerker=True))
    url = reverse("initiatieven:beheer_actie", args=[afgerond.pk, "succesvoorbeeld"])
    velden = {
        "is_succesvoorbeeld": "on",
        "rechtsvorm": "stichting",
        "lessen": "Vraag hulp\r\nbij de buren",
    }
    client.post(url, {**velden, "subsidie_ontvangen": "Wijkbudget\r\nOost"})
    afgerond.refresh_from_db()
    assert afgerond.is_succesvoorbeeld and afgerond.rechtsvorm == "stichting"
    assert (
        afgerond.subsidie_ontvangen == "Wijkbudget Oost"
        and afgerond.lessen == "Vraag hulp\nbij de buren"
    )


def test_consent_is_in_the_export_and_goes_on_erase():
    voorbeeld = _voorbeeld()
    gegevens = privacy.export(voorbeeld.indiener)["ingediend_of_concept"][0]
    assert gegevens["andere_inwoners_mogen_een_bericht_sturen"] is True
    privacy.erase(voorbeeld.indiener)
    voorbeeld.refresh_from_db()
    assert not voorbeeld.contact_toegestaan


def test_examples_while_drafting_link_to_the_library(client):
    wijk = WijkFactory()
    voorbeeld = _voorbeeld(wijk=wijk)
    concept = InitiatiefFactory(concept=True, wijk=wijk)
    client.force_login(concept.indiener)
    html = client.get(reverse("initiatieven:stap", args=[concept.pk, 2])).content.decode()
    assert reverse("succesvoorbeelden:voorbeeld", args=[voorbeeld.pk]) in html


def test_the_wijk_filter_offers_only_this_gemeente_s_wijken(client):
    WijkFactory(naam="Eigenwijk")
    WijkFactory(naam="Vreemdewijk", gebied__gemeente=GemeenteFactory(andere=True))
    html = client.get(LIJST).content.decode()
    assert "Eigenwijk" in html and "Vreemdewijk" not in html
