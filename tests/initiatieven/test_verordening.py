"""Trajecten that follow the participatieverordening: a required 'waarvoor', kaders per phase,
the raad's place on the timeline, the terugkoppeling before a besluit counts as done, and the
participatieparagraaf for the raadsvoorstel."""

import pytest
from django.urls import reverse

from initiatieven import casemanagement
from initiatieven.models import Mijlpaal, Terugkoppeling
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import (
    BelanghebbendeFactory,
    InitiatiefFactory,
    KadersReactieFactory,
    KadersVersieFactory,
    MijlpaalFactory,
    UpdateFactory,
)

pytestmark = pytest.mark.django_db

KADERS = {
    "waarvoor": "Samen kiezen uit twee ontwerpen.",
    "vast_en_niet_beinvloedbaar": "De rijbaan ligt vast.",
    "fase_voorbereiding": "Twee ontwerpen\r\nop tafel.",
    "fase_evaluatie": "Na een jaar samen over het plein.",
    "budgetruimte": "€ 120.000",
    "regels": "Wegenverkeerswet",
    "participatieniveau": "adviseren",
    "wie_besluit": "Het college",
    "reden": "Start van de participatie.",
}


@pytest.fixture
def staff_client(client, medewerker):
    client.force_login(medewerker)
    return client


def _paragraaf(initiatief):
    return reverse("initiatieven:participatieparagraaf", args=[initiatief.pk])


def test_kaders_need_waarvoor_and_keep_what_was_typed(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    url = reverse("initiatieven:beheer_kaders", args=[initiatief.pk])
    response = staff_client.post(url, {**KADERS, "waarvoor": "  "})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Schrijf op waarvoor deze participatie dient." in html and "Twee ontwerpen" in html
    assert not initiatief.kaders_versies.exists()


def test_kaders_per_phase_are_stored_and_shown(staff_client, client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    url = reverse("initiatieven:beheer_kaders", args=[initiatief.pk])
    assert staff_client.post(url, KADERS).status_code == 302
    versie = initiatief.kaders_versies.get()
    assert versie.per_fase == {
        "voorbereiding": "Twee ontwerpen\nop tafel.",
        "evaluatie": "Na een jaar samen over het plein.",
    }
    staff_client.logout()
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Waarvoor dient deze participatie" in html and "Samen kiezen uit twee" in html
    assert "Voorbereiding" in html and "Uitvoering" in html and "Nog niet vastgelegd." in html


def test_kaders_form_starts_from_the_current_phases(staff_client):
    versie = KadersVersieFactory(per_fase={"uitvoering": "In de zomervakantie"})
    url = reverse("initiatieven:beheer_kaders", args=[versie.initiatief_id])
    assert "In de zomervakantie" in staff_client.get(url).content.decode()


def test_raad_adopts_the_kaders_on_the_timeline(staff_client, client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    KadersVersieFactory(initiatief=initiatief, versie=1)
    volger = UserFactory()
    volgen.volg(volger, initiatief)
    url = reverse("initiatieven:beheer_actie", args=[initiatief.pk, "raad"])
    besluit = "https://ris.example.nl/besluit/17"
    data = {"raad_vastgesteld_op": "2026-11-12", "raadsbesluit_url": besluit}
    assert staff_client.post(url, data).status_code == 302
    gebeurtenis = Gebeurtenis.objects.filter(soort="initiatief.kaders").latest("pk")
    assert Melding.objects.filter(gebeurtenis=gebeurtenis, ontvanger=volger).exists()
    staff_client.logout()
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Kaders vastgesteld door de raad op 12 november 2026" in html
    assert f'href="{besluit}"' in html


def test_raad_needs_a_valid_date(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    KadersVersieFactory(initiatief=initiatief, versie=1)
    url = reverse("initiatieven:beheer_actie", args=[initiatief.pk, "raad"])
    response = staff_client.post(url, {"raad_vastgesteld_op": "12-13-2026"})
    assert response.status_code == 400
    assert "Vul een geldige datum in" in response.content.decode()
    assert initiatief.kaders_versies.get().raad_vastgesteld_op is None


def test_besluit_is_done_only_after_the_terugkoppeling(staff_client, inwoner):
    initiatief = InitiatiefFactory(in_gesprek=True, indiener=inwoner)
    besluit = MijlpaalFactory(initiatief=initiatief, soort="collegebesluit")
    volger = UserFactory()
    volgen.volg(volger, initiatief)
    gereed = reverse("initiatieven:mijlpaal_gereed", args=[initiatief.pk, besluit.pk])
    staff_client.post(gereed, {"gereed": "ja"})
    besluit.refresh_from_db()
    assert not besluit.gereed
    url = reverse("initiatieven:terugkoppeling", args=[initiatief.pk, besluit.pk])
    assert staff_client.post(url, {"tekst": ""}).status_code == 400
    tekst = "Ontwerp B is gekozen, zoals het dorp vroeg."
    assert staff_client.post(url, {"tekst": tekst}).status_code == 302
    gebeurtenis = Gebeurtenis.objects.get(soort="initiatief.terugkoppeling")
    ontvangers = set(
        Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True)
    )
    assert ontvangers == {inwoner.pk, volger.pk}
    assert staff_client.get(url).status_code == 404  # published once, never changed
    staff_client.post(gereed, {"gereed": "ja"})
    besluit.refresh_from_db()
    assert besluit.gereed
    assert Terugkoppeling.objects.count() == 1


def test_a_mijlpaal_that_is_no_besluit_needs_no_terugkoppeling(staff_client):
    mijlpaal = MijlpaalFactory(soort="informatieavond")
    casemanagement.markeer_mijlpaal(mijlpaal, True)
    assert Mijlpaal.objects.get(pk=mijlpaal.pk).gereed
    url = reverse("initiatieven:terugkoppeling", args=[mijlpaal.initiatief_id, mijlpaal.pk])
    assert staff_client.get(url).status_code == 404


def test_paragraaf_holds_what_the_raad_needs_and_nothing_private(client):
    initiatief = InitiatiefFactory(in_gesprek=True, naam_tonen=False)
    BelanghebbendeFactory(initiatief=initiatief, naam="Familie Geheim")
    UpdateFactory(initiatief=initiatief, tekst="Openbare uitkomst van de avond")
    UpdateFactory(initiatief=initiatief, tekst="Interne notitie", openbaar=False)
    eerste = KadersVersieFactory(initiatief=initiatief, versie=1, reden="Eerste voorstel")
    KadersReactieFactory(versie=eerste, betwist=True)
    tweede = KadersVersieFactory(
        initiatief=initiatief, versie=2, waarvoor="Kiezen uit ontwerpen",
        per_fase={"uitvoering": "De volgorde van het werk"}, raad_vastgesteld_op="2026-11-12",
    )  # fmt: skip
    KadersReactieFactory(versie=tweede)
    besluit = MijlpaalFactory(initiatief=initiatief, soort="collegebesluit", gereed=True)
    Terugkoppeling.objects.create(mijlpaal=besluit, tekst="Ontwerp B gekozen")
    html = client.get(_paragraaf(initiatief)).content.decode()
    for verwacht in [
        "Kiezen uit ontwerpen",
        "De volgorde van het werk",
        "Openbare uitkomst van de avond",
        "Ontwerp B gekozen",
        "Eerste voorstel",
        "Het budget is te krap",  # the contest, in the heroverleg section
        "vastgesteld door de raad op 12 november 2026",
        "gedragen door beide partijen",
        "Belanghebbenden in de analyse van de initiatiefnemer: 1",
    ]:
        assert verwacht in html, verwacht
    for prive in ["Familie Geheim", "Interne notitie", initiatief.indiener.naam]:
        assert prive not in html


def test_an_anonymous_visitor_sees_a_change_in_the_paragraaf_at_once(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    initiatief = InitiatiefFactory(in_gesprek=True)
    assert "Nog geen openbare berichten" in client.get(_paragraaf(initiatief)).content.decode()
    with django_assert_num_queries(0):  # the page from the cache
        client.get(_paragraaf(initiatief))
    with django_capture_on_commit_callbacks(execute=True):
        UpdateFactory(initiatief=initiatief, tekst="Openbare uitkomst van de avond")
    assert "Openbare uitkomst" in client.get(_paragraaf(initiatief)).content.decode()


def test_griffie_opens_the_paragraaf_of_a_traject_not_yet_public(client):
    ingediend = InitiatiefFactory()
    client.force_login(UserFactory(griffie=True))
    assert client.get(_paragraaf(ingediend)).status_code == 200
    client.force_login(UserFactory())
    assert client.get(_paragraaf(ingediend)).status_code == 404
    client.logout()
    assert client.get(_paragraaf(ingediend)).status_code == 302
    concept = InitiatiefFactory(concept=True)
    client.force_login(UserFactory(griffie=True))
    assert client.get(_paragraaf(concept)).status_code == 404
