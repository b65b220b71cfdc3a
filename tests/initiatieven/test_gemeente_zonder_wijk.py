"""An initiative without a wijk belongs to its own gemeente (Initiatief.gemeente), not to the
standaardgemeente: search, the succesvoorbeelden library, the werkvoorraad, the map and the
vakantiecheck find it in its gemeente only. The other gemeente's one must not leak into
Groningen, where the old `wijk__gebied__gemeente OR wijk IS NULL` let it through."""

import datetime

import pytest
from django.utils import timezone

from initiatieven import locaties, succesvoorbeelden, vakantiecheck, werkvoorraad, zoeken
from initiatieven.models import Initiatief
from participatiepunt.gebieden import geometrie
from reflectie import werkvoorraad as reflectie_werkvoorraad
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.reflectie import SessieFactory, over

pytestmark = pytest.mark.django_db

PLEK = (53.2194, 6.5665)


@pytest.fixture
def twee():
    """Groningen and another gemeente, each with a traject without a wijk."""
    groningen, elders = GemeenteFactory(), GemeenteFactory(andere=True)
    hier = InitiatiefFactory(titel="Stadsbrede buurtmoestuin", wijk=None, gemeente=groningen)
    daar = InitiatiefFactory(titel="Dorpsbrede buurtmoestuin", wijk=None, gemeente=elders)
    return groningen, elders, hier, daar


def _ids(qs):
    return set(qs.values_list("pk", flat=True))


def test_in_gemeente_follows_the_initiative_s_own_gemeente(twee):
    groningen, elders, hier, daar = twee
    alle = Initiatief.objects.all()
    assert _ids(alle.filter(zoeken.in_gemeente(groningen))) == {hier.pk}
    assert _ids(alle.filter(zoeken.in_gemeente(elders))) == {daar.pk}


def test_library_lists_a_succesvoorbeeld_without_wijk_in_its_own_gemeente_only(twee):
    groningen, elders, hier, daar = twee
    Initiatief.objects.update(status="afgerond", is_succesvoorbeeld=True)
    assert _ids(succesvoorbeelden.alle(groningen)) == {hier.pk}
    assert _ids(succesvoorbeelden.alle(elders)) == {daar.pk}


def test_werkvoorraad_intakes_keep_to_the_gemeente(twee):
    groningen, elders, hier, daar = twee
    medewerker = UserFactory(medewerker=True, is_superuser=True)
    assert {i.pk for i in werkvoorraad._intakes(medewerker, groningen)} == {hier.pk}
    assert {i.pk for i in werkvoorraad._intakes(medewerker, elders)} == {daar.pk}


def test_werkvoorraad_overdue_mijlpalen_keep_to_the_gemeente(twee):
    groningen, elders, hier, daar = twee
    Initiatief.objects.update(status="in_gesprek")
    gisteren = timezone.localdate() - datetime.timedelta(days=3)
    MijlpaalFactory(initiatief=hier, verwachte_datum=gisteren)
    MijlpaalFactory(initiatief=daar, verwachte_datum=gisteren)
    medewerker = UserFactory(medewerker=True, is_superuser=True)
    gevonden = werkvoorraad._mijlpalen_over_tijd(medewerker, groningen)
    assert {m.initiatief_id for m in gevonden} == {hier.pk}


def test_map_around_a_point_keeps_to_the_gemeente():
    groningen, elders = GemeenteFactory(), GemeenteFactory(andere=True)
    hier = InitiatiefFactory(wijk=None, gemeente=groningen, in_uitvoering=True, plek=PLEK)
    daar = InitiatiefFactory(wijk=None, gemeente=elders, in_uitvoering=True, plek=PLEK)
    punt = geometrie.Punt(*PLEK)
    assert [i.pk for i in locaties.trajecten_rond(punt, 500, gemeente=groningen)] == [hier.pk]
    assert [i.pk for i in locaties.trajecten_rond(punt, 500, gemeente=elders)] == [daar.pk]


def test_vakantiecheck_keeps_to_the_gemeente(twee):
    groningen, elders, hier, daar = twee
    Initiatief.objects.update(status="in_gesprek")
    for initiatief in (hier, daar):
        MijlpaalFactory(
            initiatief=initiatief,
            soort="zienswijzetermijn",
            verwachte_datum=datetime.date(2027, 6, 20),
        )
    selectie = vakantiecheck.Selectie(
        van=datetime.date(2027, 6, 1), tot=datetime.date(2027, 8, 31), trajecten=(hier.pk, daar.pk)
    )
    assert [m["initiatief_id"] for m in vakantiecheck.mijlpalen(selectie, groningen)] == [hier.pk]
    assert [m["initiatief_id"] for m in vakantiecheck.mijlpalen(selectie, elders)] == [daar.pk]


def test_reflectie_werkvoorraad_shows_only_this_gemeente_s_sessions():
    groningen, elders = GemeenteFactory(), GemeenteFactory(andere=True)
    # Within the fortnight to prepare, whatever the factory's sequence has reached.
    hier = SessieFactory(gemeente=groningen, start=over(3))
    SessieFactory(gemeente=elders, start=over(3))
    medewerker = UserFactory(medewerker=True, is_superuser=True)
    assert [s.pk for s in reflectie_werkvoorraad._voor_te_bereiden(medewerker, groningen)] == [
        hier.pk
    ]
