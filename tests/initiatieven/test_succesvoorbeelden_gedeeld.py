"""Succesvoorbeelden shared per item with the gemeenten of the same ambtelijke organisatie
(issue 16, item 4): the casemanager ticks it when marking; the sister gemeente's library lists
it with the gemeente's name and opens it; a gemeente of another organisatie never sees it."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, OrganisatieFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db
LIJST = reverse("succesvoorbeelden:lijst")
VELD = "gedeeld_binnen_organisatie"


@pytest.fixture
def gemeenten(settings):
    """Groningen and a sister gemeente of one organisatie, and a gemeente of another one."""
    settings.ALLOWED_HOSTS = ["*"]
    sed = OrganisatieFactory(naam="SED-organisatie")
    groningen = GemeenteFactory()
    groningen.organisatie = sed
    groningen.save()
    zus = GemeenteFactory(andere=True, naam="Zusterdam", organisatie=sed)
    vreemd = GemeenteFactory(andere=True, organisatie=OrganisatieFactory())
    return groningen, zus, vreemd


def _voorbeeld(gemeente, titel, **velden):
    wijk = WijkFactory(gebied__gemeente=gemeente)
    return InitiatiefFactory(succesvoorbeeld=True, titel=titel, wijk=wijk, **velden)


def test_a_shared_example_is_in_the_sister_library_with_its_gemeente(client, gemeenten):
    groningen, zus, vreemd = gemeenten
    gedeeld = _voorbeeld(zus, "Gedeelde pluktuin", gedeeld_binnen_organisatie=True)
    _voorbeeld(zus, "Eigen repaircafé")
    html = client.get(LIJST).content.decode()
    assert "Gedeelde pluktuin" in html and "Gemeente Zusterdam" in html
    assert "Eigen repaircafé" not in html
    detail = client.get(reverse("succesvoorbeelden:voorbeeld", args=[gedeeld.pk]))
    assert detail.status_code == 200 and "Gemeente Zusterdam" in detail.content.decode()
    eigen = client.get(LIJST, HTTP_HOST=zus.hostnaam).content.decode()
    assert "Gedeelde pluktuin" in eigen and "Gemeente Zusterdam" not in eigen


def test_never_across_organisaties(client, gemeenten):
    groningen, zus, vreemd = gemeenten
    gedeeld = _voorbeeld(zus, "Gedeelde pluktuin", gedeeld_binnen_organisatie=True)
    assert "Gedeelde pluktuin" not in client.get(LIJST, HTTP_HOST=vreemd.hostnaam).content.decode()
    url = reverse("succesvoorbeelden:voorbeeld", args=[gedeeld.pk])
    assert client.get(url, HTTP_HOST=vreemd.hostnaam).status_code == 404


def test_a_gemeente_without_organisatie_sees_no_shared_example(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    zus = GemeenteFactory(andere=True, organisatie=OrganisatieFactory())
    gedeeld = _voorbeeld(zus, "Gedeelde pluktuin", gedeeld_binnen_organisatie=True)
    assert "Gedeelde pluktuin" not in client.get(LIJST).content.decode()
    url = reverse("succesvoorbeelden:voorbeeld", args=[gedeeld.pk])
    assert client.get(url).status_code == 404


def test_the_casemanager_shares_it_when_marking(client, gemeenten):
    afgerond = InitiatiefFactory(afgerond=True)
    client.force_login(UserFactory(medewerker=True))
    beheer = reverse("initiatieven:beheer", args=[afgerond.pk])
    assert f'name="{VELD}"' in client.get(beheer).content.decode()
    url = reverse("initiatieven:beheer_actie", args=[afgerond.pk, "succesvoorbeeld"])
    client.post(url, {"is_succesvoorbeeld": "on", VELD: "on"})
    afgerond.refresh_from_db()
    assert afgerond.is_succesvoorbeeld and afgerond.gedeeld_binnen_organisatie
    client.post(url, {"is_succesvoorbeeld": "on"})
    afgerond.refresh_from_db()
    assert not afgerond.gedeeld_binnen_organisatie


def test_no_tick_box_where_there_is_nobody_to_share_with(client):
    afgerond = InitiatiefFactory(afgerond=True)
    client.force_login(UserFactory(medewerker=True))
    beheer = reverse("initiatieven:beheer", args=[afgerond.pk])
    assert f'name="{VELD}"' not in client.get(beheer).content.decode()
    url = reverse("initiatieven:beheer_actie", args=[afgerond.pk, "succesvoorbeeld"])
    client.post(url, {"is_succesvoorbeeld": "on", VELD: "on"})
    afgerond.refresh_from_db()
    assert afgerond.is_succesvoorbeeld and not afgerond.gedeeld_binnen_organisatie
