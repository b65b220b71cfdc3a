"""Several gemeenten in one installation: which gemeente a request is for, and that nobody sees
or changes what belongs to another gemeente (issue 16)."""

import pytest
from django.urls import reverse

from initiatieven.models import Initiatief
from participatiepunt.gebieden import huidige
from participatiepunt.gebieden.huidige import SESSIE_SLEUTEL, standaardgemeente
from participatiepunt.gebieden.models import Gemeente
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dijkmeer():
    """A second gemeente on the same (shared) host as Groningen."""
    return GemeenteFactory(naam="Dijkmeer", slug="dijkmeer", is_standaard=False, hostnaam="")


def _initiatief_in(gemeente, **kwargs):
    wijk = WijkFactory(gebied=GebiedFactory(gemeente=gemeente))
    return InitiatiefFactory(wijk=wijk, **kwargs)


def _kies(client, gemeente):
    return client.post(reverse("portal:gemeente_kiezen"), {"gemeente": gemeente.slug})


def test_one_gemeente_offers_no_choice(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert reverse("portal:gemeente_kiezen") not in html
    assert "Participatiepunt gemeente Groningen" in html


def test_lists_show_only_the_chosen_gemeente(client, dijkmeer):
    groningen = _initiatief_in(standaardgemeente(), in_gesprek=True, titel="Pluktuin Beijum")
    hier = _initiatief_in(dijkmeer, in_gesprek=True, titel="Dijkbank aan het meer")
    lijst = reverse("initiatieven:lijst")
    html = client.get(lijst).content.decode()
    assert groningen.titel in html and hier.titel not in html
    assert reverse("portal:gemeente_kiezen") in html  # two gemeenten share this host
    assert _kies(client, dijkmeer).status_code == 302
    html = client.get(lijst).content.decode()
    assert hier.titel in html and groningen.titel not in html
    assert "Participatiepunt gemeente Dijkmeer" in html


def test_a_public_initiative_of_another_gemeente_is_404(client, dijkmeer):
    elders = _initiatief_in(dijkmeer, in_gesprek=True)
    client.force_login(UserFactory())
    assert client.get(elders.get_absolute_url()).status_code == 404
    _kies(client, dijkmeer)
    assert client.get(elders.get_absolute_url()).status_code == 200


def test_a_host_of_its_own_decides(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    eigen = GemeenteFactory(andere=True)
    daar = _initiatief_in(eigen, in_gesprek=True)
    assert client.get(daar.get_absolute_url()).status_code == 302  # not here: log in, then 404
    response = client.get(daar.get_absolute_url(), HTTP_HOST=eigen.hostnaam)
    assert response.status_code == 200
    assert f"gemeente {eigen.naam}" in response.content.decode()
    # the page cache keeps the two apart
    assert client.get(daar.get_absolute_url()).status_code == 302


def test_a_medewerker_of_one_gemeente_is_nobody_in_another(client, dijkmeer):
    medewerker = UserFactory(medewerker=True)  # Groningen only
    elders = _initiatief_in(dijkmeer)
    client.force_login(medewerker)
    assert client.get(reverse("initiatieven:beheer", kwargs={"pk": elders.pk})).status_code == 404
    _kies(client, dijkmeer)  # anyone may look at Dijkmeer's public pages, not handle its work
    assert client.get(reverse("initiatieven:beheer", kwargs={"pk": elders.pk})).status_code == 404
    assert client.get(reverse("initiatieven:intake")).status_code in (403, 404)


def test_a_medewerker_of_two_switches_and_sees_each_queue(client, dijkmeer):
    medewerker = UserFactory(medewerker=True, gemeenten=[standaardgemeente(), dijkmeer])
    groningen = _initiatief_in(standaardgemeente(), titel="Speeltuin Selwerd")
    hier = _initiatief_in(dijkmeer, titel="Steiger bij de dijk")
    client.force_login(medewerker)
    intake = reverse("initiatieven:intake")
    html = client.get(intake).content.decode()
    assert groningen.titel in html and hier.titel not in html
    assert "Gemeente Groningen" in html  # the switcher says for whom one works now
    _kies(client, dijkmeer)
    assert client.session[SESSIE_SLEUTEL] == "dijkmeer"
    html = client.get(intake).content.decode()
    assert hier.titel in html and groningen.titel not in html
    beheer = reverse("initiatieven:beheer", kwargs={"pk": hier.pk})
    assert client.get(beheer).status_code == 200
    assert client.get(reverse("initiatieven:beheer", kwargs={"pk": groningen.pk})).status_code == (
        404
    )


def test_a_medewerker_of_only_another_gemeente_starts_there(client, dijkmeer):
    medewerker = UserFactory(medewerker=True, gemeenten=[dijkmeer])
    hier = _initiatief_in(dijkmeer)
    client.force_login(medewerker)
    assert client.get(reverse("initiatieven:beheer", kwargs={"pk": hier.pk})).status_code == 200


def test_one_cannot_choose_a_gemeente_that_is_not_offered(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    eigen = GemeenteFactory(andere=True)
    response = client.post(reverse("portal:gemeente_kiezen"), {"gemeente": "bestaat-niet"})
    assert response.status_code == 200
    assert SESSIE_SLEUTEL not in client.session
    # a gemeente with a host of its own is reached there, not by a session on this host
    response = _kies(client, eigen)
    assert response.status_code == 302 and response["Location"] == f"http://{eigen.hostnaam}/"
    assert SESSIE_SLEUTEL not in client.session


def test_back_after_choosing_stays_on_this_site(client, dijkmeer):
    url = reverse("portal:gemeente_kiezen")
    data = {"gemeente": "dijkmeer", "volgende": "https://elders.example/"}
    assert client.post(url, data)["Location"] == "/"
    data["volgende"] = reverse("initiatieven:lijst")
    assert client.post(url, data)["Location"] == reverse("initiatieven:lijst")


def test_a_new_initiative_belongs_to_the_gemeente_it_was_started_in(client, dijkmeer):
    client.force_login(UserFactory())
    _kies(client, dijkmeer)
    client.post(reverse("initiatieven:nieuw"), {"titel": "Bankje", "samenvatting": "Een bank."})
    assert Initiatief.objects.get(titel="Bankje").gemeente == dijkmeer


def test_the_wijk_choice_offers_only_the_gemeente_s_wijken(client, dijkmeer):
    WijkFactory(naam="Meerwijk", gebied=GebiedFactory(gemeente=dijkmeer))
    WijkFactory(naam="Selwerd")
    html = client.get(reverse("initiatieven:lijst")).content.decode()
    assert "Selwerd" in html and "Meerwijk" not in html


def test_the_gemeenten_one_works_for_are_kept_on_the_row(dijkmeer):
    medewerker = UserFactory(medewerker=True)
    medewerker.refresh_from_db()
    assert medewerker.bediende_gemeenten == [standaardgemeente().pk]
    dijkmeer.medewerkers.add(medewerker)
    medewerker.refresh_from_db()
    assert sorted(medewerker.bediende_gemeenten) == sorted([standaardgemeente().pk, dijkmeer.pk])
    dijkmeer.medewerkers.clear()
    medewerker.refresh_from_db()
    assert medewerker.bediende_gemeenten == [standaardgemeente().pk]
    medewerker.gemeenten.clear()
    assert medewerker.bediende_gemeenten == []


@pytest.mark.django_db
def test_a_change_saved_by_another_process_shows_after_gemeenten_vers(monkeypatch):
    klok = [1000.0]
    monkeypatch.setattr(huidige.time, "monotonic", lambda: klok[0])
    huidige.vergeet_gemeenten()
    assert huidige.standaardgemeente().telefoon != "050 123 45 67"
    # Another gunicorn worker saves: this process hears no signal.
    Gemeente.objects.filter(is_standaard=True).update(telefoon="050 123 45 67")
    klok[0] += huidige.GEMEENTEN_VERS - 1
    assert huidige.standaardgemeente().telefoon != "050 123 45 67"
    klok[0] += 2
    assert huidige.standaardgemeente().telefoon == "050 123 45 67"
