import pytest
from django.urls import reverse

from initiatieven import succesvoorbeelden
from initiatieven.choices import Thema
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
