"""The bewonersbrief of a traject: what is planned, what lies fixed, what comes next and what
residents can do, the gemeente's contact details and a QR code to the page."""

import datetime

import pytest
from django.urls import reverse

from initiatieven.choices import Participatieniveau
from participatiepunt.gebieden.models import Gemeente
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import (
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
)

pytestmark = pytest.mark.django_db


def _url(initiatief):
    return reverse("initiatieven:bewonersbrief", kwargs={"pk": initiatief.pk})


@pytest.fixture
def gemeente():
    gemeente = Gemeente.objects.get(is_standaard=True)
    gemeente.telefoon, gemeente.email = "14 050", "participatiepunt@groningen.nl"
    gemeente.adres = "Kreupelstraat 1, 9712 HW Groningen"
    gemeente.save()
    return gemeente


def test_the_letter_says_what_is_planned_fixed_next_and_how_to_reach_us(
    client, medewerker, gemeente
):
    casemanager = UserFactory(medewerker=True, naam="Femke Dijkstra")
    initiatief = InitiatiefFactory(
        in_gesprek=True, titel="Herinrichting Akkerstraat", casemanager=casemanager
    )
    KadersVersieFactory(
        initiatief=initiatief,
        versie=1,
        vast_en_niet_beinvloedbaar="De bomen blijven staan.",
        participatieniveau=Participatieniveau.ADVISEREN,
    )
    MijlpaalFactory(
        initiatief=initiatief,
        titel="Inloopavond in het buurthuis",
        verwachte_datum=datetime.date(2027, 2, 3),
    )
    MijlpaalFactory(initiatief=initiatief, titel="Al gebeurd", gereed=True)
    client.force_login(medewerker)
    antwoord = client.get(_url(initiatief))
    assert antwoord.status_code == 200
    tekst = antwoord.text
    for verwacht in [
        "Herinrichting Akkerstraat",
        initiatief.kenmerk,
        "De bomen blijven staan.",
        "3 februari 2027: Inloopavond in het buurthuis",
        "Femke Dijkstra",
        "14 050",
        "participatiepunt@groningen.nl",
        "Kreupelstraat 1",
        f"http://testserver/initiatieven/{initiatief.pk}/",
        'class="qr-code"',
    ]:
        assert verwacht in tekst, verwacht
    assert "Al gebeurd" not in tekst
    assert 'class="site-header"' not in tekst  # no navigation on the letter


def test_without_kaders_or_mijlpalen_the_letter_says_so(client, medewerker, gemeente):
    initiatief = InitiatiefFactory(in_gesprek=True)
    client.force_login(medewerker)
    tekst = client.get(_url(initiatief)).text
    assert "nog niet vastgelegd" in tekst


@pytest.mark.parametrize("rol", ["indiener", "inwoner", "gebiedsteam"])
def test_only_staff_print_it(client, rol):
    initiatief = InitiatiefFactory(in_gesprek=True)
    gebruiker = {
        "indiener": initiatief.indiener,
        "inwoner": UserFactory(),
        "gebiedsteam": UserFactory(gebiedsteam=True),
    }[rol]
    client.force_login(gebruiker)
    assert client.get(_url(initiatief)).status_code == 404


def test_a_draft_has_no_letter(client, medewerker):
    client.force_login(medewerker)
    assert client.get(_url(InitiatiefFactory(concept=True))).status_code == 404
