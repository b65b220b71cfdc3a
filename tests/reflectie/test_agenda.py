import pytest
from django.urls import reverse

from reflectie import agenda
from reflectie.models import AgendaVersie
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import AgendapuntFactory, OnderwerpFactory, SessieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def medewerker(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)
    return user


def test_add_items_publish_and_version_is_frozen(client, medewerker, gepubliceerd):
    sessie = SessieFactory(groepen=["raadsleden"])
    onderwerp = OnderwerpFactory(geselecteerd=True)
    url = reverse("reflectie:agenda", args=[sessie.pk])
    client.post(url, {"titel": "Opening", "duur": 10})
    client.post(url, {"titel": "Casus", "duur": 45, "onderwerp": onderwerp.pk})
    sequence = type(sessie).objects.get(pk=sessie.pk).sequence
    response = client.post(reverse("reflectie:publiceer", args=[sessie.pk]))
    assert response.status_code == 302
    versie = AgendaVersie.objects.get(sessie=sessie)
    assert versie.nummer == 1
    assert [p["titel"] for p in versie.inhoud] == ["Opening", "Casus"]
    assert versie.inhoud[1]["onderwerp"] == onderwerp.titel
    assert gepubliceerd[-1][0] == "sessie.agenda"
    assert type(sessie).objects.get(pk=sessie.pk).sequence > sequence
    sessie.agendapunten.filter(titel="Opening").update(titel="Welkom")
    versie.refresh_from_db()
    assert versie.inhoud[0]["titel"] == "Opening"


def test_changes_after_publication_are_marked():
    sessie = SessieFactory()
    eerste = AgendapuntFactory(sessie=sessie, titel="Opening", volgorde=1)
    tweede = AgendapuntFactory(sessie=sessie, titel="Casus", volgorde=2)
    derde = AgendapuntFactory(sessie=sessie, titel="Rondvraag", volgorde=3)
    versie = AgendaVersie.objects.create(sessie=sessie, nummer=1, inhoud=agenda.snapshot(sessie))
    tweede.duur = 60
    tweede.save()
    derde.delete()
    nieuw = AgendapuntFactory(sessie=sessie, titel="Extra", volgorde=4)
    result = agenda.wijzigingen(agenda.snapshot(sessie), versie)
    assert result.per_punt == {tweede.pk: "gewijzigd: duur", nieuw.pk: "nieuw"}
    assert [p["titel"] for p in result.verwijderd] == ["Rondvraag"]
    assert eerste.pk not in result.per_punt


def test_published_agenda_shown_to_invitee_changes_only_to_staff(client):
    raadslid = UserFactory(raadslid=True)
    sessie = SessieFactory(groepen=["raadsleden"])
    punt = AgendapuntFactory(sessie=sessie, titel="Gepubliceerd punt")
    AgendaVersie.objects.create(sessie=sessie, nummer=1, inhoud=agenda.snapshot(sessie))
    punt.titel = "Nieuwe titel"
    punt.save()
    client.force_login(raadslid)
    html = client.get(sessie.get_absolute_url()).content.decode()
    assert "Gepubliceerd punt" in html and "Nieuwe titel" not in html
    client.force_login(UserFactory(griffie=True))
    html = client.get(sessie.get_absolute_url()).content.decode()
    assert "Nieuwe titel" in html and "gewijzigd: titel" in html


def test_reorder_items(client, medewerker):
    sessie = SessieFactory()
    a = AgendapuntFactory(sessie=sessie, titel="A", volgorde=1)
    AgendapuntFactory(sessie=sessie, titel="B", volgorde=2)
    client.force_login(UserFactory(griffie=True))
    overzicht = client.get(reverse("reflectie:griffie")).content.decode()
    assert overzicht.index("<li>A") < overzicht.index("<li>B")
    client.force_login(medewerker)
    client.post(reverse("reflectie:agendapunt_schuif", args=[sessie.pk, a.pk, "omlaag"]))
    assert [p.titel for p in sessie.agendapunten.all()] == ["B", "A"]
    client.force_login(UserFactory(griffie=True))
    overzicht = client.get(reverse("reflectie:griffie")).content.decode()
    assert overzicht.index("<li>B") < overzicht.index("<li>A")  # not from the cache


def test_item_treats_an_initiative_as_casus(client, medewerker):
    sessie = SessieFactory()
    initiatief = InitiatiefFactory(in_gesprek=True)
    response = client.post(
        reverse("reflectie:agenda", args=[sessie.pk]),
        {"titel": "Casus", "duur": 30, "initiatief": initiatief.pk},
    )
    assert response.status_code == 302
    assert sessie.agendapunten.get().initiatief == initiatief


def test_document_link_on_item(client, medewerker):
    punt = AgendapuntFactory()
    url = reverse("reflectie:document_toevoegen", args=[punt.sessie.pk, punt.pk])
    response = client.post(url, {"document-titel": "Raadsbrief", "document-url": "geen url"})
    assert response.status_code == 200
    client.post(url, {"document-titel": "Raadsbrief", "document-url": "https://example.org/x.pdf"})
    assert punt.documenten.get().titel == "Raadsbrief"


def test_print_version_for_griffie(client):
    sessie = SessieFactory()
    AgendapuntFactory(sessie=sessie, titel="Te printen punt")
    client.force_login(UserFactory(griffie=True))
    response = client.get(reverse("reflectie:afdrukken", args=[sessie.pk]))
    assert "Te printen punt" in response.content.decode()
    assert "reflectie.css" in response.content.decode()


def test_publishing_without_changes_adds_no_version(client, medewerker, gepubliceerd):
    sessie = SessieFactory()
    AgendapuntFactory(sessie=sessie)
    url = reverse("reflectie:publiceer", args=[sessie.pk])
    client.post(url)
    client.post(url)
    assert sessie.agendaversies.count() == 1


def test_earlier_versions_stay_readable(client, medewerker, gepubliceerd):
    sessie = SessieFactory()
    punt = AgendapuntFactory(sessie=sessie, titel="Eerste opzet")
    client.post(reverse("reflectie:publiceer", args=[sessie.pk]))
    punt.titel = "Tweede opzet"
    punt.save()
    client.post(reverse("reflectie:publiceer", args=[sessie.pk]))
    html = client.get(sessie.get_absolute_url()).content.decode()
    assert "Eerder gepubliceerde versies" in html
    html = client.get(reverse("reflectie:agendaversie", args=[sessie.pk, 1])).content.decode()
    assert "Eerste opzet" in html and "Tweede opzet" not in html
