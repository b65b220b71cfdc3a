"""The gemeente overview's map: wijken coloured by archetype, outlined when evaluation is due."""

import datetime

import pytest
from django.urls import reverse

from participatiepunt.gebieden.models import Wijk
from tests.factories.wijkafspraken import PraatplaatFactory, VersieFactory
from wijkafspraken import kaart

pytestmark = pytest.mark.django_db


def _plaats(wijk, breedte):
    wijk.zet_locatie({"type": "Point", "coordinates": [6.56, breedte]})
    wijk.save()


def test_wijken_with_a_location_are_coloured_by_archetype_and_outlined_when_due(client):
    paddepoel, selwerd, beijum = (
        Wijk.objects.get(naam=n) for n in ["Paddepoel", "Selwerd", "Beijum"]
    )
    for i, wijk in enumerate([paddepoel, selwerd, beijum]):
        _plaats(wijk, 53.23 + i / 100)
    te_laat = PraatplaatFactory(wijk=paddepoel, compleet=True, archetype=3)
    te_laat.evaluatie_op = datetime.date(2020, 1, 1)
    te_laat.save()
    VersieFactory(praatplaat=te_laat)
    PraatplaatFactory(wijk=selwerd, compleet=True, archetype=1)
    antwoord = client.get(reverse("wijkafspraken:overzicht"))
    items = {i["naam"]: i for i in antwoord.context["kaart"]["items"]}
    assert set(items) == {"Paddepoel", "Selwerd", "Beijum"}  # wijken without a place: table only
    assert items["Paddepoel"]["kleur"] == kaart.ARCHETYPE_KLEUR[3]
    assert items["Paddepoel"]["rand"] == kaart.EVALUATIE_RAND
    assert "evaluatie te laat" in items["Paddepoel"]["soort"]
    assert items["Selwerd"]["kleur"] == kaart.ARCHETYPE_KLEUR[1]
    assert items["Selwerd"]["rand"] == ""
    assert items["Beijum"]["kleur"] == kaart.ARCHETYPE_KLEUR[None]
    assert "Legenda" in antwoord.text and 'id="kaart-wijken-lijst"' in antwoord.text


def test_the_overview_map_adds_no_queries_however_many_wijken_are_placed(client):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("wijkafspraken:overzicht")

    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    wijken = list(Wijk.objects.all())
    for wijk in wijken[:2]:
        PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    weinig = queries()
    for i, wijk in enumerate(wijken):
        _plaats(wijk, 53.1 + i / 1000)
    assert queries() == weinig
