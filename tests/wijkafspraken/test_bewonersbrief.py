"""The bewonersbrief about a wijk's vastgestelde afspraken, for its gebiedsteam to print."""

import pytest
from django.urls import reverse

from tests.factories.gebieden import GemeenteFactory, WijkFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, VersieFactory
from wijkafspraken.services import met_inhoud
from wijkafspraken.versies import snapshot

pytestmark = pytest.mark.django_db


def _url(wijk):
    return reverse("wijkafspraken:bewonersbrief", kwargs={"slug": wijk.slug})


def test_the_gebiedsteam_prints_the_vastgestelde_afspraken_with_a_qr_code(client, wijk, rollen):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    AfspraakFactory(praatplaat=praatplaat, wat="Jaarlijkse dorpsavond over het budget")
    VersieFactory(praatplaat=praatplaat, inhoud=snapshot(met_inhoud().get(pk=praatplaat.pk)))
    client.force_login(rollen["gebiedsteam"])
    antwoord = client.get(_url(wijk))
    assert antwoord.status_code == 200
    assert f"Wat we in {wijk.naam} hebben afgesproken" in antwoord.text
    assert "Jaarlijkse dorpsavond over het budget" in antwoord.text
    assert "Aanjagen" in antwoord.text
    assert 'class="qr-code"' in antwoord.text
    assert f"http://testserver{wijk.get_absolute_url()}" in antwoord.text


@pytest.mark.parametrize(
    ("rol", "status"), [("inwoner", 404), ("ander_team", 404), ("anoniem", 302)]
)
def test_others_cannot_print_it(client, wijk, rollen, rol, status):
    VersieFactory(praatplaat=PraatplaatFactory(wijk=wijk, compleet=True))
    if rollen[rol]:
        client.force_login(rollen[rol])
    assert client.get(_url(wijk)).status_code == status


def test_nothing_vastgesteld_no_letter(client, wijk, rollen):
    client.force_login(rollen["medewerker"])
    assert client.get(_url(wijk)).status_code == 404


def test_another_gemeente_s_wijk_has_no_letter_here(client, rollen):
    """A medewerker of Groningen does not print the letter of a wijk of another gemeente."""
    vreemd = WijkFactory(gebied__gemeente=GemeenteFactory(andere=True))
    VersieFactory(praatplaat=PraatplaatFactory(wijk=vreemd, compleet=True))
    client.force_login(rollen["medewerker"])
    assert client.get(_url(vreemd)).status_code == 404
