"""Staff put a traject on the map: typed coordinates or GeoJSON, checked on the server."""

import json

import pytest
from django.urls import reverse

from initiatieven.models import Initiatief
from participatiepunt.meldingen import volgen
from tests.factories.initiatieven import AdresVolgFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiatief():
    return InitiatiefFactory(in_gesprek=True)


def _url(initiatief):
    return reverse("initiatieven:beheer_locatie", kwargs={"pk": initiatief.pk})


def test_staff_type_coordinates_without_javascript(client, medewerker, initiatief):
    adresvolg = AdresVolgFactory()
    client.force_login(medewerker)
    antwoord = client.post(_url(initiatief), {"locatie": "53,21917 6,5675\r\n"})
    assert antwoord.status_code == 302
    initiatief.refresh_from_db()
    assert initiatief.locatie == {"type": "Point", "coordinates": [6.5675, 53.21917]}
    assert initiatief.locatie_min_breedte == initiatief.locatie_max_breedte == 53.21917
    assert volgen.volgt(adresvolg.gebruiker, initiatief)


def test_the_page_shows_the_stored_location_as_text_and_map_data(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True, plek=(53.21917, 6.5675))
    client.force_login(medewerker)
    antwoord = client.get(_url(initiatief))
    assert antwoord.status_code == 200
    assert "53.21917, 6.5675" in antwoord.text
    assert 'data-kaart="kaart-locatie"' in antwoord.text
    assert antwoord.context["kaart"]["items"][0]["geometrie"] == initiatief.locatie


def test_a_drawn_polygon_is_stored_with_its_box(client, medewerker, initiatief):
    vlak = {
        "type": "Polygon",
        "coordinates": [[[6.56, 53.21], [6.57, 53.21], [6.57, 53.22], [6.56, 53.21]]],
    }
    client.force_login(medewerker)
    client.post(_url(initiatief), {"locatie": json.dumps(vlak)})
    initiatief.refresh_from_db()
    assert initiatief.locatie == vlak
    assert (initiatief.locatie_min_lengte, initiatief.locatie_max_lengte) == (6.56, 6.57)


def test_bad_input_is_shown_again_with_a_dutch_message(client, medewerker, initiatief):
    client.force_login(medewerker)
    antwoord = client.post(_url(initiatief), {"locatie": "6.5675, 53.21917"})
    assert antwoord.status_code == 400
    assert "omgedraaid" in antwoord.text
    assert "6.5675, 53.21917" in antwoord.text
    assert Initiatief.objects.get(pk=initiatief.pk).locatie is None


def test_an_empty_field_removes_the_location(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True, plek=(53.21917, 6.5675))
    client.force_login(medewerker)
    client.post(_url(initiatief), {"locatie": ""})
    initiatief.refresh_from_db()
    assert initiatief.locatie is None and initiatief.locatie_min_breedte is None


def test_a_resident_cannot_place_it(client, initiatief):
    client.force_login(initiatief.indiener)
    assert client.post(_url(initiatief), {"locatie": "53.2, 6.5"}).status_code == 404
