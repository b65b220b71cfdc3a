"""Trajecten around a point, and following an address (initiatieven.locaties, adresvolgen)."""

import pytest
from django.core import mail

from initiatieven import adresvolgen, casemanagement, workflow
from initiatieven.choices import Status
from initiatieven.locaties import trajecten_rond
from participatiepunt.gebieden.geometrie import Punt
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import AdresVolgFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db

THUIS = Punt(53.22061, 6.56493)  # Oude Boteringestraat
DICHTBIJ = (53.21917, 6.56750)  # Grote Markt, about 235 m
VERDER = (53.21069, 6.56433)  # station, about 1.1 km


def test_only_public_trajecten_within_the_radius_nearest_first():
    verder = InitiatiefFactory(in_uitvoering=True, plek=VERDER)
    dichtbij = InitiatiefFactory(in_gesprek=True, plek=DICHTBIJ)
    InitiatiefFactory(concept=True, plek=DICHTBIJ)
    InitiatiefFactory(status=Status.INGEDIEND, plek=DICHTBIJ)  # not public yet
    InitiatiefFactory(in_gesprek=True)  # no location
    assert trajecten_rond(THUIS, 500) == [dichtbij]
    gevonden = trajecten_rond(THUIS, 2000)
    assert gevonden == [dichtbij, verder]
    assert 200 < gevonden[0].afstand_m < 270


def test_an_area_counts_from_its_nearest_edge():
    # An area that starts about 100 m south of THUIS and runs 1 km further south.
    vlak = {
        "type": "Polygon",
        "coordinates": [
            [
                [6.560, 53.2197],
                [6.570, 53.2197],
                [6.570, 53.2107],
                [6.560, 53.2107],
                [6.560, 53.2197],
            ]
        ],
    }
    gebied = InitiatiefFactory(in_gesprek=True, plek=vlak)
    assert trajecten_rond(THUIS, 150) == [gebied]
    assert trajecten_rond(THUIS, 50) == []


def test_another_gemeente_is_left_out_when_asked():
    wijk = WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True)))
    InitiatiefFactory(in_gesprek=True, plek=DICHTBIJ, wijk=wijk)
    assert len(trajecten_rond(THUIS, 500)) == 1
    assert trajecten_rond(THUIS, 500, gemeente=GemeenteFactory()) == []


def test_following_an_address_follows_its_wijk_and_the_trajecten_within_the_radius():
    inwoner, wijk = UserFactory(), WijkFactory()
    dichtbij = InitiatiefFactory(in_gesprek=True, plek=DICHTBIJ)
    verder = InitiatiefFactory(in_gesprek=True, plek=VERDER)
    adresvolg = adresvolgen.volg_adres(
        gebruiker=inwoner, gemeente=GemeenteFactory(), punt=THUIS, straal_m=500, wijk=wijk
    )
    assert volgen.volgt(inwoner, wijk)
    assert volgen.volgt(inwoner, dichtbij)
    assert not volgen.volgt(inwoner, verder)
    assert adresvolg.adres == ""  # the address is not kept unless asked for


def test_a_traject_put_on_the_map_later_within_the_radius_is_followed_and_told(
    django_capture_on_commit_callbacks,
):
    adresvolg = AdresVolgFactory()
    buiten = AdresVolgFactory(breedte=53.2411, lengte=6.6042)  # Beijum, 2.5 km away
    al_volger = UserFactory()
    initiatief = InitiatiefFactory(in_gesprek=True)
    volgen.volg(al_volger, initiatief)
    with django_capture_on_commit_callbacks(execute=True):
        assert casemanagement.zet_locatie(initiatief, locatie=Punt(*DICHTBIJ).geojson)
    assert volgen.volgt(adresvolg.gebruiker, initiatief)
    assert not volgen.volgt(buiten.gebruiker, initiatief)
    ontvangers = set(Melding.objects.values_list("ontvanger_id", flat=True))
    assert ontvangers == {adresvolg.gebruiker_id}  # not the one who already followed
    assert [m.to for m in mail.outbox] == [[adresvolg.gebruiker.email]]
    assert "In uw buurt" in mail.outbox[0].subject


def test_setting_the_same_location_again_tells_nobody_twice(django_capture_on_commit_callbacks):
    AdresVolgFactory()
    initiatief = InitiatiefFactory(in_gesprek=True)
    with django_capture_on_commit_callbacks(execute=True):
        casemanagement.zet_locatie(initiatief, locatie=Punt(*DICHTBIJ).geojson)
        assert not casemanagement.zet_locatie(initiatief, locatie=Punt(*DICHTBIJ).geojson)
        casemanagement.zet_locatie(initiatief, locatie=Punt(53.2195, 6.5676).geojson)
    assert Melding.objects.count() == 1


def test_a_traject_that_becomes_public_is_followed_then_not_before(medewerker):
    adresvolg = AdresVolgFactory()
    initiatief = InitiatiefFactory(status=Status.INGEDIEND)
    casemanagement.zet_locatie(initiatief, locatie=Punt(*DICHTBIJ).geojson)
    assert not volgen.volgt(adresvolg.gebruiker, initiatief)
    workflow.wijzig_status(initiatief, Status.IN_GESPREK, medewerker)
    assert volgen.volgt(adresvolg.gebruiker, initiatief)


def test_an_address_follow_of_another_gemeente_hears_nothing():
    andere = GemeenteFactory(andere=True)
    adresvolg = AdresVolgFactory(gemeente=andere)
    initiatief = InitiatiefFactory(in_gesprek=True)  # in Groningen
    casemanagement.zet_locatie(initiatief, locatie=Punt(*DICHTBIJ).geojson)
    assert not volgen.volgt(adresvolg.gebruiker, initiatief)
