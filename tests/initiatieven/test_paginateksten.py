"""What the pages of the guided form say: the review step, the optional bijlagen."""

import pytest
from django.urls import reverse

from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _stap(initiatief, nummer):
    return reverse("initiatieven:stap", args=[initiatief.pk, nummer])


@pytest.mark.parametrize(
    ("naam_tonen", "gezegd", "niet_gezegd"),
    [
        (False, "Nee, alleen het participatiepunt ziet mijn naam", "mijn naam mag"),
        (True, "Ja, mijn naam mag bij het initiatief staan", "Nee,"),
    ],
)
def test_the_review_says_what_the_resident_chose_about_their_name(
    client, inwoner, naam_tonen, gezegd, niet_gezegd
):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, naam_tonen=naam_tonen)
    client.force_login(inwoner)
    html = client.get(_stap(initiatief, 6)).content.decode()
    naam_openbaar = html.split("<dt>Naam openbaar</dt>")[1].split("</dd>")[0]
    assert gezegd in naam_openbaar
    assert niet_gezegd not in naam_openbaar


def test_the_optional_bijlage_field_is_not_marked_required(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    html = client.get(_stap(initiatief, 5)).content.decode()
    assert "Bijlagen zijn niet verplicht" in html
    assert "asteriskField" not in html
    assert " required" not in html.split('name="bestand"')[1].split(">")[0]


def test_adding_a_bijlage_without_a_file_says_so(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    response = client.post(_stap(initiatief, 5), {"actie": "uploaden"})
    assert response.status_code == 200
    assert "Kies een bestand om toe te voegen." in response.content.decode()
    assert not initiatief.bijlagen.exists()


def test_going_on_without_a_bijlage_is_fine(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, concept_stap=5)
    client.force_login(inwoner)
    response = client.post(_stap(initiatief, 5), {"actie": "verder"})
    assert response["Location"] == _stap(initiatief, 6)


def test_the_home_page_has_a_start_button(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert f'class="btn btn-primary btn-lg" href="{reverse("initiatieven:nieuw")}"' in html
    assert "Start een initiatief</a>" in html
