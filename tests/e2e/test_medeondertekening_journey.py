"""The wijk co-signs its praatplaat: the gebiedsteam puts it before the bewonersorganisatie, a
lid reads the draft, comments on a question, marks an answer complete and co-signs; the
gebiedsteam stellt the version vast, and records that it was voorgelegd aan de raad. A resident
then reads on the public version page who signed and when the raad saw it."""

import pytest
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import PraatplaatFactory

pytestmark = pytest.mark.e2e


@pytest.fixture
def aan_tafel(transactional_db):
    praatplaat = PraatplaatFactory(compleet=True, archetype=1, wijk__naam="Wierhuizen")
    organisatie = praatplaat.wijk.bewonersorganisaties.get()
    organisatie.naam = "Dorpsvereniging Wierhuizen Vooruit"
    organisatie.save()
    praatplaat.deelnemers.update(naam=organisatie.naam)
    # One required answer still waits for the organisation's 'complete'.
    praatplaat.antwoorden.filter(vraag_key="b1.dna").update(compleet_bewoners=False)
    lid = UserFactory(naam="Jan Wierda")
    organisatie.leden.add(lid)
    team = UserFactory(gebiedsteam=True, gebieden=[praatplaat.wijk.gebied])
    return praatplaat, lid, team


def _als(page, browser_login, user):
    page.context.clear_cookies()
    browser_login(page, user)


def test_gebiedsteam_and_bewonersorganisatie_co_sign_then_the_raad(page, browser_login, aan_tafel):
    praatplaat, lid, team = aan_tafel

    _als(page, browser_login, lid)
    page.goto("/")
    page.get_by_role("link", name="Wijken en dorpen").first.click()
    page.get_by_role("link", name="Praatplaat meelezen").click()
    page.get_by_role("link", name="Praatplaat Wierhuizen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("meelezen en medeondertekenen")
    expect(page.get_by_text("Vraag 1 (vereist voor archetype 1)")).to_contain_text(
        "de bewonersorganisatie heeft het antwoord nog niet als compleet gemarkeerd"
    )
    page.get_by_role(
        "button", name="Wij vinden dit antwoord compleet (vraag 1)", exact=True
    ).click()
    expect(page.get_by_text("U hebt het antwoord als compleet gemarkeerd.")).to_be_visible()
    page.get_by_role("link", name="Opmerking plaatsen bij vraag 2", exact=True).click()
    page.get_by_role("button", name="Opmerking plaatsen").click()
    expect(page.get_by_text("Schrijf uw opmerking op.", exact=True)).to_be_visible()
    page.get_by_label("Uw opmerking").fill("Noem ook het jongerenwerk bij de dorpsavond.")
    page.get_by_role("button", name="Opmerking plaatsen").click()
    expect(page.locator("#vraag-b2\\.samenwerking")).to_contain_text("Noem ook het jongerenwerk")

    _als(page, browser_login, team)
    page.goto(praatplaat.get_absolute_url())
    page.get_by_role("link", name="Vaststellen", exact=True).first.click()
    knop = page.get_by_role("button", name="Versie 1 vaststellen")
    expect(knop).to_be_disabled()
    expect(page.locator("#waarom-geblokkeerd")).to_contain_text("medeondertekend")
    page.get_by_role("button", name="Ter ondertekening voorleggen").click()
    expect(page.get_by_text("ligt ter ondertekening")).to_be_visible()

    _als(page, browser_login, lid)
    page.goto(praatplaat.get_absolute_url() + "meelezen/")
    page.get_by_role("button", name="Medeondertekenen namens onze bewonersorganisatie").click()
    expect(page.get_by_text("U hebt medeondertekend namens Dorpsvereniging")).to_be_visible()

    _als(page, browser_login, team)
    page.goto(praatplaat.get_absolute_url() + "vaststellen/")
    expect(page.locator(".getekend")).to_contain_text("Dorpsvereniging Wierhuizen Vooruit")
    page.get_by_role("button", name="Versie 1 vaststellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afspraken Wierhuizen, versie 1")
    expect(page.locator(".ondertekening")).to_contain_text(
        "Medeondertekend door Dorpsvereniging Wierhuizen Vooruit"
    )
    page.get_by_role("link", name="Voorgelegd aan de raad vastleggen").click()
    page.get_by_label("Voorgelegd aan de raad op").fill("2026-12-16")
    page.get_by_label("Vindplaats raadsbesluit").fill("https://gemeenteraad.example.nl/besluit/42")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#raad-stand")).to_contain_text(
        "Voorgelegd aan de gemeenteraad op 16 december 2026"
    )

    page.context.clear_cookies()
    page.goto(praatplaat.versies.get().get_absolute_url())
    expect(page.locator("#raad-stand")).to_contain_text("16 december 2026")
    expect(page.get_by_role("link", name="Het raadsbesluit")).to_have_attribute(
        "href", "https://gemeenteraad.example.nl/besluit/42"
    )
    expect(page.get_by_text("Jan Wierda")).to_have_count(0)
