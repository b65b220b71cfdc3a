"""A resident without an account asks the participatiepunt a question through the contact form
(reached from the footer) and gets a receipt; the question is in the participatiepunt's
mailbox with a Reply-To that answers the resident."""

import pytest

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.portal.models import Contactvraag

pytestmark = pytest.mark.e2e


def test_resident_asks_a_question_and_gets_a_receipt(page, mailoutbox, settings):
    settings.CONTACT_MINIMALE_INVULTIJD = 0  # the browser types faster than a person
    gemeente = standaardgemeente()
    gemeente.telefoon, gemeente.email = "14 050", "participatiepunt@groningen.example"
    gemeente.save()

    page.goto("/")
    voet = page.locator("footer")
    assert voet.get_by_text("14 050").is_visible()
    voet.get_by_role("link", name="Stel uw vraag via het contactformulier").click()
    assert page.get_by_role("heading", name="Contact met het participatiepunt").is_visible()

    page.get_by_label("Uw naam").fill("Joris Bakker")
    page.get_by_label("Uw e-mailadres").fill("joris.bakker@example.org")
    page.get_by_label("Onderwerp").fill("Bankje bij de speeltuin")
    page.get_by_role("textbox", name="Uw vraag").fill("Kan er een bankje bij de speeltuin komen?")
    page.get_by_role("button", name="Vraag versturen").click()

    assert page.get_by_role("heading", name="Uw vraag is verstuurd").is_visible()
    assert Contactvraag.objects.get().onderwerp == "Bankje bij de speeltuin"
    doorgestuurd, bevestiging = mailoutbox
    assert doorgestuurd.to == ["participatiepunt@groningen.example"]
    assert doorgestuurd.reply_to == ["joris.bakker@example.org"]
    assert bevestiging.to == ["joris.bakker@example.org"]
    assert "Wij hebben uw vraag ontvangen" in bevestiging.subject


def test_contact_pages_pass_axe_and_fit_320px_also_with_errors(page):
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_accessibility import _visit

    axe, problems = Axe(), []
    page.set_viewport_size({"width": 320, "height": 900})
    _visit(page, axe, "/contact/", problems, "anoniem")  # and sent empty: with its errors
    assert page.get_by_text("Controleer de volgende fouten").is_visible()
    _visit(page, axe, "/contact/verzonden/", problems, "anoniem")
    assert not problems, "\n\n".join(problems)
