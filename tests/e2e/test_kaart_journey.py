"""A resident follows their address through the (fake) PDOK Locatieserver and sees the traject
within the radius on the map and in the list beside it; staff put a new traject on the map
within the radius and the resident gets the mail. Maps draw their shapes without tiles (no
internet here), pass axe, and move with the keyboard."""

import pytest

from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.e2e
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
GROTE_MARKT = (53.21917, 6.56750)  # about 235 m from Oude Boteringestraat 12


def _axe(page):
    from axe_playwright_python.sync_playwright import Axe

    resultaat = Axe().run(page, options=WCAG)
    assert not resultaat.violations_count, resultaat.generate_report()


def _vormen(page) -> int:
    """Shapes Leaflet drew (SVG paths), whatever the tiles do."""
    page.wait_for_selector(".kaart.kaart-getekend")
    return page.locator(".kaart path.leaflet-interactive").count()


def test_follow_an_address_see_the_traject_and_hear_of_a_new_one(
    page, browser_login, locatieserver, mailoutbox
):
    InitiatiefFactory(in_gesprek=True, titel="Groen plein op de Grote Markt", plek=GROTE_MARKT)
    InitiatiefFactory(in_gesprek=True, titel="Fietspad bij het station", plek=(53.2107, 6.5643))
    nieuw = InitiatiefFactory(in_gesprek=True, titel="Bankjes in de Oude Boteringestraat")
    inwoner = UserFactory(naam="Sanne de Vries")
    medewerker = UserFactory(medewerker=True)

    browser_login(page, inwoner)
    page.goto("/initiatieven/")
    page.get_by_role("link", name="Volg uw adres").click()
    page.get_by_label("Postcode").fill("9712 GH")
    page.get_by_label("Huisnummer").fill("12")
    page.get_by_label("Hoe ver om uw adres heen?").select_option("500")
    page.get_by_role("button", name="Volgen").click()
    assert page.get_by_text("U volgt nu wat er binnen 500 meter van uw adres gebeurt").is_visible()
    lijst = page.locator("#adres-lijst")
    assert lijst.get_by_role("link", name="Groen plein op de Grote Markt").is_visible()
    assert lijst.get_by_text("Fietspad bij het station").count() == 0
    assert _vormen(page) >= 2  # the traject and the address's circle, on a plain background
    _axe(page)

    # Keyboard: the map takes focus and the arrow keys move it.
    kaart = page.locator(".kaart")
    kaart.focus()
    voor = page.locator(".leaflet-map-pane").get_attribute("style")
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(400)
    assert page.locator(".leaflet-map-pane").get_attribute("style") != voor

    # Staff put a new traject on the map within the radius, typing the coordinates.
    page.context.clear_cookies()
    browser_login(page, medewerker)
    page.goto(f"/initiatieven/{nieuw.pk}/beheer/")
    page.get_by_role("link", name="Locatie op de kaart zetten").click()
    page.get_by_label("Locatie (punt of vlak)").fill("53.2210, 6.5652")
    page.get_by_role("button", name="Locatie opslaan").click()
    assert page.get_by_text("De locatie is opgeslagen.").is_visible()
    assert [m.to for m in mailoutbox] == [[inwoner.email]]
    assert "Bankjes in de Oude Boteringestraat" in mailoutbox[0].subject


def test_staff_draw_a_point_on_the_map(page, browser_login):
    initiatief = InitiatiefFactory(in_gesprek=True, titel="Speelplek", plek=GROTE_MARKT)
    browser_login(page, UserFactory(medewerker=True))
    page.goto(f"/initiatieven/{initiatief.pk}/beheer/locatie/")
    assert _vormen(page) == 1
    _axe(page)
    page.get_by_role("button", name="Punt plaatsen").click()
    page.locator(".kaart").click(position={"x": 60, "y": 60})
    veld = page.get_by_label("Locatie (punt of vlak)")
    assert '"type":"Point"' in veld.input_value()
    page.get_by_role("button", name="Locatie opslaan").click()
    assert page.get_by_text("De locatie is opgeslagen.").is_visible()
    initiatief.refresh_from_db()
    assert initiatief.locatie["type"] == "Point"
    assert initiatief.locatie["coordinates"] != [GROTE_MARKT[1], GROTE_MARKT[0]]


def test_list_map_with_filters_passes_axe_at_320px(page):
    InitiatiefFactory(in_gesprek=True, titel="Groen plein", plek=GROTE_MARKT)
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto("/initiatieven/")
    assert _vormen(page) == 1
    _axe(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
