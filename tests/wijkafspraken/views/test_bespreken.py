import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import PraatplaatFactory
from wijkafspraken.models import Afspraak, Praatplaat

pytestmark = pytest.mark.django_db


@pytest.fixture
def praatplaat(wijk):
    return PraatplaatFactory(wijk=wijk)


@pytest.mark.parametrize("rol", ["inwoner", "ander_team", "griffie", "raadslid"])
def test_drafts_are_a_404_for_others(client, rollen, praatplaat, rol):
    client.force_login(rollen[rol])
    for naam in ["praatplaat", "gegevens", "vaststellen", "evaluatie"]:
        assert client.get(reverse(f"wijkafspraken:{naam}", args=[praatplaat.pk])).status_code == 404
    url = reverse("wijkafspraken:openen", args=[praatplaat.wijk.slug])
    assert client.post(url).status_code == 404


def test_anonymous_visitors_are_asked_to_log_in(client, praatplaat):
    response = client.get(reverse("wijkafspraken:praatplaat", args=[praatplaat.pk]))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_gebiedsteam_opens_a_praatplaat(client, rollen, wijk):
    client.force_login(rollen["gebiedsteam"])
    response = client.post(reverse("wijkafspraken:openen", args=[wijk.slug]))
    praatplaat = Praatplaat.objects.get(wijk=wijk)
    assert response["Location"] == reverse("wijkafspraken:gegevens", args=[praatplaat.pk])


def test_answers_saved_per_part_and_next_part(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:vragen", args=[praatplaat.pk, "b1"])
    data = {"b1-dna__tekst": "Een dorp van doeners", "b1-dna__openbaar": "on", "volgende": ""}
    response = client.post(url, data)
    assert response["Location"] == reverse("wijkafspraken:vragen", args=[praatplaat.pk, "b2"])
    antwoord = praatplaat.antwoorden.get()
    assert antwoord.tekst == "Een dorp van doeners" and antwoord.openbaar
    page = client.get(url).content.decode()
    assert "Een dorp van doeners" in page


def test_unknown_part_is_a_404(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:vragen", args=[praatplaat.pk, "b9"])
    assert client.get(url).status_code == 404


def test_gegevens_records_deelnemers_archetype_per_theme_and_raad(client, rollen, praatplaat):
    client.force_login(rollen["medewerker"])
    data = {
        "rol_raad": "proces",
        "rol_raad_toelichting": "",
        "evaluatie_op": "",
        "deelnemers-TOTAL_FORMS": "2",
        "deelnemers-INITIAL_FORMS": "0",
        "deelnemers-0-naam": "Dorpsbelangen",
        "deelnemers-0-soort": "bewonersorganisatie",
        "archetypen-TOTAL_FORMS": "2",
        "archetypen-INITIAL_FORMS": "0",
        "archetypen-0-thema": "wijkbudget",
        "archetypen-0-archetype": "3",
        "archetypen-1-thema": "stedelijke vraagstukken",
        "archetypen-1-archetype": "1",
    }
    url = reverse("wijkafspraken:gegevens", args=[praatplaat.pk])
    assert client.post(url, data).status_code == 302
    praatplaat.refresh_from_db()
    assert praatplaat.rol_raad == "proces"
    assert sorted(praatplaat.archetypen.values_list("archetype", flat=True)) == [1, 3]
    assert praatplaat.deelnemers.get().naam == "Dorpsbelangen"


def test_witte_vlek_button_is_a_post(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:witte_vlek", args=[praatplaat.pk, "k.stem.4"])
    assert client.get(url).status_code == 405
    response = client.post(url)
    afspraak = Afspraak.objects.get(praatplaat=praatplaat)
    assert afspraak.vraag_key == "k.stem.4"
    assert response["Location"] == reverse(
        "wijkafspraken:afspraak", args=[praatplaat.pk, afspraak.pk]
    )
    assert (
        client.post(reverse("wijkafspraken:witte_vlek", args=[praatplaat.pk, "x"])).status_code
        == 404
    )


def test_afspraak_with_organisation_needs_its_name_and_keeps_input(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:afspraak_nieuw", args=[praatplaat.pk])
    data = {"wat": "Dorpsavond organiseren", "wie": "organisatie", "wanneer": "2027-03-01"}
    data.update(status="open", vraag_key="k.stem.2", organisatie="")
    response = client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Noem de organisatie die dit doet." in page and "Dorpsavond organiseren" in page
    data["organisatie"] = "Dorpshuis De Kiepe"
    assert client.post(url, data).status_code == 302
    assert Afspraak.objects.get().wie_tekst == "Dorpshuis De Kiepe"


def test_afspraak_of_another_praatplaat_is_a_404(client, rollen, praatplaat):
    ander = Afspraak.objects.create(
        praatplaat=PraatplaatFactory(wijk__gebied=praatplaat.wijk.gebied),
        wat="x",
        wanneer="2027-01-01",
    )
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:afspraak", args=[praatplaat.pk, ander.pk])
    assert client.get(url).status_code == 404


def test_editing_the_afspraak_of_a_witte_vlek_keeps_its_question(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    client.post(reverse("wijkafspraken:witte_vlek", args=[praatplaat.pk, "k.stem.4"]))
    afspraak = Afspraak.objects.get()
    url = reverse("wijkafspraken:afspraak", args=[praatplaat.pk, afspraak.pk])
    page = client.get(url).content.decode()
    assert 'value="k.stem.4" selected' in page
