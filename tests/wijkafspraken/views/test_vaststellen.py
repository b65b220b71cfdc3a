import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.django_db


def test_vaststellen_page_lists_what_the_check_still_demands(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    praatplaat.archetypen.update(archetype=3)
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])
    page = client.get(url).content.decode()
    assert "Vaststellen kan nog niet" in page
    assert "Wie bewaakt de democratische kwaliteit van het proces?" in page
    response = client.post(url, {"reden": ""})
    assert "congruentietoets is nog niet voldaan" in response.content.decode()
    assert not praatplaat.versies.exists()


def test_vaststellen_then_a_second_version_needs_a_reason(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    afspraak = AfspraakFactory(praatplaat=praatplaat)
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])
    medeondertekend(praatplaat)
    response = client.post(url, {"reden": ""})
    assert response["Location"] == reverse("wijkafspraken:versie", args=[praatplaat.pk, 1])
    afspraak.status = "bezig"
    afspraak.save()
    response = client.post(url, {"reden": ""})
    assert "Geef de reden van de wijziging." in response.content.decode()
    medeondertekend(praatplaat)
    response = client.post(url, {"reden": "Het wijkpanel is gestart"})
    assert response["Location"] == reverse("wijkafspraken:versie", args=[praatplaat.pk, 2])
    page = client.get(response["Location"]).content.decode()
    assert "Wat veranderde sinds versie 1" in page and "Het wijkpanel is gestart" in page


def test_evaluation_walks_the_questions_and_records_lessons(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:evaluatie", args=[praatplaat.pk])
    page = client.get(url).content.decode()
    assert "Hoe zorgen we voor omgeving waarin we constructief samenwerken" in page
    response = client.post(url, {"gehouden_op": "2026-11-20", "lessen": ""})
    assert "Schrijf op wat u samen geleerd hebt." in response.content.decode()
    data = {"gehouden_op": "2026-11-20", "lessen": "Loting werkt", "v-b1-dna": "Klopt nog"}
    assert client.post(url, data).status_code == 302
    evaluatie = praatplaat.evaluaties.get()
    assert evaluatie.opmerkingen == {"b1.dna": "Klopt nog"}
    detail = reverse("wijkafspraken:evaluatie_detail", args=[praatplaat.pk, evaluatie.pk])
    assert "Loting werkt" in client.get(detail).content.decode()
