import pytest
from django.urls import reverse

from reflectie.models import Activiteit
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory
from tests.factories.reflectie import SessieFactory

pytestmark = pytest.mark.django_db


def test_staff_plans_months_and_links_sessions(client):
    activiteit = Activiteit.objects.get(omschrijving="Bijeenkomsten adviesraad")
    sessie = SessieFactory(titel="Adviesraad 1")
    client.force_login(UserFactory(medewerker=True))
    response = client.post(
        reverse("reflectie:activiteit", args=[activiteit.pk]),
        {"omschrijving": activiteit.omschrijving, "maanden": ["12", "2"], "sessies": [sessie.pk]},
    )
    assert response.status_code == 302
    activiteit.refresh_from_db()
    assert activiteit.maanden == [12, 2]
    assert list(activiteit.sessies.all()) == [sessie]
    html = client.get(reverse("reflectie:planning")).content.decode()
    assert "Adviesraad 1" in html and "loopt in december" in html


def test_staff_link_their_own_gemeente_s_sessions_and_keep_the_others(client):
    """The planning is shared: another gemeente's session is no choice here, and saving keeps
    the sessions the other gemeente linked."""
    activiteit = Activiteit.objects.get(omschrijving="Bijeenkomsten adviesraad")
    daar = SessieFactory(titel="Adviesraad elders", gemeente=GemeenteFactory(andere=True))
    activiteit.sessies.add(daar)
    hier = SessieFactory(titel="Adviesraad hier")
    client.force_login(UserFactory(medewerker=True))
    url = reverse("reflectie:activiteit", args=[activiteit.pk])
    assert "Adviesraad elders" not in client.get(url).content.decode()
    data = {"omschrijving": activiteit.omschrijving, "maanden": ["12"]}
    response = client.post(url, data | {"sessies": [daar.pk]})
    assert response.status_code == 200 and "Selecteer een geldige keuze" in response.text
    assert client.post(url, data | {"sessies": [hier.pk]}).status_code == 302
    assert set(activiteit.sessies.all()) == {hier, daar}


def test_bestuur_reads_planning_without_closed_sessions_of_others(client):
    activiteit = Activiteit.objects.get(omschrijving="Bijeenkomsten adviesraad")
    activiteit.sessies.add(SessieFactory(titel="Besloten adviesraad"))
    client.force_login(UserFactory(raadslid=True))
    response = client.get(reverse("reflectie:planning"))
    assert response.status_code == 200
    assert "Besloten adviesraad" not in response.content.decode()
    assert client.get(reverse("reflectie:activiteit", args=[activiteit.pk])).status_code == 403


@pytest.mark.parametrize("aantal", [1, 6])
def test_planning_query_count(client, aantal, django_assert_max_num_queries):
    for activiteit in Activiteit.objects.all()[:aantal]:
        activiteit.sessies.add(*SessieFactory.create_batch(aantal))
    client.force_login(UserFactory(griffie=True))
    with django_assert_max_num_queries(8):
        client.get(reverse("reflectie:planning"))
