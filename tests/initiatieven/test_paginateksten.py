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


def test_a_refused_submission_says_so_at_the_top_with_a_link_to_the_tick(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    html = client.post(_stap(initiatief, 6), {"actie": "indienen"}).content.decode()
    samenvatting_van_fouten = html.index('id="foutenoverzicht"')
    assert samenvatting_van_fouten < html.index("Controleer alles hieronder")
    assert samenvatting_van_fouten < html.index('<h3 id="overzicht-idee"')
    assert 'href="#id_privacy_akkoord"' in html
    assert html.count('id="foutenoverzicht"') == 1
    assert "Geef aan dat u akkoord gaat met de privacyverklaring." in html


@pytest.mark.parametrize("url", ["nieuw", "stap 1"])
def test_title_and_summary_state_their_limits_and_are_not_cut_by_the_browser(client, inwoner, url):
    client.force_login(inwoner)
    if url == "nieuw":
        html = client.get(reverse("initiatieven:nieuw")).content.decode()
    else:
        initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
        html = client.get(_stap(initiatief, 1)).content.decode()
    for naam, limiet in (("titel", 150), ("samenvatting", 600)):
        veld = html.split(f'name="{naam}"')[1].split(">")[0]
        assert "maxlength" not in veld
        assert f'data-tekenlimiet="{limiet}"' in veld
        assert f"Hoogstens {limiet} tekens." in html


def test_too_long_a_text_is_refused_in_dutch_and_kept_whole(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, titel="Oud")
    client.force_login(inwoner)
    titel = ("Speeltuin " * 17).strip()
    samenvatting = ("Nieuwe toestellen voor de kinderen. " * 18).strip()
    response = client.post(
        _stap(initiatief, 1), {"titel": titel, "samenvatting": samenvatting, "actie": "verder"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "De titel mag hoogstens 150 tekens lang zijn; u gebruikt er nu 169." in html
    assert "De samenvatting mag hoogstens 600 tekens lang zijn; u gebruikt er nu 647." in html
    assert titel in html and samenvatting in html
    initiatief.refresh_from_db()
    assert initiatief.titel == "Oud"


def test_the_review_shows_the_whole_summary(client, inwoner):
    samenvatting = "Woord " * 99 + "slotwoord"
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner, samenvatting=samenvatting)
    client.force_login(inwoner)
    assert samenvatting in client.get(_stap(initiatief, 6)).content.decode()


def test_the_intake_list_dates_in_dutch(client, medewerker):
    import datetime

    from django.utils import timezone

    ingediend = timezone.make_aware(datetime.datetime(2026, 8, 2, 10, 0))
    InitiatiefFactory(ingediend_op=ingediend)
    client.force_login(medewerker)
    html = client.get(reverse("initiatieven:intake")).content.decode()
    assert "2 augustus 2026" in html and "2-8-2026" not in html
