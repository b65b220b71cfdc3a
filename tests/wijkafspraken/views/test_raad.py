import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import ArchetypeKeuzeFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.django_db


def _versie(wijk, team):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    medeondertekend(praatplaat)
    return services.vaststellen(praatplaat, door=team)


def test_a_version_is_marked_voorgelegd_aan_de_raad(client, rollen, wijk):
    versie = _versie(wijk, rollen["gebiedsteam"])
    url = reverse("wijkafspraken:raad", args=[versie.praatplaat_id, versie.nummer])
    client.force_login(rollen["gebiedsteam"])
    response = client.post(url, {"voorgelegd_aan_raad_op": "", "raadsbesluit_url": "geen url"})
    html = response.content.decode()
    assert "Vul de datum in" in html and "volledig webadres" in html and "geen url" in html
    besluit = "https://gemeenteraad.groningen.nl/besluit/1"
    data = {"voorgelegd_aan_raad_op": "2026-12-16", "raadsbesluit_url": besluit}
    assert client.post(url, data).status_code == 302
    page = client.get(versie.get_absolute_url()).content.decode()
    assert "Voorgelegd aan de gemeenteraad op 16 december 2026" in page and besluit in page


def test_only_the_gebiedsteam_of_the_wijk_marks_it(client, rollen, wijk):
    versie = _versie(wijk, rollen["gebiedsteam"])
    url = reverse("wijkafspraken:raad", args=[versie.praatplaat_id, versie.nummer])
    for rol in ("inwoner", "ander_team", "raadslid"):
        client.force_login(rollen[rol])
        data = {"voorgelegd_aan_raad_op": "2026-12-16"}
        assert client.post(url, data).status_code == 404
    versie.refresh_from_db()
    assert versie.voorgelegd_aan_raad_op is None


def test_the_register_of_archetype_3_keeps_budgets_with_their_verantwoording(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    ArchetypeKeuzeFactory(praatplaat=praatplaat, thema="wijkbudget", archetype=3)
    url = reverse("wijkafspraken:overdrachten", args=[praatplaat.pk])
    client.force_login(rollen["gebiedsteam"])
    data = {
        "thema": "wijkbudget",
        "soort": "budget",
        "omschrijving": "Het wijkbudget",
        "sinds": "2027-01-01",
        "verantwoording": "Jaarverslag op de wijkavond",
    }
    response = client.post(url, data)
    assert "Vul het bedrag" in response.content.decode()
    assert client.post(url, {**data, "thema": "iets anders", "bedrag": "1"}).status_code == 200
    assert client.post(url, {**data, "bedrag": "25000"}).status_code == 302
    overdracht = praatplaat.overdrachten.get()
    assert overdracht.bedrag == 25000 and overdracht.thema == "wijkbudget"
    assert "Jaarverslag op de wijkavond" in client.get(url).content.decode()
