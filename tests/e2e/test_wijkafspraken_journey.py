"""A gebiedsteam member takes a dorp through the praatplaat: two sittings, archetype 3, the
congruence check, witte vlekken into afspraken, vaststellen, a second version with a reason.
Then a resident reads the public wijk page and the printable version."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.wijkafspraken import medeondertekend
from wijkafspraken.models import Praatplaat

pytestmark = pytest.mark.e2e


def _eerste_zitting(page, wijk):
    page.goto(wijk.get_absolute_url())
    page.get_by_role("link", name="Praatplaat openen").click()
    page.get_by_role("button", name="Praatplaat openen").click()
    page.locator("#id_deelnemers-0-naam").fill("Dorpsvereniging Wierhuizen Vooruit")
    page.locator("#id_deelnemers-0-soort").select_option("bewonersorganisatie")
    page.locator("#id_archetypen-0-thema").fill("dorpsbudget")
    page.locator("#id_archetypen-0-archetype").select_option("3")
    page.get_by_label("Sturen op proces").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name=f"Praatplaat {wijk.naam}")).to_be_visible()
    page.get_by_role("link", name="Vragen", exact=True).click()
    page.locator("#id_b1-dna__tekst").fill("Een wierdedorp waar iedereen meedoet.")
    page.locator("#id_b1-dna__openbaar").check()
    page.get_by_role("button", name="Opslaan en volgende onderdeel").click()
    page.locator("#id_b2-samenwerking__tekst").fill("Dorpsavond met gebiedsteam en raadsleden.")
    page.get_by_role("button", name="Opslaan", exact=True).click()


def _tweede_zitting(page, praatplaat_url):
    page.goto(praatplaat_url)
    page.get_by_role("link", name="2 Zeggenschap en rol- en taakverdeling").click()
    expect(page.locator("#id_b2-samenwerking__tekst")).to_have_value(
        "Dorpsavond met gebiedsteam en raadsleden."
    )
    page.locator("#id_b2-wie_wat__tekst").fill("De werkgroep bereidt voor, de dorpsavond beslist.")
    page.get_by_role("button", name="Opslaan", exact=True).click()


def _witte_vlekken_naar_afspraken(page):
    vereist = page.locator(".witte-vlekken li", has=page.locator("strong", has_text="(vereist)"))
    eerste = True
    for _ in range(vereist.count()):
        vereist.first.get_by_role("button").click()
        expect(page.get_by_role("heading", name="Afspraak wijzigen")).to_be_visible()
        if eerste:
            page.get_by_label("Wie").select_option("organisatie")
            page.get_by_label("Naam van de organisatie").fill("Dorpshuis De Wierde")
            eerste = False
        page.get_by_role("button", name="Afspraak opslaan").click()


def test_gebiedsteam_and_resident_journey(page, browser_login):
    wijk = WijkFactory(dorp=True, naam="Wierhuizen", slug="wierhuizen")
    team = UserFactory(gebiedsteam=True, gebieden=[wijk.gebied], naam="Anouk Dijkstra")
    browser_login(page, team)

    _eerste_zitting(page, wijk)
    praatplaat_url = page.url.split("#")[0]
    page.context.clear_cookies()
    browser_login(page, team)
    _tweede_zitting(page, praatplaat_url)

    toets = page.locator(".toets-uitslag")
    expect(toets).to_contain_text("Nog niet klaar om vast te stellen")
    expect(toets).to_contain_text("Wie bewaakt de democratische kwaliteit van het proces?")
    expect(toets).to_contain_text("Hoe gaan we om met afwijkende meningen")

    _witte_vlekken_naar_afspraken(page)
    expect(page.locator(".toets-uitslag")).to_contain_text("De toets is voldaan")

    # The bewonersorganisatie's signature (its own journey: test_medeondertekening_journey).
    medeondertekend(Praatplaat.objects.get(wijk=wijk))
    page.get_by_role("link", name="Vaststellen", exact=True).first.click()
    page.get_by_role("button", name="Versie 1 vaststellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afspraken Wierhuizen, versie 1")

    page.goto(praatplaat_url)
    page.get_by_role("link", name="Wijzigen afspraak 1", exact=True).click()
    page.get_by_label("Wat gaan we doen").fill("Dorpspanel samenstellen door loting")
    page.get_by_role("button", name="Afspraak opslaan").click()
    medeondertekend(Praatplaat.objects.get(wijk=wijk))
    page.get_by_role("link", name="Vaststellen", exact=True).first.click()
    page.get_by_label("Reden van de wijziging").fill("Afgesproken op de dorpsavond van november")
    page.get_by_role("button", name="Versie 2 vaststellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afspraken Wierhuizen, versie 2")
    expect(page.locator(".wijzigingen")).to_contain_text("Dorpspanel samenstellen door loting")

    page.context.clear_cookies()
    browser_login(page, UserFactory(naam="Sanne Bos"))
    page.goto(wijk.get_absolute_url())
    expect(page.get_by_text("3 Verdelen en besluiten", exact=True)).to_be_visible()
    expect(page.get_by_text("Een wierdedorp waar iedereen meedoet.")).to_be_visible()
    expect(page.get_by_text("Dorpspanel samenstellen door loting")).to_be_visible()
    expect(page.get_by_text("Dorpsavond met gebiedsteam")).to_have_count(0)
    page.get_by_role("link", name="Afdrukbare versie (A4)").click()
    expect(page).to_have_url(re.compile(r"/wijken/wierhuizen/afdrukken/$"))
    expect(page.get_by_role("heading", name="Praatplaat Wierhuizen")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_text("Dorpspanel samenstellen door loting")).to_be_visible()
