import pytest
from django.urls import reverse

from initiatieven import succesvoorbeelden
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import GevraagdeSteunFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db


def test_fitting_examples_share_wijk_or_support():
    wijk = WijkFactory()
    initiatief = InitiatiefFactory(concept=True, wijk=wijk)
    GevraagdeSteunFactory(initiatief=initiatief, soort="rechtsvorm")
    zelfde_wijk = InitiatiefFactory(succesvoorbeeld=True, wijk=wijk)
    zelfde_steun = InitiatiefFactory(succesvoorbeeld=True)
    GevraagdeSteunFactory(initiatief=zelfde_steun, soort="rechtsvorm")
    ander = InitiatiefFactory(succesvoorbeeld=True)
    niet_gemarkeerd = InitiatiefFactory(afgerond=True, wijk=wijk)
    gevonden = set(succesvoorbeelden.passend_bij(initiatief))
    assert gevonden == {zelfde_wijk, zelfde_steun}
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
