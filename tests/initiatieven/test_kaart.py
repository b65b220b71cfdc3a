"""Trajecten on the maps of the public list and of a wijk's page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven.choices import Thema
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db
LIJST = reverse("initiatieven:lijst")


def _namen(antwoord):
    return [item["naam"] for item in antwoord.context["kaart"]["items"]]


def test_the_list_map_shows_public_trajecten_with_a_location_and_follows_the_filters(client):
    InitiatiefFactory(in_gesprek=True, titel="Groene speelplek", plek=(53.2192, 6.5675))
    InitiatiefFactory(
        in_gesprek=True, titel="Veilig fietspad", thema=Thema.VERKEER, plek=(53.21, 6.56)
    )
    InitiatiefFactory(in_gesprek=True, titel="Zonder plek")
    InitiatiefFactory(titel="Nog niet openbaar", plek=(53.2192, 6.5675))
    antwoord = client.get(LIJST)
    assert _namen(antwoord) == ["Groene speelplek", "Veilig fietspad"]
    assert 'data-kaart="kaart-initiatieven"' in antwoord.text
    assert 'id="kaart-initiatieven-lijst"' in antwoord.text  # the text version beside it
    gefilterd = client.get(LIJST, {"thema": Thema.VERKEER})
    assert _namen(gefilterd) == ["Veilig fietspad"]
    assert _namen(client.get(LIJST, {"q": "speelplekken"})) == ["Groene speelplek"]


def test_no_map_when_nothing_has_a_location(client):
    InitiatiefFactory(in_gesprek=True)
    assert 'data-kaart="' not in client.get(LIJST).text


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.parametrize("pagina", ["lijst", "wijk"])
def test_map_pages_run_the_same_queries_for_3_or_30_trajecten(client, pagina):
    wijk = WijkFactory(
        plek={
            "type": "Polygon",
            "coordinates": [[[6.5, 53.2], [6.6, 53.2], [6.6, 53.3], [6.5, 53.2]]],
        }
    )
    url = LIJST if pagina == "lijst" else wijk.get_absolute_url()

    def vul(aantal):
        for i in range(aantal):
            InitiatiefFactory(in_gesprek=True, wijk=wijk, plek=(53.21 + i / 1000, 6.56))

    vul(3)
    weinig = _queries(client, url)
    vul(27)
    assert _queries(client, url) == weinig


def test_the_wijk_page_draws_the_outline_and_its_trajecten(client):
    vlak = {
        "type": "Polygon",
        "coordinates": [[[6.5, 53.2], [6.6, 53.2], [6.6, 53.3], [6.5, 53.2]]],
    }
    wijk = WijkFactory(naam="Paddepoel-test", plek=vlak)
    InitiatiefFactory(in_gesprek=True, wijk=wijk, titel="Buurttuin", plek=(53.25, 6.55))
    InitiatiefFactory(in_gesprek=True, wijk=wijk, titel="Zonder plek")
    antwoord = client.get(wijk.get_absolute_url())
    assert 'data-kaart="kaart-wijk"' in antwoord.text
    assert "(niet op de kaart)" in antwoord.text
    secties = [s["inhoud"] for s in antwoord.context["secties"] if "kaart" in s["inhoud"]]
    assert [i["naam"] for i in secties[0]["kaart"]["items"]] == ["Paddepoel-test", "Buurttuin"]
