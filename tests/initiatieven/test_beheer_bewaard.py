"""The management page's body is kept rendered per initiative (views.beheer): a change shows at
once, and the tokens in its forms are this request's."""

import re

import pytest
from django.urls import reverse

from initiatieven.choices import Kant, Status
from initiatieven.views import beheer
from participatiepunt.portal.eenmalig import VELD
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import (
    InitiatiefFactory,
    KadersReactieFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)
from tests.gebouwd import gebouwde_queries, tabellen

pytestmark = pytest.mark.django_db


@pytest.fixture
def pagina(client, medewerker):
    client.force_login(medewerker)
    initiatief = InitiatiefFactory(in_gesprek=True)

    def lees():
        return client.get(reverse("initiatieven:beheer", args=[initiatief.pk])).content.decode()

    lees()  # the body is kept from here on
    return initiatief, lees


def test_a_change_shows_at_once(pagina, monkeypatch):
    initiatief, lees = pagina
    MijlpaalFactory(initiatief=initiatief, titel="Schouw met de buurt")
    assert "Schouw met de buurt" in lees()
    KadersVersieFactory(initiatief=initiatief, versie=7)
    assert "Versie 7" in lees()
    casemanager = UserFactory(medewerker=True, naam="Casemanager Jansen")
    initiatief.casemanager = casemanager
    initiatief.status = Status.KADERS_VASTGESTELD
    initiatief.save()
    html = lees()
    assert "Casemanager Jansen" in html
    assert "Kaders vastgesteld" in html

    gemaakt = []
    echt = beheer.render_to_string
    monkeypatch.setattr(beheer, "render_to_string", lambda *a: gemaakt.append(1) or echt(*a))
    lees()
    UpdateFactory(initiatief=initiatief)
    lees()
    assert gemaakt == [1]  # kept, then made anew after the update


def test_every_render_has_its_own_tokens(pagina, client):
    _, lees = pagina
    eerste, tweede = lees(), lees()
    tokens = re.findall(f'name="{VELD}" value="([0-9a-f]{{32}})"', eerste)
    assert len(tokens) == len(set(tokens)) > 1
    assert not set(tokens) & set(re.findall(f'name="{VELD}" value="([0-9a-f]{{32}})"', tweede))
    csrf = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', tweede)
    assert csrf and "\ue002" not in tweede


def test_a_kept_body_loads_neither_forms_nor_mijlpalen(pagina, django_assert_max_num_queries):
    initiatief, lees = pagina
    MijlpaalFactory(initiatief=initiatief)
    lees()
    # the user, the initiatief and the unread meldingen: the kaders versions and their
    # reacties are read when the body is made, and whose answer they await is kept with it
    with django_assert_max_num_queries(3):
        lees()


def test_a_kept_visit_reads_the_kaders_state_and_the_body_in_one_round_trip(pagina, monkeypatch):
    from participatiepunt.portal import cacheversie

    _, lees = pagina
    lees()
    gelezen = []
    echt = cacheversie.cache.get_many
    monkeypatch.setattr(
        cacheversie.cache, "get_many", lambda *a, **k: gelezen.append(a) or echt(*a, **k)
    )
    html = lees()
    assert len(gelezen) == 1  # the versions, whose answer the kaders await, the body
    assert "Beheer" in html and "\ue002" not in html


def test_the_reageren_button_follows_the_kaders_at_once(pagina):
    initiatief, lees = pagina
    assert "Reageren op het voorstel" not in lees()
    versie = KadersVersieFactory(initiatief=initiatief, van_initiatiefnemer=True)
    assert "Reageren op het voorstel van de initiatiefnemer" in lees()
    KadersReactieFactory(versie=versie, kant=Kant.GEMEENTE)
    assert "Reageren op het voorstel" not in lees()


def test_a_visit_builds_the_initiatives_sql_once(pagina):
    """Its own row: the SQL is built on the first visit only (portal.vastequery)."""
    _, lees = pagina
    with gebouwde_queries() as gebouwd:
        assert "Beheer" in lees()
    assert "initiatieven_initiatief" not in tabellen(gebouwd)
