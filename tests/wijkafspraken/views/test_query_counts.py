"""The number of queries of every page does not grow with wijken, questions or afspraken:
each page is measured with a little data, then must do no more with a lot."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import SessieFactory
from tests.factories.wijkafspraken import (
    AfspraakFactory,
    AntwoordFactory,
    PraatplaatFactory,
    medeondertekend,
)
from wijkafspraken import services
from wijkafspraken.models import Overdracht
from wijkafspraken.praatplaat import HUIDIGE_EDITIE, editie

pytestmark = pytest.mark.django_db


def _vul(praatplaat, team, aantal):
    """`aantal` more afspraken (overdue), initiatives and sessions, and answers to every
    question, then a new version."""
    for _ in range(aantal):
        AfspraakFactory(praatplaat=praatplaat, te_laat=True)
        InitiatiefFactory(wijk=praatplaat.wijk, in_gesprek=True)
        SessieFactory(wijk=praatplaat.wijk, openbare=True)
    organisatie = BewonersorganisatieFactory(
        wijken=[praatplaat.wijk], leden=UserFactory.create_batch(2)
    )
    for vraag in editie(HUIDIGE_EDITIE).vragen:
        praatplaat.antwoorden.get_or_create(vraag_key=vraag.key, defaults={"tekst": "Ja"})
        praatplaat.opmerkingen.create(
            vraag_key=vraag.key, bewonersorganisatie=organisatie, tekst="Graag aanvullen"
        )
    Overdracht.objects.create(
        praatplaat=praatplaat,
        thema="",
        soort=Overdracht.Soort.BUDGET,
        omschrijving="Wijkbudget",
        bedrag=1000,
        sinds="2027-01-01",
        verantwoording="Jaarverslag",
    )
    medeondertekend(praatplaat, organisatie)
    services.vaststellen(praatplaat, door=team, reden="meer")


def _tel(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.fixture
def opzet(wijk, rollen):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    AntwoordFactory(praatplaat=praatplaat, vraag_key="b5.samen_leren")
    AfspraakFactory(praatplaat=praatplaat, te_laat=True)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    return praatplaat


def _urls(praatplaat):
    pk, slug = praatplaat.pk, praatplaat.wijk.slug
    return [
        reverse("wijkafspraken:overzicht"),
        reverse("wijkafspraken:dashboard"),
        reverse("wijkafspraken:wijk", args=[slug]),
        reverse("wijkafspraken:afdrukken", args=[slug]),
        reverse("wijkafspraken:praatplaat", args=[pk]),
        reverse("wijkafspraken:vragen", args=[pk, "k.stem"]),
        reverse("wijkafspraken:gegevens", args=[pk]),
        reverse("wijkafspraken:vaststellen", args=[pk]),
        reverse("wijkafspraken:evaluatie", args=[pk]),
        reverse("wijkafspraken:versie", args=[pk, 1]),
        reverse("wijkafspraken:meelezen", args=[pk]),
        reverse("wijkafspraken:overdrachten", args=[pk]),
        reverse("wijkafspraken:raad", args=[pk, 1]),
        reverse("wijkafspraken:bewonersorganisaties"),
    ]


@pytest.mark.parametrize("rol", ["gebiedsteam", "medewerker"])
def test_query_counts_do_not_grow(client, rollen, opzet, wijk, rol, django_assert_max_num_queries):
    client.force_login(rollen[rol])
    eerst = {url: _tel(client, url) for url in _urls(opzet)}
    _vul(opzet, rollen["gebiedsteam"], 15)
    for _ in range(8):
        andere = PraatplaatFactory(wijk=WijkFactory(gebied=wijk.gebied), compleet=True)
        _vul(andere, rollen["gebiedsteam"], 2)
    for url, aantal in eerst.items():
        with django_assert_max_num_queries(aantal, info=url):
            client.get(url)


def test_public_pages_query_counts_do_not_grow(
    client, rollen, opzet, wijk, django_assert_max_num_queries
):
    urls = _urls(opzet)[:4] + [reverse("wijkafspraken:versie", args=[opzet.pk, 1])]
    urls.remove(reverse("wijkafspraken:dashboard"))
    eerst = {url: _tel(client, url) for url in urls}
    _vul(opzet, rollen["gebiedsteam"], 15)
    for url, aantal in eerst.items():
        with django_assert_max_num_queries(aantal, info=url):
            client.get(url)


def test_the_pages_of_a_lid_do_not_grow(client, rollen, opzet, wijk, django_assert_max_num_queries):
    lid = UserFactory()
    opzet.wijk.bewonersorganisaties.get().leden.add(lid)
    client.force_login(lid)
    urls = [
        reverse("wijkafspraken:meelezen", args=[opzet.pk]),
        reverse("wijkafspraken:overdrachten", args=[opzet.pk]),
        reverse("wijkafspraken:mijn_bewonersorganisatie"),
        reverse("wijkafspraken:overzicht"),
        reverse("wijkafspraken:wijk", args=[opzet.wijk.slug]),
    ]
    eerst = {url: _tel(client, url) for url in urls}
    _vul(opzet, rollen["gebiedsteam"], 10)
    for _ in range(5):
        andere = WijkFactory(gebied=wijk.gebied)
        PraatplaatFactory(wijk=andere)
        BewonersorganisatieFactory(wijken=[andere], leden=[lid])
    for url, aantal in eerst.items():
        with django_assert_max_num_queries(aantal, info=url):
            client.get(url)
