"""Mijn initiatieven in pages of ten, each list with its own page links; per initiative only the
current kaders, the latest public update and the next open mijlpaal."""

import datetime

import pytest
from django.urls import reverse

from tests.factories.initiatieven import (
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)

pytestmark = pytest.mark.django_db
URL = reverse("initiatieven:mijn")


def _maak(aantal, indiener, **traits):
    return [
        InitiatiefFactory(indiener=indiener, titel=f"Plan {i:02d}", **traits) for i in range(aantal)
    ]


def test_submitted_in_pages_of_ten_newest_first(client, inwoner):
    _maak(23, inwoner, in_gesprek=True)
    client.force_login(inwoner)
    html = client.get(URL).content.decode()
    assert "Ingediend (23)" in html and "Initiatieven 1 tot en met 10 van 23" in html
    assert "Plan 22" in html and "Plan 12" not in html
    assert 'aria-label="Pagina\'s met ingediende initiatieven"' in html
    assert 'href="?pagina=3#ingediend-kop"' in html
    laatste = client.get(URL, {"pagina": 3}).content.decode()
    assert "Plan 00" in laatste and "Plan 22" not in laatste


def test_drafts_page_on_their_own(client, inwoner):
    _maak(12, inwoner, concept=True)
    _maak(12, inwoner, in_gesprek=True)
    client.force_login(inwoner)
    html = client.get(URL, {"pagina": 2}).content.decode()
    assert "Concepten (12)" in html
    assert 'href="?pagina=2&amp;concepten=2#concepten-kop"' in html
    tweede = client.get(URL, {"pagina": 2, "concepten": 2}).content.decode()
    assert "Concepten 11 tot en met 12 van 12" in tweede
    assert "Initiatieven 11 tot en met 12 van 12" in tweede


def test_only_the_current_kaders_latest_update_and_next_open_mijlpaal(client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner, in_uitvoering=True)
    for versie in (1, 2, 3):
        KadersVersieFactory(initiatief=initiatief, versie=versie)
    MijlpaalFactory(
        initiatief=initiatief,
        titel="Al gedaan",
        gereed=True,
        verwachte_datum=datetime.date(2030, 1, 1),
    )
    MijlpaalFactory(
        initiatief=initiatief, titel="Schouw", verwachte_datum=datetime.date(2030, 3, 1)
    )
    MijlpaalFactory(
        initiatief=initiatief, titel="Oplevering", verwachte_datum=datetime.date(2030, 6, 1)
    )
    oud = UpdateFactory(initiatief=initiatief, tekst="Oud nieuws")
    UpdateFactory(initiatief=initiatief, tekst="Vers nieuws")
    UpdateFactory(initiatief=initiatief, tekst="Intern", openbaar=False)
    oud.geplaatst_op = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    oud.save()
    client.force_login(inwoner)
    html = client.get(URL).content.decode()
    assert "versie 3" in html and "versie 2" not in html
    assert "Schouw" in html and "Al gedaan" not in html and "Oplevering" not in html
    assert "Vers nieuws" in html and "Oud nieuws" not in html and "Intern" not in html


def test_queries_do_not_grow_with_many_initiatives(client, inwoner, django_assert_max_num_queries):
    client.force_login(inwoner)
    ingediend = _maak(40, inwoner, in_uitvoering=True)
    for initiatief in ingediend + _maak(15, inwoner, concept=True):
        MijlpaalFactory(initiatief=initiatief)
        UpdateFactory(initiatief=initiatief)
    for versie in range(1, 30):
        KadersVersieFactory(initiatief=ingediend[0], versie=versie)
    client.get(URL)
    with django_assert_max_num_queries(11):
        assert client.get(URL, {"pagina": 2, "concepten": 2}).status_code == 200
