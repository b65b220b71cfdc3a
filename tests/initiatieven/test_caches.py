"""The bodies of mijn initiatieven and the intake queue are kept per user and made anew as soon
as initiatieven's data changes."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory, UpdateFactory

pytestmark = pytest.mark.django_db
MIJN = reverse("initiatieven:mijn")
INTAKE = reverse("initiatieven:intake")


def _html(client, user, url):
    client.force_login(user)
    return client.get(url).content.decode()


def test_mijn_initiatieven_is_kept_per_user(client):
    anna, bram = UserFactory(), UserFactory()
    InitiatiefFactory(indiener=anna, titel="Annas moestuin", in_gesprek=True)
    assert "Annas moestuin" in _html(client, anna, MIJN)
    assert "Annas moestuin" not in _html(client, bram, MIJN)


def test_a_change_shows_at_once(client):
    anna = UserFactory()
    initiatief = InitiatiefFactory(indiener=anna, in_gesprek=True)
    _html(client, anna, MIJN)
    InitiatiefFactory(indiener=anna, concept=True, titel="Nieuw concept", wijk=initiatief.wijk)
    UpdateFactory(initiatief=initiatief, tekst="De bakken staan er.", openbaar=True)
    html = _html(client, anna, MIJN)
    assert "Nieuw concept" in html and "De bakken staan er." in html


def test_a_kept_page_costs_fewer_queries(client, django_assert_max_num_queries):
    anna = UserFactory()
    InitiatiefFactory(indiener=anna, in_gesprek=True)
    client.force_login(anna)
    client.get(MIJN)
    with django_assert_max_num_queries(3):
        assert client.get(MIJN).status_code == 200


def test_the_intake_queue_is_kept_per_user(client):
    medewerker = UserFactory(medewerker=True)
    team = UserFactory(gebiedsteam=True)
    team.gebieden.add(WijkFactory().gebied)
    InitiatiefFactory(titel="Elders ingediend")
    assert "Elders ingediend" in _html(client, medewerker, INTAKE)
    assert "Elders ingediend" not in _html(client, team, INTAKE)


def test_an_assignment_shows_at_once_in_the_intake_queue(client):
    medewerker = UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(titel="Nog toe te wijzen")
    assert "Nog toe te wijzen" not in _html(client, medewerker, INTAKE + "?toegewezen=mij")
    initiatief.casemanager = medewerker
    initiatief.save()
    assert "Nog toe te wijzen" in _html(client, medewerker, INTAKE + "?toegewezen=mij")
