import pytest
from django.urls import reverse

from participatiepunt.accounts.models import Bewonersorganisatie
from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.gebieden import GemeenteFactory, WijkFactory

pytestmark = pytest.mark.django_db


def test_the_gebiedsteam_names_an_organisation_and_its_leden(client, rollen, wijk):
    lid = UserFactory(email="anouk@voorbeeld.nl")
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:bewonersorganisatie_nieuw")
    data = {
        "naam": "Dorpsbelangen Test",
        "soort": "bewonersorganisatie",
        "wijken": [wijk.pk],
        "leden_emails": "ANOUK@voorbeeld.nl\r\nonbekend@voorbeeld.nl",
    }
    response = client.post(url, data)
    html = response.content.decode()
    assert "Geen inwoneraccount gevonden voor: onbekend@voorbeeld.nl" in html
    assert "Dorpsbelangen Test" in html  # nothing typed is lost
    data["leden_emails"] = "anouk@voorbeeld.nl"
    assert client.post(url, data).status_code == 302
    organisatie = Bewonersorganisatie.objects.get(naam="Dorpsbelangen Test")
    assert list(organisatie.leden.all()) == [lid]
    assert organisatie.gemeente == wijk.gebied.gemeente


def test_a_gebiedsteam_cannot_name_wijken_of_another_gebied(client, rollen, wijk):
    elders = WijkFactory()
    client.force_login(rollen["gebiedsteam"])
    data = {"naam": "Elders", "soort": "bewonersorganisatie", "wijken": [elders.pk]}
    response = client.post(reverse("wijkafspraken:bewonersorganisatie_nieuw"), data)
    assert response.status_code == 200 and not Bewonersorganisatie.objects.exists()


def test_organisations_of_another_gebied_or_gemeente_are_not_theirs(client, rollen, wijk):
    elders = BewonersorganisatieFactory()
    andere_gemeente = BewonersorganisatieFactory(gemeente=GemeenteFactory(andere=True))
    client.force_login(rollen["gebiedsteam"])
    for organisatie in (elders, andere_gemeente):
        url = reverse("wijkafspraken:bewonersorganisatie", args=[organisatie.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"naam": "Overgenomen"}).status_code == 404
    client.force_login(rollen["medewerker"])
    url = reverse("wijkafspraken:bewonersorganisatie", args=[andere_gemeente.pk])
    assert client.get(url).status_code == 404  # another gemeente's host serves it
    assert not Bewonersorganisatie.objects.filter(naam="Overgenomen").exists()
