import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reflectie.choices import Soort
from reflectie.models import AgendaVersie
from reflectie.views.griffie import PER_PAGINA
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


def test_it_starts_today_and_shows_earlier_sessions_when_asked(griffie_client):
    SessieFactory(titel="Vorige maand", voorbij=True)
    SessieFactory(titel="Volgende week")
    url = reverse("reflectie:griffie")
    response = griffie_client.get(url)
    assert _titels(response) == ["Volgende week"]
    assert response.context["form"]["van"].value() == timezone.localdate().isoformat()
    assert _titels(griffie_client.get(url, {"van": ""})) == ["Vorige maand", "Volgende week"]


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


def _queries(client, url, data=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, data).status_code == 200
    return len(queries)


def _sessies_met_agenda(aantal):
    from tests.factories.initiatieven import InitiatiefFactory
    from tests.factories.reflectie import OnderwerpFactory
    from tests.factories.wijkafspraken import PraatplaatFactory

    for sessie in SessieFactory.create_batch(aantal, wijk=WijkFactory()):
        AgendapuntFactory(sessie=sessie, onderwerp=OnderwerpFactory())
        AgendapuntFactory(sessie=sessie, initiatief=InitiatiefFactory())
        AgendapuntFactory(sessie=sessie, praatplaat=PraatplaatFactory())
        AgendaVersie.objects.create(sessie=sessie, nummer=1)


@pytest.mark.parametrize("data", [{}, {"soort": Soort.REFLECTIEGROEP, "pagina": "2"}])
def test_queries_constant_with_more_sessions_and_pages(griffie_client, data):
    """A page of the overview costs the same number of queries for 2 sessions or 60, and
    fewer when it comes from the cache."""
    url = reverse("reflectie:griffie")
    _sessies_met_agenda(2)
    weinig = _queries(griffie_client, url, data)
    _sessies_met_agenda(58)
    veel = _queries(griffie_client, url, data)
    assert veel == weinig <= 10
    assert _queries(griffie_client, url, data) < veel
    html = griffie_client.get(url, data).content.decode()
    assert html.count('class="griffie-sessie"') == PER_PAGINA
    assert "Agenda gepubliceerd (versie 1)" in html


def test_overview_follows_changes_of_agendas_and_casussen(griffie_client):
    from tests.factories.initiatieven import InitiatiefFactory

    url = reverse("reflectie:griffie")
    initiatief = InitiatiefFactory(titel="Moestuin")
    punt = AgendapuntFactory(sessie=SessieFactory(), titel="Eerste punt", initiatief=initiatief)
    assert "casus: Moestuin" in griffie_client.get(url).content.decode()
    AgendapuntFactory(sessie=punt.sessie, titel="Tweede punt")
    assert "Tweede punt" in griffie_client.get(url).content.decode()
    initiatief.titel = "Pluktuin"
    initiatief.save()
    assert "casus: Pluktuin" in griffie_client.get(url).content.decode()
    AgendaVersie.objects.create(sessie=punt.sessie, nummer=1)
    assert "Agenda gepubliceerd (versie 1)" in griffie_client.get(url).content.decode()


def test_new_initiatives_leave_the_overview_cached(griffie_client):
    from reflectie.caches import AGENDAS
    from tests.factories.initiatieven import InitiatiefFactory

    wijk = WijkFactory()
    initiatief = InitiatiefFactory(wijk=wijk)
    versie = AGENDAS()
    InitiatiefFactory(wijk=wijk)
    initiatief.save()
    assert AGENDAS() == versie


def test_wijk_filter_keeps_the_chosen_wijk(griffie_client):
    wijk = WijkFactory(naam="Oosterpoort & Zuid")
    html = griffie_client.get(reverse("reflectie:griffie"), {"wijk": wijk.pk}).content.decode()
    assert f'<option value="{wijk.pk}" selected>Oosterpoort &amp; Zuid</option>' in html
    assert '<select name="wijk" class="form-select" id="id_wijk">' in html
    assert griffie_client.get(reverse("reflectie:griffie"), {"wijk": "x"}).context["form"].errors


def test_wijk_filter_includes_agenda_items_about_the_wijk(griffie_client):
    from tests.factories.reflectie import OnderwerpFactory

    wijk = WijkFactory()
    AgendapuntFactory(
        sessie=SessieFactory(titel="Over de wijk"), onderwerp=OnderwerpFactory(wijk=wijk)
    )
    AgendapuntFactory(sessie=SessieFactory(titel="Elders"))
    response = griffie_client.get(reverse("reflectie:griffie"), {"wijk": wijk.pk})
    assert _titels(response) == ["Over de wijk"]


def test_the_griffie_opens_the_participatieparagraaf_of_a_traject_on_an_agenda(griffie_client):
    from tests.factories.initiatieven import InitiatiefFactory

    traject = InitiatiefFactory()  # submitted, not yet public: the raadsvoorstel may come early
    AgendapuntFactory(sessie=SessieFactory(soort=Soort.RAAD), initiatief=traject)
    html = griffie_client.get(reverse("reflectie:griffie")).content.decode()
    url = reverse("initiatieven:participatieparagraaf", args=[traject.pk])
    assert f'href="{url}"' in html
    assert griffie_client.get(url).status_code == 200
