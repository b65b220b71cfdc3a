from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from initiatieven import succesvoorbeelden
from initiatieven.choices import Thema
from initiatieven.models import Initiatief
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import GevraagdeSteunFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db


def test_fitting_examples_share_wijk_thema_or_support():
    wijk = WijkFactory()
    initiatief = InitiatiefFactory(concept=True, wijk=wijk, thema=Thema.GROEN)
    GevraagdeSteunFactory(initiatief=initiatief, soort="rechtsvorm")
    zelfde_wijk = InitiatiefFactory(succesvoorbeeld=True, wijk=wijk, thema=Thema.ZORG)
    zelfde_steun = InitiatiefFactory(succesvoorbeeld=True, thema=Thema.ZORG)
    GevraagdeSteunFactory(initiatief=zelfde_steun, soort="rechtsvorm")
    zelfde_thema = InitiatiefFactory(succesvoorbeeld=True, thema=Thema.GROEN)
    ander = InitiatiefFactory(succesvoorbeeld=True, thema=Thema.ZORG)
    niet_gemarkeerd = InitiatiefFactory(afgerond=True, wijk=wijk)
    gevonden = set(succesvoorbeelden.passend_bij(initiatief, aantal=10))
    assert gevonden == {zelfde_wijk, zelfde_steun, zelfde_thema}
    assert ander not in gevonden and niet_gemarkeerd not in gevonden


def test_shown_while_drafting(client, inwoner):
    wijk = WijkFactory()
    voorbeeld = InitiatiefFactory(succesvoorbeeld=True, wijk=wijk, titel="Coöperatie Buurtzorg")
    initiatief = InitiatiefFactory(concept=True, wijk=wijk, indiener=inwoner)
    client.force_login(inwoner)
    html = client.get(reverse("initiatieven:stap", args=[initiatief.pk, 2])).content.decode()
    assert voorbeeld.titel in html
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert voorbeeld.titel in html


def test_fitting_examples_are_the_newest_each_once_however_many_ways_they_fit():
    wijk = WijkFactory()
    initiatief = InitiatiefFactory(concept=True, wijk=wijk, thema=Thema.GROEN)
    for soort in ("rechtsvorm", "subsidie"):
        GevraagdeSteunFactory(initiatief=initiatief, soort=soort)
    nu = timezone.now()
    voorbeelden = []
    for dagen in (4, 3, 2, 1):
        voorbeeld = InitiatiefFactory(succesvoorbeeld=True, wijk=wijk, thema=Thema.GROEN)
        for soort in ("rechtsvorm", "subsidie"):
            GevraagdeSteunFactory(initiatief=voorbeeld, soort=soort)
        Initiatief.objects.filter(pk=voorbeeld.pk).update(aangemaakt_op=nu - timedelta(dagen))
        voorbeelden.append(voorbeeld)
    gevonden = list(succesvoorbeelden.passend_bij(initiatief))
    assert gevonden == voorbeelden[:0:-1]  # the three newest, newest first, none twice
