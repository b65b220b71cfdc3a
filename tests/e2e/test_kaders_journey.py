"""Kaders both sides hold, in headless Chromium: the casemanager proposes kaders, the
initiator contests them with a reason, the casemanager revises, the initiator accepts. On the
way an anonymous visitor sees them 'in heroverleg' with both positions."""

import pytest
from playwright.sync_api import expect

from initiatieven import casemanagement
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.e2e

BEZWAAR = "Drie bakken is te weinig voor de hele flat; wij vragen ruimte voor zes."


def _nieuwe_pagina(browser, live_server):
    page = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    page.set_default_timeout(15000)
    return page


def _fill_kaders(page, budget, reden):
    page.get_by_role("link", name="Kaders vastleggen of wijzigen").click()
    page.get_by_label("Budgettaire ruimte").fill(budget)
    page.get_by_label("Waarom deze (wijziging van de) kaders").fill(reden)
    page.get_by_role("button", name="Kaders vastleggen").click()


def _initiator_contests(page, url):
    page.goto(url)
    expect(page.get_by_text("Wacht op reactie van de initiatiefnemer").first).to_be_visible()
    page.get_by_role("link", name="Reageren op deze kaders").click()
    page.get_by_label("Niet akkoord: wij willen opnieuw overleggen").check()
    page.get_by_role("button", name="Reactie versturen").click()
    expect(page.get_by_text("Schrijf op waarom u niet akkoord gaat.").first).to_be_visible()
    expect(page.get_by_label("Niet akkoord: wij willen opnieuw overleggen")).to_be_checked()
    page.get_by_label("Toelichting").fill(BEZWAAR)
    page.get_by_role("button", name="Reactie versturen").click()
    expect(page.get_by_text("De kaders staan nu ‘in heroverleg’")).to_be_visible()


def _anonymous_sees_heroverleg(page, url):
    page.goto(url)
    kaders = page.get_by_role("region", name="Kaders")
    expect(kaders.get_by_text("In heroverleg")).to_be_visible()
    expect(kaders.get_by_text(BEZWAAR)).to_be_visible()
    expect(kaders.get_by_text("Drie bakken op het grasveld.")).to_be_visible()
    expect(page.get_by_role("link", name="Reageren op deze kaders")).to_have_count(0)


def _casemanager_revises(page, initiatief):
    page.goto(f"/initiatieven/{initiatief.pk}/beheer/")
    expect(
        page.get_by_text("Wacht op een herzien voorstel voor de kaders van de gemeente")
    ).to_be_visible()
    _fill_kaders(page, "Maximaal 4.500 euro", "Ruimte voor zes bakken, na het bezwaar.")
    expect(page.get_by_text("De kaders zijn vastgelegd (versie 2).")).to_be_visible()
    expect(page.get_by_text("Wacht op reactie van de initiatiefnemer op versie 2")).to_be_visible()


def _initiator_accepts(page, url):
    page.goto(url)
    page.get_by_role("link", name="Reageren op deze kaders").click()
    expect(page.get_by_text("Maximaal 4.500 euro")).to_be_visible()
    page.get_by_label("Akkoord: wij staan achter deze kaders").check()
    page.get_by_role("button", name="Reactie versturen").click()
    kaders = page.get_by_role("region", name="Kaders")
    expect(kaders.get_by_text("Gedragen door beide partijen")).to_be_visible()
    expect(page.get_by_role("link", name="Reageren op deze kaders")).to_have_count(0)


def test_kaders_contested_revised_accepted(browser, live_server, browser_login, mailoutbox):
    resident = UserFactory(naam="Sanne Dijkstra")
    medewerker = UserFactory(medewerker=True, naam="Femke Hoekstra")
    initiatief = InitiatiefFactory(indiener=resident, casemanager=medewerker, in_gesprek=True)
    casemanagement.leg_kaders_vast(
        initiatief, medewerker, "Drie bakken op het grasveld.",
        waarvoor="Samen de inrichting van het grasveld kiezen.", per_fase={},
        vast_en_niet_beinvloedbaar="Het grasveld blijft openbaar.", budgetruimte="3.000 euro",
        regels="APV", participatieniveau="coproduceren", wie_besluit="De wijkwethouder",
    )  # fmt: skip
    url = initiatief.get_absolute_url()

    bewoner = browser_login(_nieuwe_pagina(browser, live_server), resident)
    _initiator_contests(bewoner, url)
    assert any("heroverleg" in mail.subject for mail in mailoutbox if medewerker.email in mail.to)

    anoniem = _nieuwe_pagina(browser, live_server)
    _anonymous_sees_heroverleg(anoniem, url)

    staf = browser_login(_nieuwe_pagina(browser, live_server), medewerker)
    _casemanager_revises(staf, initiatief)

    _initiator_accepts(bewoner, url)
    assert any("Akkoord" in mail.subject for mail in mailoutbox if medewerker.email in mail.to)
    for page in (bewoner, anoniem, staf):
        page.context.close()
