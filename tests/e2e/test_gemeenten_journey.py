"""Several gemeenten in headless Chromium (issue 16): a medewerker who works for Groningen and
Dijkmeer handles an initiative in each, switching in the navigation; a resident looking at
Groningen never sees Dijkmeer's initiative, and its page is not found there."""

import pytest
from playwright.sync_api import expect

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.e2e


@pytest.fixture
def twee_gemeenten(transactional_db):
    groningen = GemeenteFactory()
    dijkmeer = GemeenteFactory(naam="Dijkmeer", slug="dijkmeer", is_standaard=False, hostnaam="")
    hier = InitiatiefFactory(
        titel="Speeltuin Selwerd", wijk=WijkFactory(gebied=GebiedFactory(gemeente=groningen))
    )
    daar = InitiatiefFactory(
        titel="Steiger bij de dijk",
        wijk=WijkFactory(naam="Havenkwartier", gebied=GebiedFactory(gemeente=dijkmeer)),
    )
    return groningen, dijkmeer, hier, daar


def _status(page, label):
    page.get_by_label("Nieuwe status").select_option(label=label)
    page.get_by_role("button", name="Status wijzigen").click()
    expect(page.get_by_text("De status is gewijzigd.")).to_be_visible()


def _wissel(page, naam):
    page.get_by_role("navigation", name="Hoofdmenu").locator("a.gemeente-wissel").click()
    page.get_by_role("button", name=f"Gemeente {naam}").click()
    expect(page.locator("a.gemeente-wissel")).to_contain_text(f"Gemeente {naam}")


def _behandel(page, titel, status):
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Intake").click()
    page.get_by_role("link", name=titel).click()
    page.get_by_role("link", name="Beheren").click()
    _status(page, status)


def test_a_medewerker_of_two_handles_one_in_each(page, browser_login, twee_gemeenten):
    groningen, dijkmeer, hier, daar = twee_gemeenten
    medewerker = UserFactory(medewerker=True, gemeenten=[groningen, dijkmeer])
    browser_login(page, medewerker)
    page.goto("/")
    expect(page.locator("a.gemeente-wissel")).to_contain_text("Gemeente Groningen")
    _behandel(page, hier.titel, "In gesprek")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Intake").click()
    expect(page.get_by_role("link", name=daar.titel)).to_have_count(0)
    _wissel(page, "Dijkmeer")
    _behandel(page, daar.titel, "In gesprek")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Intake").click()
    expect(page.get_by_role("link", name=hier.titel)).to_have_count(0)
    hier.refresh_from_db()
    daar.refresh_from_db()
    assert (hier.status, daar.status) == ("in_gesprek", "in_gesprek")


def test_a_resident_of_one_never_sees_the_other_s(page, browser_login, twee_gemeenten):
    groningen, dijkmeer, hier, daar = twee_gemeenten
    hier.status = "in_gesprek"
    hier.save()
    browser_login(page, UserFactory())
    page.goto("/initiatieven/")
    expect(page.get_by_role("link", name=hier.titel)).to_be_visible()
    expect(page.get_by_text(daar.titel)).to_have_count(0)
    response = page.goto(daar.get_absolute_url())
    assert response.status == 404
