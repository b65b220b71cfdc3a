"""The choices of reflectie's forms are those of the session's (or the request's) gemeente: a
hand-made POST with another gemeente's wijk, initiative, praatplaat or topic gets a field error
and saves nothing; a group invitation reaches the group's members of that gemeente only."""

import pytest
from django.urls import reverse

from reflectie.models import Agendapunt, Les, Onderwerp, Sessie
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import OnderwerpFactory, SessieFactory, over
from tests.factories.wijkafspraken import PraatplaatFactory

pytestmark = pytest.mark.django_db

FOUT = "Selecteer een geldige keuze"


@pytest.fixture
def elders():
    return GemeenteFactory(andere=True)


@pytest.fixture
def medewerker(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)
    return user


def _sessie_data(**extra):
    start = over(20)
    return {
        "soort": "reflectiegroep",
        "titel": "Reflectiegroep januari",
        "datum": start.date().isoformat(),
        "begintijd": "15:00",
        "eindtijd": "17:00",
        "locatie": "Stadhuis, Grote Markt 1",
    } | extra


def test_a_session_in_another_gemeente_s_wijk_is_refused_and_input_kept(client, medewerker, elders):
    vreemd = WijkFactory(naam="Vreemde wijk", gebied__gemeente=elders)
    eigen = WijkFactory(naam="Eigen wijk")
    assert "Vreemde wijk" not in client.get(reverse("reflectie:nieuw")).content.decode()
    response = client.post(reverse("reflectie:nieuw"), _sessie_data(wijk=vreemd.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert FOUT in html and 'value="Reflectiegroep januari"' in html
    assert not Sessie.objects.exists()
    assert client.post(reverse("reflectie:nieuw"), _sessie_data(wijk=eigen.pk)).status_code == 302


def test_only_this_gemeente_s_people_are_invitable_in_person(client, medewerker, elders):
    raadslid_elders = UserFactory(raadslid=True, naam="Raadslid Elders", gemeenten=[elders])
    assert "Raadslid Elders" not in client.get(reverse("reflectie:nieuw")).content.decode()
    response = client.post(
        reverse("reflectie:nieuw"), _sessie_data(genodigden=[raadslid_elders.pk])
    )
    assert response.status_code == 200 and FOUT in response.content.decode()
    assert not Sessie.objects.exists()


def test_a_group_invitation_reaches_the_group_of_the_session_s_gemeente(elders):
    hier = UserFactory(raadslid=True)
    daar = UserFactory(raadslid=True, gemeenten=[elders])
    sessie = SessieFactory(groepen=["raadsleden"])
    assert list(sessie.genodigde_gebruikers()) == [hier]
    assert list(Sessie.objects.uitgenodigd(daar)) == []
    assert list(Sessie.objects.uitgenodigd(hier)) == [sessie]


def test_a_topic_about_another_gemeente_s_wijk_or_initiative_is_refused(client, elders):
    client.force_login(UserFactory())
    vreemd = WijkFactory(gebied__gemeente=elders)
    traject = InitiatiefFactory(in_uitvoering=True, wijk=vreemd)
    for veld, waarde in (("wijk", vreemd.pk), ("initiatief", traject.pk)):
        data = {"titel": "Straat herinrichting", "waarom": "Te laat", veld: waarde}
        response = client.post(reverse("reflectie:voorstellen"), data)
        assert response.status_code == 200 and FOUT in response.content.decode()
    assert not Onderwerp.objects.exists()


def test_agenda_and_lesson_refuse_another_gemeente_s_casus(client, medewerker, elders):
    wijk = WijkFactory(gebied__gemeente=elders)
    traject = InitiatiefFactory(titel="Plan van elders", wijk=wijk)
    zonder_wijk = InitiatiefFactory(titel="Plan zonder wijk", wijk=None, gemeente=elders)
    plaat = PraatplaatFactory(wijk=wijk)
    onderwerp = OnderwerpFactory(geselecteerd=True, gemeente=elders)
    agenda = reverse("reflectie:agenda", args=[SessieFactory().pk])
    verslag = reverse("reflectie:verslag", args=[SessieFactory(voorbij=True).pk])
    html = client.get(agenda).content.decode()
    assert "Plan van elders" not in html and "Plan zonder wijk" not in html
    for veld, waarde in (
        ("initiatief", traject.pk),
        ("initiatief", zonder_wijk.pk),
        ("praatplaat", plaat.pk),
        ("onderwerp", onderwerp.pk),
    ):
        response = client.post(agenda, {"titel": "Casus", "duur": 30, veld: waarde})
        assert response.status_code == 200 and FOUT in response.content.decode(), veld
    for veld, waarde in (("initiatief", traject.pk), ("praatplaat", plaat.pk)):
        response = client.post(verslag, {"actie": "les", "les-titel": "Les", f"les-{veld}": waarde})
        assert response.status_code == 200 and FOUT in response.content.decode(), veld
    assert not Agendapunt.objects.exists() and not Les.objects.exists()
