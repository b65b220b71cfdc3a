"""The management page: casemanager, status, kaders with history, mijlpalen, updates."""

import pytest
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.models import KadersVersie
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory, KadersVersieFactory

pytestmark = pytest.mark.django_db

KADERS = {
    "waarvoor": "Samen met de buurt de inrichting kiezen.",
    "vast_en_niet_beinvloedbaar": "De locatie ligt vast.",
    "budgetruimte": "Maximaal 5.000 euro.",
    "regels": "APV",
    "participatieniveau": "coproduceren",
    "wie_besluit": "Het college",
    "reden": "Vastgelegd in het intakegesprek.",
}


def _actie(initiatief, naam):
    return reverse("initiatieven:beheer_actie", args=[initiatief.pk, naam])


@pytest.fixture
def staff_client(client, medewerker):
    client.force_login(medewerker)
    return client


def test_only_medewerkers_manage(client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner)
    client.force_login(inwoner)
    assert client.get(reverse("initiatieven:beheer", args=[initiatief.pk])).status_code == 404
    response = client.post(_actie(initiatief, "update"), {"tekst": "x", "openbaar": "on"})
    assert response.status_code == 404
    assert not initiatief.updates.exists()


def test_drafts_are_not_managed(staff_client):
    initiatief = InitiatiefFactory(concept=True)
    assert staff_client.get(reverse("initiatieven:beheer", args=[initiatief.pk])).status_code == 404


def test_assign_casemanager(staff_client, medewerker):
    initiatief = InitiatiefFactory()
    staff_client.post(_actie(initiatief, "casemanager"), {"casemanager": medewerker.pk})
    initiatief.refresh_from_db()
    assert initiatief.casemanager == medewerker


def test_casemanager_must_be_a_medewerker(staff_client):
    initiatief = InitiatiefFactory()
    response = staff_client.post(
        _actie(initiatief, "casemanager"), {"casemanager": UserFactory().pk}
    )
    assert response.status_code == 400
    initiatief.refresh_from_db()
    assert initiatief.casemanager is None


def test_refusal_without_reason_is_refused_at_the_field(staff_client):
    initiatief = InitiatiefFactory()
    response = staff_client.post(_actie(initiatief, "status"), {"naar": "afgewezen"})
    assert response.status_code == 400
    assert "Schrijf op waarom het initiatief wordt afgewezen." in response.content.decode()
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGEDIEND


def test_refusal_reason_is_shown_to_the_initiator(staff_client, client, inwoner):
    initiatief = InitiatiefFactory(indiener=inwoner)
    reden = "Dit valt onder de provincie; wij helpen u met het contact."
    staff_client.post(_actie(initiatief, "status"), {"naar": "afgewezen", "toelichting": reden})
    client.force_login(inwoner)
    assert reden in client.get(initiatief.get_absolute_url()).content.decode()


def test_status_choices_follow_the_workflow(staff_client):
    initiatief = InitiatiefFactory()
    response = staff_client.post(_actie(initiatief, "status"), {"naar": "afgerond"})
    assert response.status_code == 400
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGEDIEND


def test_every_kaders_change_is_a_new_version_with_who_when_why(staff_client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    staff_client.post(_actie(initiatief, "kaders"), KADERS)
    gewijzigd = {**KADERS, "budgetruimte": "Maximaal 8.000 euro.", "reden": "Extra subsidie."}
    staff_client.post(_actie(initiatief, "kaders"), gewijzigd)
    staff_client.post(_actie(initiatief, "kaders"), {**gewijzigd, "reden": "Niets nieuws"})
    versies = list(KadersVersie.objects.filter(initiatief=initiatief).order_by("versie"))
    assert [v.versie for v in versies] == [1, 2]
    assert versies[0].budgetruimte == "Maximaal 5.000 euro."
    assert versies[1].gewijzigd_door == medewerker
    assert versies[1].reden == "Extra subsidie."


def test_kaders_need_a_reason(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    response = staff_client.post(_actie(initiatief, "kaders"), {**KADERS, "reden": ""})
    assert response.status_code == 400
    assert "Maximaal 5.000 euro." in response.content.decode()
    assert not initiatief.kaders_versies.exists()


def test_current_kaders_and_history_are_public(client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    KadersVersieFactory(initiatief=initiatief, versie=1, budgetruimte="Oud budget")
    KadersVersieFactory(initiatief=initiatief, versie=2, budgetruimte="Nieuw budget")
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Nieuw budget" in html and "Oud budget" in html
    assert "Versie 2" in html


def test_mijlpaal_and_next_step(staff_client, client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    response = staff_client.post(
        _actie(initiatief, "mijlpaal"), {"titel": "Raadsbesluit", "verwachte_datum": "2031-03-12"}
    )
    assert response.status_code == 302
    assert initiatief.volgende_stap()[0] == "Raadsbesluit"
    html = client.get(reverse("initiatieven:lijst")).content.decode()
    assert "Raadsbesluit" in html


def test_mijlpaal_with_bad_date(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    response = staff_client.post(
        _actie(initiatief, "mijlpaal"), {"titel": "Raadsbesluit", "verwachte_datum": "morgen"}
    )
    assert response.status_code == 400
    assert "Vul een geldige datum in" in response.content.decode()


def test_mijlpaal_done(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    mijlpaal = initiatief.mijlpalen.create(titel="Bewonersavond", verwachte_datum="2031-01-01")
    url = reverse("initiatieven:mijlpaal_gereed", args=[initiatief.pk, mijlpaal.pk])
    staff_client.post(url, {"gereed": "ja"})
    mijlpaal.refresh_from_db()
    assert mijlpaal.gereed


def test_internal_updates_stay_internal(staff_client, client):
    initiatief = InitiatiefFactory(in_gesprek=True)
    staff_client.post(_actie(initiatief, "update"), {"tekst": "Openbaar bericht", "openbaar": "on"})
    staff_client.post(_actie(initiatief, "update"), {"tekst": "Alleen voor ons"})
    client.logout()
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Openbaar bericht" in html
    assert "Alleen voor ons" not in html


def test_succesvoorbeeld_only_when_afgerond(staff_client):
    lopend = InitiatiefFactory(in_uitvoering=True)
    response = staff_client.post(_actie(lopend, "succesvoorbeeld"), {"is_succesvoorbeeld": "on"})
    assert response.status_code == 400
    afgerond = InitiatiefFactory(afgerond=True)
    staff_client.post(_actie(afgerond, "succesvoorbeeld"), {"is_succesvoorbeeld": "on"})
    afgerond.refresh_from_db()
    assert afgerond.is_succesvoorbeeld


def test_staff_correct_the_submitted_details(staff_client):
    initiatief = InitiatiefFactory(titel="Moestuin", naam_tonen=True)
    data = {
        "gegevens-titel": "Buurtmoestuin Paddepoel",
        "gegevens-samenvatting": initiatief.samenvatting,
        "gegevens-beschrijving": initiatief.beschrijving,
        "gegevens-thema": "groen",
        "gegevens-wijk": initiatief.wijk_id,
        "gegevens-soort_initiatiefnemer": "gemeente",
        "gegevens-reden": "Door de gemeente gestart",
    }
    staff_client.post(_actie(initiatief, "gegevens"), data)
    initiatief.refresh_from_db()
    assert (initiatief.titel, initiatief.soort_initiatiefnemer) == (
        "Buurtmoestuin Paddepoel",
        "gemeente",
    )
    assert initiatief.naam_tonen
    response = staff_client.post(_actie(initiatief, "gegevens"), {**data, "gegevens-titel": ""})
    assert response.status_code == 400
    assert "Het initiatief moet een titel hebben." in response.content.decode()


def test_no_status_is_preselected_and_closed_ones_offer_none(staff_client):
    lopend = InitiatiefFactory()
    html = staff_client.get(reverse("initiatieven:beheer", args=[lopend.pk])).content.decode()
    assert '<option value="" selected>Kies de nieuwe status</option>' in html
    response = staff_client.post(_actie(lopend, "status"), {"naar": ""})
    assert "Kies een status." in response.content.decode()
    afgerond = InitiatiefFactory(afgerond=True)
    html = staff_client.get(reverse("initiatieven:beheer", args=[afgerond.pk])).content.decode()
    assert "de status kan niet meer veranderen" in html


def test_kaders_and_details_have_their_own_pages(staff_client):
    initiatief = InitiatiefFactory(in_gesprek=True, titel="Moestuin")
    KadersVersieFactory(initiatief=initiatief, versie=1, budgetruimte="Oud budget")
    beheer = staff_client.get(reverse("initiatieven:beheer", args=[initiatief.pk]))
    html = beheer.content.decode()
    kaders_url = reverse("initiatieven:beheer_kaders", args=[initiatief.pk])
    gegevens_url = reverse("initiatieven:beheer_gegevens", args=[initiatief.pk])
    assert kaders_url in html and gegevens_url in html
    assert "Versie 1 (participatieniveau" in html and "Oud budget" not in html
    assert "Oud budget" in staff_client.get(kaders_url).content.decode()
    assert 'value="Moestuin"' in staff_client.get(gegevens_url).content.decode()
    response = staff_client.post(kaders_url, {**KADERS, "budgetruimte": "Nieuw budget"})
    assert response.url == reverse("initiatieven:beheer", args=[initiatief.pk])
    assert initiatief.kaders_versies.count() == 2


def test_the_kaders_are_read_once_for_the_page_and_its_reageren_button(staff_client):
    """The respond_kaders rule reads the versions the page loaded, not its own copy."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    initiatief = InitiatiefFactory(in_uitvoering=True)
    KadersVersieFactory(initiatief=initiatief, van_initiatiefnemer=True)
    with CaptureQueriesContext(connection) as context:
        response = staff_client.get(reverse("initiatieven:beheer", args=[initiatief.pk]))
    assert "Reageren op het voorstel van de initiatiefnemer" in response.content.decode()
    kaders = [q for q in context if 'FROM "initiatieven_kadersversie"' in q["sql"]]
    assert len(kaders) == 1


def test_a_renamed_or_new_medewerker_is_in_the_casemanager_list_at_once(staff_client, medewerker):
    """The empty casemanager form is rendered once per list of medewerkers (formulieren)."""
    initiatief = InitiatiefFactory()
    url = reverse("initiatieven:beheer", args=[initiatief.pk])
    assert medewerker.naam in staff_client.get(url).content.decode()
    medewerker.naam = "Anouk Hernieuwd"
    medewerker.save()
    nieuw = UserFactory(medewerker=True, naam="Bram Nieuwkomer")
    html = staff_client.get(url).content.decode()
    assert "Anouk Hernieuwd" in html and "Bram Nieuwkomer" in html
    initiatief.casemanager = nieuw
    initiatief.save()
    html = staff_client.get(url).content.decode()
    assert f'<option value="{nieuw.pk}" selected>Bram Nieuwkomer</option>' in html
