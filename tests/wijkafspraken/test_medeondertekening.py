"""The bewonersorganisatie at the table: comments, its side of 'complete', co-signing, and
vaststellen that needs its signature of the very content."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory
from wijkafspraken import meelezen, services

pytestmark = pytest.mark.django_db


@pytest.fixture
def tafel(wijk, rollen):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    lid = UserFactory(naam="Anouk Lid")
    organisatie = praatplaat.wijk.bewonersorganisaties.get()
    organisatie.leden.add(lid)
    return praatplaat, organisatie, lid


def test_vaststellen_without_a_co_signature_is_refused(tafel, rollen):
    praatplaat, _organisatie, _lid = tafel
    with pytest.raises(ValidationError, match="medeondertekend"):
        services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    assert not praatplaat.versies.exists()


def test_co_signed_content_can_be_vastgesteld_and_the_signature_goes_with_the_version(
    tafel, rollen
):
    praatplaat, organisatie, lid = tafel
    ondertekening = meelezen.onderteken(praatplaat, door=lid)
    assert meelezen.onderteken(praatplaat, door=lid) == ondertekening  # a double click
    versie = services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    ondertekening.refresh_from_db()
    assert ondertekening.versie == versie and ondertekening.bewonersorganisatie == organisatie


def test_a_change_after_signing_needs_a_new_signature(tafel, rollen):
    praatplaat, _organisatie, lid = tafel
    meelezen.onderteken(praatplaat, door=lid)
    AfspraakFactory(praatplaat=praatplaat)
    with pytest.raises(ValidationError, match="medeondertekend"):
        services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    meelezen.onderteken(praatplaat, door=lid)
    assert praatplaat.ondertekeningen.count() == 1  # the stale one replaced
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])


def test_an_organisation_of_another_wijk_cannot_sign(tafel):
    praatplaat, _organisatie, _lid = tafel
    buurman = UserFactory()
    BewonersorganisatieFactory(leden=[buurman])
    with pytest.raises(ValidationError, match="niet namens"):
        meelezen.onderteken(praatplaat, door=buurman)
    assert not praatplaat.ondertekeningen.exists()


def test_a_changed_answer_asks_the_organisation_to_look_again(tafel):
    praatplaat, _organisatie, lid = tafel
    invoer = {
        "tekst": "Een nieuw antwoord.",
        "witte_vlek": False,
        "openbaar": True,
        "compleet_gebiedsteam": True,
    }
    services.sla_antwoorden_op(praatplaat, invoer={"b1.dna": invoer})
    antwoord = praatplaat.antwoorden.get(vraag_key="b1.dna")
    assert antwoord.compleet_gebiedsteam and not antwoord.compleet_bewoners
    meelezen.markeer_compleet(praatplaat, door=lid, vraag_key="b1.dna", compleet=True)
    antwoord.refresh_from_db()
    assert antwoord.door_beide_compleet


def test_ter_ondertekening_tells_the_leden(tafel, rollen):
    praatplaat, _organisatie, lid = tafel
    meelezen.leg_ter_ondertekening_voor(praatplaat, door=rollen["gebiedsteam"])
    melding = Melding.objects.get(ontvanger=lid)
    assert melding.gebeurtenis.soort == "praatplaat.ondertekenen"
    assert "Anouk" not in melding.gebeurtenis.titel
    praatplaat.refresh_from_db()
    assert praatplaat.ter_ondertekening_op is not None


def test_the_journey_without_javascript(client, tafel, rollen):
    praatplaat, organisatie, lid = tafel
    client.force_login(lid)
    url = reverse("wijkafspraken:meelezen", args=[praatplaat.pk])
    page = client.get(url).content.decode()
    assert "Medeondertekenen namens onze bewonersorganisatie" in page
    response = client.post(url, {"vraag": "b1.dna", "tekst": ""})
    assert "Schrijf uw opmerking op." in response.content.decode()
    response = client.post(url, {"vraag": "b1.dna", "tekst": "Noem ook\r\nde Vlinderbuurt."})
    assert response.status_code == 302
    assert praatplaat.opmerkingen.get().tekst == "Noem ook\nde Vlinderbuurt."
    client.post(reverse("wijkafspraken:ondertekenen", args=[praatplaat.pk]))
    client.force_login(rollen["gebiedsteam"])
    page = client.get(url).content.decode()
    assert organisatie.naam in page and "Noem ook" in page and "Anouk" not in page
    vaststellen = reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])
    assert "ondertekende deze inhoud" in client.get(vaststellen).content.decode()
    assert client.post(vaststellen, {"reden": ""}).status_code == 302
    assert praatplaat.versies.get().ondertekeningen.get().bewonersorganisatie == organisatie


def test_a_lid_cannot_comment_on_another_wijk(client, tafel):
    praatplaat, _organisatie, _lid = tafel
    buurman = UserFactory()
    BewonersorganisatieFactory(leden=[buurman])
    client.force_login(buurman)
    url = reverse("wijkafspraken:meelezen", args=[praatplaat.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"vraag": "b1.dna", "tekst": "Hallo"}).status_code == 404
    assert not praatplaat.opmerkingen.exists()


def test_a_lid_finds_the_praatplaat_from_the_overview_and_the_wijk_page(client, tafel):
    praatplaat, _organisatie, lid = tafel
    meelezen_url = reverse("wijkafspraken:meelezen", args=[praatplaat.pk])
    client.force_login(lid)
    overzicht = client.get(reverse("wijkafspraken:overzicht")).content.decode()
    assert reverse("wijkafspraken:mijn_bewonersorganisatie") in overzicht
    assert meelezen_url in client.get(praatplaat.wijk.get_absolute_url()).content.decode()
    client.force_login(UserFactory())
    assert meelezen_url not in client.get(praatplaat.wijk.get_absolute_url()).content.decode()
