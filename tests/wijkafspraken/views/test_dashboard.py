"""The dashboard's body is rendered once per set of gebieden and kept until something changes."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.gebieden import WijkFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def praatplaat(wijk, rollen):
    cache.clear()
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    AfspraakFactory(praatplaat=praatplaat, wat="Dorpskrant elk kwartaal", te_laat=True)
    return praatplaat


def _pagina(client):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("wijkafspraken:dashboard")).content.decode()
    return html, len(queries)


def test_the_body_comes_from_the_cache_the_second_time(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    eerst, vers = _pagina(client)
    dan, uit_cache = _pagina(client)
    assert "Dorpskrant elk kwartaal" in eerst and "Dorpskrant elk kwartaal" in dan
    assert uit_cache < vers


def test_a_change_shows_at_once(client, rollen, praatplaat, wijk):
    client.force_login(rollen["gebiedsteam"])
    _pagina(client)
    afspraak = praatplaat.afspraken.get()
    afspraak.wat = "Dorpskrant elke maand"
    afspraak.save()
    assert "Dorpskrant elke maand" in _pagina(client)[0]
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    assert "vastgesteld" in _pagina(client)[0]
    nieuw = PraatplaatFactory(wijk=WijkFactory(gebied=wijk.gebied, naam="Nieuwe wijk"))
    assert "Nieuwe wijk" in _pagina(client)[0]
    nieuw.delete()
    assert "Nieuwe wijk" not in _pagina(client)[0]


def test_each_team_its_own_body(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    assert "Dorpskrant elk kwartaal" in _pagina(client)[0]
    client.force_login(rollen["ander_team"])
    assert "Dorpskrant elk kwartaal" not in _pagina(client)[0]


@pytest.mark.parametrize("aantal", [1, 30])
def test_query_count_does_not_grow(client, rollen, praatplaat, wijk, aantal):
    for _ in range(aantal):
        andere = PraatplaatFactory(wijk=WijkFactory(gebied=wijk.gebied))
        AfspraakFactory.create_batch(3, praatplaat=andere, te_laat=True)
    client.force_login(rollen["gebiedsteam"])
    html, vers = _pagina(client)
    assert html.count('<tr><th scope="row">') == 1 + 3 * aantal
    # user, gebieden, running praatplaten (with their versions counted), overdue afspraken
    assert vers <= 5
