"""Words stay whole and nothing sticks out of its box: the menu at 1280 and 1366 px, the
tables at 375 px (and the praatplaat's question table at every width), and the A4 prints in
print media (180 mm of A4 between the margins of print.css is 680 CSS px). And below 992 px
the menu works without JavaScript. Demo data, as a visitor sees it."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from participatiepunt.accounts import demo as account_demo

pytestmark = pytest.mark.e2e

CHECK = (Path(__file__).parent / "layout.js").read_text(encoding="utf-8")
MENU, TABELLEN, AFDRUK = "header nav", "main table", "main"
A4_BREED = 680


@pytest.fixture
def demo(transactional_db):
    call_command("laad_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return account_demo.load()


def _problemen(page, url, selector, label):
    page.goto(url)
    return [f"{label} {url}: {p}" for p in page.evaluate(CHECK, selector)]


def _praatplaat():
    from wijkafspraken.models import Praatplaat

    return Praatplaat.objects.select_related("wijk").filter(versies__isnull=False).first()


def _sessie():
    from reflectie.models import AgendaVersie

    return AgendaVersie.objects.select_related("sessie").first().sessie


def _tabelpaginas(praatplaat, sessie):
    return {
        "medewerker": [
            reverse("initiatieven:intake"),
            reverse("reflectie:sessie", args=[sessie.pk]),
            reverse("reflectie:planning"),
            reverse("wijkafspraken:praatplaat", args=[praatplaat.pk]),
        ],
        "gebiedsteam": [reverse("wijkafspraken:dashboard")],
        "inwoner": [
            reverse("meldingen:voorkeuren"),
            reverse("wijkafspraken:overzicht"),
            reverse("wijkafspraken:wijk", args=[praatplaat.wijk.slug]),
            reverse("wijkafspraken:versie", args=[praatplaat.pk, 1]),
        ],
    }


def _menu(page, browser_login, demo):
    problemen = []
    for rol in ["medewerker", "gebiedsteam", "inwoner", None]:
        page.context.clear_cookies()
        if rol:
            browser_login(page, demo[rol])
        for breedte in (1280, 1366, 992):
            page.set_viewport_size({"width": breedte, "height": 800})
            problemen += _problemen(page, "/", MENU, f"{rol or 'anoniem'} {breedte}px")
    return problemen


def _tabellen(page, browser_login, demo, praatplaat, sessie):
    problemen = []
    for rol, urls in _tabelpaginas(praatplaat, sessie).items():
        page.context.clear_cookies()
        browser_login(page, demo[rol])
        for breedte in (375, 1280, 1366):
            page.set_viewport_size({"width": breedte, "height": 800})
            for url in urls:
                problemen += _problemen(page, url, TABELLEN, f"{rol} {breedte}px")
    return problemen


def _afdrukken(page, browser_login, demo, praatplaat, sessie):
    page.context.clear_cookies()
    browser_login(page, demo["medewerker"])
    page.set_viewport_size({"width": A4_BREED, "height": 1000})
    page.emulate_media(media="print")
    problemen = []
    for url in [
        reverse("wijkafspraken:afdrukken", args=[praatplaat.wijk.slug]),
        reverse("reflectie:afdrukken", args=[sessie.pk]),
    ]:
        problemen += _problemen(page, url, AFDRUK, "afdruk")
    page.emulate_media(media="screen")
    return problemen


def test_menu_tables_and_prints_keep_their_words_whole_and_inside_their_box(
    page, browser_login, demo
):
    """One test, one load of the demo data (the wijken go with a transactional test's flush)."""
    praatplaat, sessie = _praatplaat(), _sessie()
    problemen = _menu(page, browser_login, demo)
    problemen += _tabellen(page, browser_login, demo, praatplaat, sessie)
    problemen += _afdrukken(page, browser_login, demo, praatplaat, sessie)
    assert not problemen, "\n".join(problemen)


def test_the_small_screen_menu_works_without_javascript(browser, live_server, transactional_db):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 375, "height": 700}
    )
    page = context.new_page()
    try:
        page.goto("/")
        inloggen = page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
            "link", name="Inloggen"
        )
        expect(inloggen).to_be_visible()
        inloggen.click()
        expect(page).to_have_url(f"{live_server.url}/account/login/")
    finally:
        context.close()
