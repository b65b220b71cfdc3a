"""The praatplaat as a picture in the browser: drawn without JavaScript, in the A4 print within
the page, and without axe violations on the pages that show it (the gemeente overview's picture
too)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.e2e

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def vastgesteld(transactional_db):
    praatplaat = PraatplaatFactory(compleet=True, archetype=3, wijk__naam="Wierhuizen")
    praatplaat.antwoorden.filter(vraag_key="k.stem.6").delete()
    AfspraakFactory(praatplaat=praatplaat, vraag_key="k.stem.6", wat="Training voor het panel")
    team = UserFactory(gebiedsteam=True, gebieden=[praatplaat.wijk.gebied])
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team)
    return praatplaat, team


def test_the_picture_is_in_the_a4_print(browser, live_server, vastgesteld):
    praatplaat, _ = vastgesteld
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(reverse("wijkafspraken:afdrukken", args=[praatplaat.wijk.slug]))
    page.emulate_media(media="print")
    plaat = page.get_by_role("img", name="Praatplaat Wierhuizen")
    expect(plaat).to_be_visible()
    main, vak = page.locator("main").bounding_box(), plaat.bounding_box()
    assert vak["width"] > main["width"] * 0.8
    assert vak["x"] >= main["x"] and vak["x"] + vak["width"] <= main["x"] + main["width"] + 1
    expect(page.locator(".plaat-tekst")).to_contain_text("witte vlek met afspraak (vereist)")
    figuur = page.locator("figure.plaat")
    assert figuur.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert plaat.evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
    context.close()


def test_pages_with_the_picture_pass_axe(page, browser_login, vastgesteld):
    from axe_playwright_python.sync_playwright import Axe

    praatplaat, team = vastgesteld
    axe, problemen = Axe(), []
    browser_login(page, team)
    for url in (
        praatplaat.wijk.get_absolute_url(),
        reverse("wijkafspraken:afdrukken", args=[praatplaat.wijk.slug]),
        reverse("wijkafspraken:praatplaat", args=[praatplaat.pk]),
        reverse("wijkafspraken:overzicht"),
    ):
        page.goto(url)
        expect(page.locator("svg.plaat-svg")).to_be_visible()
        result = axe.run(page, options=WCAG)
        if result.violations_count:
            problemen.append(f"{url}: {result.generate_report()}")
    assert not problemen, "\n\n".join(problemen)
