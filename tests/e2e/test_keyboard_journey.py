"""A resident submits an initiative with the keyboard only: Tab to move, typing to fill,
Space to tick, Enter to follow a link or press a button. No mouse click anywhere."""

import pytest
from playwright.sync_api import expect

from initiatieven.choices import Status
from initiatieven.models import Initiatief
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.e2e

TITEL = "Bankjes langs het Reitdiep"
MAX_TABS = 80


def _tab_to(page, selector):
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is met Tab niet te bereiken")


def _type_into(page, selector, text):
    _tab_to(page, selector)
    page.keyboard.type(text)


def _press(page, selector, key="Enter"):
    _tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press(key)


def _next_step(page):
    _press(page, 'button[value="verder"]')


def _steps(page, wijk):
    _type_into(page, "#id_titel", TITEL)
    _type_into(page, "#id_samenvatting", "Drie bankjes om uit te rusten tijdens een wandeling.")
    _type_into(page, "#id_beschrijving", "Van hout, met een leuning, op de plekken met uitzicht.")
    _next_step(page)
    _tab_to(page, "#id_wijk")
    page.keyboard.type(wijk.naam)
    _tab_to(page, 'input[name="soort_initiatiefnemer"][value="inwoner"]')
    page.keyboard.press("Space")
    _next_step(page)
    _type_into(page, "#id_belanghebbenden-0-naam", "Wandelaars en omwonenden")
    _type_into(page, "#id_belanghebbenden-0-belang", "Een plek om even te zitten")
    _next_step(page)
    _tab_to(page, 'input[name="gevraagde_steun"][value="subsidie"]')
    page.keyboard.press("Space")
    _next_step(page)
    _next_step(page)  # bijlagen: none


def test_resident_submits_an_initiative_with_the_keyboard_only(page, browser_login):
    wijk = WijkFactory(naam="Testwijk Reitdiephaven")
    user = UserFactory()
    browser_login(page, user)
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    _press(page, 'nav a[href="/initiatieven/mijn/"]')
    _press(page, 'main a[href="/initiatieven/nieuw/"]')
    _steps(page, wijk)
    _tab_to(page, "#id_privacy_akkoord")
    page.keyboard.press("Space")
    _press(page, 'button[value="indienen"]')
    expect(page.get_by_role("heading", name="Wat is de volgende stap?")).to_be_visible()
    initiatief = Initiatief.objects.get(titel=TITEL)
    assert (initiatief.status, initiatief.wijk, initiatief.indiener) == (
        Status.INGEDIEND,
        wijk,
        user,
    )
