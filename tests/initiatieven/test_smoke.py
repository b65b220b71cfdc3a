import pytest
from django.urls import reverse

from tests.factories.initiatieven import (
    BelanghebbendeFactory,
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)

pytestmark = pytest.mark.django_db


def test_pages_render(client, inwoner, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True, indiener=inwoner)
    KadersVersieFactory(initiatief=initiatief, versie=1)
    KadersVersieFactory(initiatief=initiatief, versie=2)
    MijlpaalFactory(initiatief=initiatief)
    UpdateFactory(initiatief=initiatief)
    BelanghebbendeFactory(initiatief=initiatief)
    concept = InitiatiefFactory(concept=True, indiener=inwoner)
    for url in [
        reverse("initiatieven:lijst"),
        initiatief.get_absolute_url(),
        reverse("initiatieven:jaarkalender"),
        reverse("initiatieven:jaarkalender_ics"),
    ]:
        assert client.get(url).status_code == 200, url
    client.force_login(inwoner)
    for url in [
        reverse("initiatieven:mijn"),
        reverse("initiatieven:nieuw"),
        initiatief.get_absolute_url(),
    ] + [reverse("initiatieven:stap", args=[concept.pk, n]) for n in range(1, 7)]:
        assert client.get(url).status_code == 200, url
    client.force_login(medewerker)
    for url in [
        reverse("initiatieven:intake"),
        reverse("initiatieven:beheer", args=[initiatief.pk]),
        initiatief.get_absolute_url(),
    ]:
        assert client.get(url).status_code == 200, url
