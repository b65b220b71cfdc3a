import pytest
from django.urls import reverse

from reflectie.choices import Soort
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.reflectie import AgendapuntFactory, SessieFactory, over

pytestmark = pytest.mark.django_db


@pytest.fixture
def griffie_client(client):
    client.force_login(UserFactory(griffie=True))
    return client


def _titels(response):
    return [sessie.titel for sessie in response.context["sessies"]]


def test_griffie_sees_all_sessions_with_agendas(griffie_client):
    sessie = SessieFactory(titel="Besloten raad", soort=Soort.RAAD)
    AgendapuntFactory(sessie=sessie, titel="Rol van de raad")
    SessieFactory(titel="Open", openbare=True)
    response = griffie_client.get(reverse("reflectie:griffie"))
    assert _titels(response) == ["Besloten raad", "Open"]
    assert "Rol van de raad" in response.content.decode()


def test_filters_kind_period_and_wijk(griffie_client):
    wijk = WijkFactory()
    SessieFactory(titel="College in de wijk", soort=Soort.COLLEGE, wijk=wijk, start=over(5))
    SessieFactory(titel="Raad", soort=Soort.RAAD, start=over(6))
    SessieFactory(titel="Later", soort=Soort.COLLEGE, start=over(60))
    url = reverse("reflectie:griffie")
    assert _titels(griffie_client.get(url, {"soort": "college"})) == ["College in de wijk", "Later"]
    assert _titels(griffie_client.get(url, {"wijk": wijk.pk})) == ["College in de wijk"]
    periode = {"van": over(4).date().isoformat(), "tot": over(30).date().isoformat()}
    assert _titels(griffie_client.get(url, periode)) == ["College in de wijk", "Raad"]


def test_invalid_filter_shows_everything_with_error(griffie_client):
    SessieFactory()
    response = griffie_client.get(reverse("reflectie:griffie"), {"van": "gisteren"})
    assert len(_titels(response)) == 1
    assert response.context["form"].errors


@pytest.mark.parametrize("rol", [{}, {"raadslid": True}, {"gebiedsteam": True}])
def test_others_may_not_open_the_overview(client, rol):
    client.force_login(UserFactory(**rol))
    assert client.get(reverse("reflectie:griffie")).status_code == 403


@pytest.mark.parametrize("aantal", [1, 10])
def test_query_count_does_not_grow(griffie_client, aantal, django_assert_max_num_queries):
    for sessie in SessieFactory.create_batch(aantal, wijk=WijkFactory()):
        AgendapuntFactory.create_batch(2, sessie=sessie)
    with django_assert_max_num_queries(10):
        response = griffie_client.get(reverse("reflectie:griffie"))
    assert len(_titels(response)) == aantal


def test_wijk_filter_includes_agenda_items_about_the_wijk(griffie_client):
    from tests.factories.reflectie import OnderwerpFactory

    wijk = WijkFactory()
    AgendapuntFactory(
        sessie=SessieFactory(titel="Over de wijk"), onderwerp=OnderwerpFactory(wijk=wijk)
    )
    AgendapuntFactory(sessie=SessieFactory(titel="Elders"))
    response = griffie_client.get(reverse("reflectie:griffie"), {"wijk": wijk.pk})
    assert _titels(response) == ["Over de wijk"]
