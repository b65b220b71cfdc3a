import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import (
    AfspraakFactory,
    AntwoordFactory,
    PraatplaatFactory,
    medeondertekend,
)
from wijkafspraken import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def vastgesteld(wijk, rollen):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    AntwoordFactory(
        praatplaat=praatplaat, vraag_key="b5.samen_leren", tekst="GEHEIM", openbaar=False
    )
    AfspraakFactory(praatplaat=praatplaat, wat="Dorpskrant elk kwartaal", te_laat=True)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    return praatplaat


def test_wijk_page_shows_vastgestelde_afspraken_and_only_published_answers(
    client, wijk, vastgesteld
):
    page = client.get(wijk.get_absolute_url()).content.decode()
    assert "Dorpskrant elk kwartaal" in page and "te laat" in page
    assert "1 Adviseren en inspreken" in page
    assert "Een hecht dorp" in page and "GEHEIM" not in page


def test_drafts_are_not_on_the_wijk_page(client, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk)
    AntwoordFactory(praatplaat=praatplaat, tekst="CONCEPTTEKST", openbaar=True)
    page = client.get(wijk.get_absolute_url()).content.decode()
    assert "CONCEPTTEKST" not in page and "in gesprek" in page


def test_version_page_hides_unpublished_answers_from_the_public(client, rollen, vastgesteld):
    url = reverse("wijkafspraken:versie", args=[vastgesteld.pk, 1])
    assert "GEHEIM" not in client.get(url).content.decode()
    client.force_login(rollen["gebiedsteam"])
    assert "GEHEIM" in client.get(url).content.decode()


def test_printable_version(client, wijk, vastgesteld):
    page = client.get(reverse("wijkafspraken:afdrukken", args=[wijk.slug])).content.decode()
    assert "Dorpskrant elk kwartaal" in page and "GEHEIM" not in page
    assert "Dit model ligt het dichtst bij de aard" in page


def test_printable_version_needs_a_vastgestelde_version(client, wijk):
    assert client.get(reverse("wijkafspraken:afdrukken", args=[wijk.slug])).status_code == 404


def test_overview_shows_state_per_wijk(client, wijk, vastgesteld):
    page = client.get(reverse("wijkafspraken:overzicht")).content.decode()
    assert wijk.naam in page and "Vastgesteld" in page and "Geen praatplaat" in page


def test_dashboard_shows_overdue_afspraken_of_own_gebieden_only(client, rollen, vastgesteld):
    url = reverse("wijkafspraken:dashboard")
    client.force_login(rollen["gebiedsteam"])
    assert "Dorpskrant elk kwartaal" in client.get(url).content.decode()
    client.force_login(rollen["ander_team"])
    assert "Dorpskrant elk kwartaal" not in client.get(url).content.decode()
    client.force_login(rollen["inwoner"])
    assert client.get(url).status_code == 403


def test_wijk_page_lists_public_initiatives_and_sessions_only(client, wijk):
    from tests.factories.initiatieven import InitiatiefFactory
    from tests.factories.reflectie import SessieFactory

    InitiatiefFactory(wijk=wijk, in_gesprek=True, titel="Moestuin bij de kerk")
    InitiatiefFactory(wijk=wijk, concept=True, titel="Geheim concept")
    SessieFactory(wijk=wijk, openbare=True, titel="College op locatie in het dorpshuis")
    SessieFactory(wijk=wijk, titel="Besloten sessie")
    page = client.get(wijk.get_absolute_url()).content.decode()
    assert "Moestuin bij de kerk" in page and "Geheim concept" not in page
    assert "College op locatie in het dorpshuis" in page and "Besloten sessie" not in page
