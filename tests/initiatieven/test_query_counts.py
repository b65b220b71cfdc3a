"""The number of queries of the busy pages does not grow with the number of initiatieven."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import (
    GevraagdeSteunFactory,
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)
from tests.gebouwd import gebouwde_queries, vergrendeld

pytestmark = pytest.mark.django_db


def _vul(aantal, wijk, **status):
    for _ in range(aantal):
        initiatief = InitiatiefFactory(wijk=wijk, **status)
        GevraagdeSteunFactory(initiatief=initiatief)
        MijlpaalFactory(initiatief=initiatief, verwachte_datum="2030-04-01")
        MijlpaalFactory(initiatief=initiatief, verwachte_datum="2030-09-01")
        UpdateFactory(initiatief=initiatief)
        KadersVersieFactory(initiatief=initiatief)


def _count(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context)


def _counts(client, url, params=None, **status):
    wijk = WijkFactory()
    _vul(3, wijk, **status)
    weinig = _count(client, url, params)
    _vul(27, wijk, **status)
    veel = _count(client, url, params)
    print(f"{url}: {weinig} queries with 3, {veel} with 30")
    return weinig, veel


def test_public_list(client):
    weinig, veel = _counts(client, reverse("initiatieven:lijst"), in_gesprek=True)
    assert veel == weinig


def test_jaarkalender(client):
    url = reverse("initiatieven:jaarkalender")
    weinig, veel = _counts(client, url, {"jaar": 2030}, in_uitvoering=True)
    assert veel == weinig


def test_ical_feed(client):
    url = reverse("initiatieven:jaarkalender_ics")
    weinig, veel = _counts(client, url, in_uitvoering=True)
    assert veel == weinig


def test_intake_queue(client, medewerker):
    client.force_login(medewerker)
    weinig, veel = _counts(client, reverse("initiatieven:intake"))
    assert veel == weinig


def test_mijn_initiatieven(client, inwoner):
    client.force_login(inwoner)
    url = reverse("initiatieven:mijn")
    weinig = veel = None
    for aantal in (3, 27):
        for _ in range(aantal):
            initiatief = InitiatiefFactory(indiener=inwoner, in_gesprek=True)
            MijlpaalFactory(initiatief=initiatief)
            UpdateFactory(initiatief=initiatief)
        weinig, veel = veel, _count(client, url)
    assert veel == weinig


def _voeg_toe(initiatief, aantal, ronde):
    """`aantal` kaders versions (numbered apart per round), mijlpalen and updates."""
    for versie in range(aantal):
        KadersVersieFactory(initiatief=initiatief, versie=ronde * 100 + versie + 1)
        MijlpaalFactory(initiatief=initiatief)
        UpdateFactory(initiatief=initiatief)


def test_detail_does_not_grow_with_kaders_mijlpalen_updates(client):
    initiatief = InitiatiefFactory(in_uitvoering=True)
    counts = []
    for aantal in (3, 27):
        _voeg_toe(initiatief, aantal, ronde=len(counts))
        counts.append(_count(client, initiatief.get_absolute_url()))
    print(f"detail: {counts[0]} queries with 3 of each, {counts[1]} with 30")
    assert counts[1] == counts[0]


@pytest.mark.parametrize(
    "params",
    [{"toegewezen": "niemand"}, {"steun": "subsidie"}, {"sorteer": "titel"}, {"pagina": 2}],
)
def test_intake_queue_filtered_and_sorted(client, medewerker, params):
    client.force_login(medewerker)
    weinig, veel = _counts(client, reverse("initiatieven:intake"), params)
    assert veel == weinig


def test_beheer_does_not_grow_with_kaders_mijlpalen_updates(client, medewerker):
    client.force_login(medewerker)
    initiatief = InitiatiefFactory(in_uitvoering=True)
    url = reverse("initiatieven:beheer", args=[initiatief.pk])
    counts = []
    for aantal in (3, 27):
        _voeg_toe(initiatief, aantal, ronde=len(counts))
        GevraagdeSteunFactory.create_batch(aantal)  # steun on other initiatives
        counts.append(_count(client, url))
    print(f"beheer: {counts[0]} queries with 3 of each, {counts[1]} with 30")
    # A rebuild (each change above renews the body): the initiative's own row, as a kept visit
    # reads it (3 queries in all, test_beheer_bewaard), then once more with what the body shows.
    assert counts[1] == counts[0] <= 8


def _indienen(client, inwoner, belanghebbenden, volgers_wijk):
    from initiatieven.models import StatusWijziging
    from participatiepunt.meldingen import volgen
    from tests.factories.accounts import UserFactory
    from tests.factories.initiatieven import BelanghebbendeFactory

    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    for _ in range(belanghebbenden):
        BelanghebbendeFactory(initiatief=initiatief)
    for _ in range(volgers_wijk):
        volgen.volg(UserFactory(), initiatief.wijk)
    url = reverse("initiatieven:stap", args=[initiatief.pk, 6])
    with CaptureQueriesContext(connection) as context:
        response = client.post(url, {"privacy_akkoord": "on", "actie": "indienen"})
    assert response.status_code == 302
    initiatief.refresh_from_db()
    assert initiatief.status == "ingediend" and initiatief.privacy_akkoord
    assert StatusWijziging.objects.filter(initiatief=initiatief, naar="ingediend").exists()
    assert volgen.aantal_volgers(initiatief) == 1  # the initiator follows it
    return len(context)


def test_submitting_does_not_grow_with_stakeholders_or_followers(client, inwoner):
    """Submitting writes the status with its history (one statement), and the notification
    with the initiator's follow (the event, its outbox row and the follow in one statement);
    with BEGIN and COMMIT (savepoints in the test) 9 queries."""
    client.force_login(inwoner)
    _indienen(client, inwoner, 1, 0)  # warm-up: content types are cached per process
    weinig = _indienen(client, inwoner, 1, 0)
    veel = _indienen(client, inwoner, 12, 25)
    print(f"indienen: {weinig} queries, {veel} with 12 stakeholders and 25 wijk followers")
    assert veel == weinig <= 9


def test_the_locked_draft_is_read_by_sql_built_once(client, inwoner):
    """Every post of the guided form reads its draft locked, with its initiator and wijk: the
    ORM built that SELECT over three tables on each post (more CPU than the database took)."""
    from initiatieven.models import Initiatief
    from tests.factories.initiatieven import BelanghebbendeFactory

    client.force_login(inwoner)
    _indienen(client, inwoner, 1, 0)  # the first builds it
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    BelanghebbendeFactory(initiatief=initiatief)
    url = reverse("initiatieven:stap", args=[initiatief.pk, 6])
    with gebouwde_queries() as gebouwd:
        response = client.post(url, {"privacy_akkoord": "on", "actie": "indienen"})
    assert response.status_code == 302
    assert vergrendeld(gebouwd, Initiatief) == []


def test_detail_with_kaders_overleg(client, inwoner):
    """However many versions and positions the kaders overleg has, as its initiator (who sees
    the buttons the rules guard) and as an anonymous visitor."""
    from tests.factories.initiatieven import KadersReactieFactory

    initiatief = InitiatiefFactory(indiener=inwoner, in_gesprek=True)
    url = initiatief.get_absolute_url()

    def meer_versies(aantal):
        for _ in range(aantal):
            nummer = initiatief.kaders_versies.count() + 1
            versie = KadersVersieFactory(initiatief=initiatief, versie=nummer)
            KadersReactieFactory(versie=versie, betwist=True)
        KadersVersieFactory(initiatief=initiatief, versie=initiatief.kaders_versies.count() + 1)

    counts = []
    for aantal in (2, 20):
        meer_versies(aantal)
        client.force_login(inwoner)
        _count(client, url)  # what a session reads once
        ingelogd = _count(client, url)
        client.logout()
        counts.append((ingelogd, _count(client, url)))
    assert counts[0] == counts[1]


def _vul_succesvoorbeelden(aantal, wijk):
    for _ in range(aantal):
        voorbeeld = InitiatiefFactory(wijk=wijk, succesvoorbeeld=True, contact_toegestaan=True)
        GevraagdeSteunFactory(initiatief=voorbeeld)
        GevraagdeSteunFactory(initiatief=voorbeeld, soort="rechtsvorm")


@pytest.mark.parametrize("filters", [{}, {"steun": "subsidie", "thema": "groen"}])
def test_succesvoorbeelden_library(client, filters):
    wijk = WijkFactory()
    url = reverse("succesvoorbeelden:lijst")
    _vul_succesvoorbeelden(2, wijk)
    weinig = _count(client, url, filters)
    _vul_succesvoorbeelden(20, wijk)
    assert _count(client, url, filters) == weinig


def test_succesvoorbeeld_page(client):
    wijk = WijkFactory()
    voorbeeld = InitiatiefFactory(wijk=wijk, succesvoorbeeld=True)
    url = reverse("succesvoorbeelden:voorbeeld", args=[voorbeeld.pk])
    weinig = _count(client, url)
    for soort in ("subsidie", "rechtsvorm", "ruimte"):
        GevraagdeSteunFactory(initiatief=voorbeeld, soort=soort)
    _vul_succesvoorbeelden(10, wijk)
    assert _count(client, url) == weinig


def test_participatieparagraaf(client):
    """However many versions, positions, mijlpalen, terugkoppelingen and updates."""
    from initiatieven.models import Terugkoppeling
    from tests.factories.initiatieven import KadersReactieFactory

    initiatief = InitiatiefFactory(in_gesprek=True)
    url = reverse("initiatieven:participatieparagraaf", args=[initiatief.pk])

    def meer(aantal):
        for _ in range(aantal):
            nummer = initiatief.kaders_versies.count() + 1
            versie = KadersVersieFactory(
                initiatief=initiatief, versie=nummer, raad_vastgesteld_op="2026-11-12"
            )
            KadersReactieFactory(versie=versie, betwist=True)
            besluit = MijlpaalFactory(initiatief=initiatief, soort="collegebesluit")
            Terugkoppeling.objects.create(mijlpaal=besluit, tekst="Ontwerp B gekozen")
            MijlpaalFactory(initiatief=initiatief, soort="raadsbesluit")
            UpdateFactory(initiatief=initiatief)

    counts = []
    for aantal in (2, 20):
        meer(aantal)
        counts.append(_count(client, url))
    assert counts[0] == counts[1]
