"""What portal.js adds to a form, in the browser: a counter for a text with a limit (the text is
never cut), and focus on the error summary after a refused submit."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.e2e


def test_the_title_counts_down_and_keeps_what_is_typed(page, browser_login, transactional_db):
    browser_login(page, UserFactory())
    page.goto(reverse("initiatieven:nieuw"))
    titel = page.locator("#id_titel")
    expect(page.locator("#id_titel_teller")).to_have_text("Nog 150 van 150 tekens over.")
    titel.fill("x" * 152)
    expect(titel).to_have_value("x" * 152)
    expect(page.locator("#id_titel_teller")).to_have_text("2 tekens te veel: maak de tekst korter.")


def test_a_refused_submission_puts_focus_on_the_summary(page, browser_login, transactional_db):
    inwoner = UserFactory()
    concept = InitiatiefFactory(concept=True, indiener=inwoner)
    browser_login(page, inwoner)
    page.goto(reverse("initiatieven:stap", args=[concept.pk, 6]))
    page.get_by_role("button", name="Initiatief indienen").click()
    expect(page.locator("#foutenoverzicht")).to_be_focused()
    expect(page.locator("#foutenoverzicht")).to_be_in_viewport()
    page.locator("#foutenoverzicht a[href='#id_privacy_akkoord']").click()
    expect(page.locator("#id_privacy_akkoord")).to_be_in_viewport()
