"""An initiator asks their casemanager a question in the conversation of their initiative; the
casemanager follows the link in the notification, sees it marked new and replies; the initiator
is told of the reply and reads it, with the participatiepunt's contact details beside it."""

import re

import pytest

from initiatieven import gesprek
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.e2e


def _link(bericht) -> str:
    return re.search(r"https?://\S+/gesprek/", bericht.body).group(0)


def test_initiator_and_casemanager_exchange_messages(page, browser_login, mailoutbox, live_server):
    casemanager = UserFactory(medewerker=True, naam="Femke Hoekstra")
    inwoner = UserFactory(naam="Sanne Wieringa")
    initiatief = InitiatiefFactory(
        titel="Pluktuin aan de Kolk", indiener=inwoner, casemanager=casemanager, in_gesprek=True
    )

    browser_login(page, inwoner)
    page.goto(initiatief.get_absolute_url())
    assert page.get_by_text("Femke Hoekstra (casemanager)").is_visible()
    page.get_by_role("link", name="Gesprek met het participatiepunt").click()
    page.get_by_role("textbox", name="Uw bericht").fill("Vallen de fruitbomen onder de subsidie?")
    page.get_by_role("button", name="Bericht versturen").click()
    assert page.get_by_text("Uw bericht is verstuurd.").is_visible()

    [aan_casemanager] = mailoutbox
    assert aan_casemanager.to == [casemanager.email]
    page.context.clear_cookies()
    browser_login(page, casemanager)
    page.goto(_link(aan_casemanager).replace("http://testserver", live_server.url))
    vraag = page.locator("li.card").filter(has_text="Vallen de fruitbomen")
    assert vraag.get_by_text("nieuw").is_visible()
    assert vraag.get_by_text("Sanne Wieringa (initiatiefnemer)").is_visible()
    page.get_by_role("textbox", name="Uw bericht").fill("Ja, de bomen vallen onder het budget.")
    page.get_by_role("button", name="Bericht versturen").click()
    assert page.get_by_text("Uw bericht is verstuurd.").is_visible()

    antwoord = mailoutbox[1]
    assert antwoord.to == [inwoner.email]
    assert "Nieuw bericht over uw initiatief" in antwoord.subject
    page.context.clear_cookies()
    browser_login(page, inwoner)
    page.goto(initiatief.get_absolute_url())
    page.get_by_role("link", name=re.compile("Gesprek met het participatiepunt 1 nieuw")).click()
    reactie = page.locator("li.card").filter(has_text="de bomen vallen onder het budget")
    assert reactie.get_by_text("Femke Hoekstra (participatiepunt)").is_visible()
    page.get_by_role("button", name="Markeer als gelezen").click()
    assert not page.get_by_text("1 nieuw").count()


def test_conversation_page_passes_axe_and_fits_320px_for_both_sides(page, browser_login):
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_accessibility import _visit

    casemanager = UserFactory(medewerker=True, naam="Femke Hoekstra")
    initiatief = InitiatiefFactory(casemanager=casemanager, in_gesprek=True)
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Welkom!")
    axe, problems = Axe(), []
    page.set_viewport_size({"width": 320, "height": 900})
    for user in (initiatief.indiener, casemanager):
        page.context.clear_cookies()
        browser_login(page, user)
        _visit(page, axe, gesprek.url(initiatief), problems, user.get_rol_display())
        _visit(page, axe, initiatief.get_absolute_url(), problems, user.get_rol_display())
    assert not problems, "\n\n".join(problems)
