"""The whole journey of an initiatief in headless Chromium: a resident drafts over two sessions
and submits; a medewerker assigns, writes and changes the kaders, plans a mijlpaal and moves the
initiatief to in uitvoering; the resident and an anonymous visitor each see what they should."""

import pytest
from playwright.sync_api import expect

from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.e2e

TITEL = "Buurtmoestuin aan het Selwerderdiep"
GEHEIME_BESCHRIJVING = "Sleutel van het hek ligt bij nummer 12"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _login_with_password(browser, live_server, user):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto("/account/login/")
    page.get_by_label("E-mailadres").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(live_server.url + "/")
    return page


def _menu(page, label):
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=label).click()


def _save(page, label="Opslaan en verder"):
    page.get_by_role("button", name=label, exact=True).click()


def _first_session(page, wijk):
    _menu(page, "Mijn initiatieven")
    page.get_by_role("link", name="Start een nieuw initiatief").click()
    page.get_by_label("Titel").fill(TITEL)
    page.get_by_label("Samenvatting").fill("Moestuinbakken voor de flat, samen met de buren.")
    page.get_by_label("Volledige beschrijving").fill(GEHEIME_BESCHRIJVING)
    _save(page)
    page.get_by_label("Wijk of dorp").select_option(label=wijk.naam)
    page.get_by_label("Inwoner(s)").check()
    _save(page)
    page.locator("#id_belanghebbenden-0-naam").fill("Bewoners van de flat")
    page.locator("#id_belanghebbenden-0-belang").fill("Een groene plek om samen te tuinieren")
    page.get_by_role("button", name="Nog een belanghebbende toevoegen").click()
    page.locator("#id_belanghebbenden-1-naam").fill("Hondenbezitters")
    page.locator("#id_belanghebbenden-1-belang").fill("Uitlaatveld wordt kleiner")
    page.locator("#id_belanghebbenden-1-ervaart_hinder").check()
    expect(page.locator("#id_belanghebbenden-0-naam")).to_have_value("Bewoners van de flat")
    _save(page, "Opslaan en later verder")
    expect(page.get_by_text("Uw concept is bewaard")).to_be_visible()
    page.get_by_role("button", name="Uitloggen").click()


def _second_session(page, tmp_path):
    _menu(page, "Mijn initiatieven")
    page.get_by_role("link", name=f"Verder met ‘{TITEL}’").click()
    expect(page.locator("#id_belanghebbenden-1-naam")).to_have_value("Hondenbezitters")
    _save(page)
    page.get_by_label("Subsidie", exact=True).check()
    page.get_by_label("Verwacht budget (euro)").fill("2500")
    _save(page)
    bestand = tmp_path / "schets.pdf"
    bestand.write_bytes(PDF)
    page.get_by_label("Bestand").set_input_files(str(bestand))
    page.get_by_role("button", name="Bijlage toevoegen").click()
    expect(page.get_by_role("link", name="schets.pdf")).to_be_visible()
    _save(page)
    expect(page.get_by_text("Hondenbezitters")).to_be_visible()
    page.get_by_label("Ik heb de privacyverklaring gelezen en ga akkoord").check()
    page.get_by_role("button", name="Initiatief indienen").click()
    expect(page.get_by_role("heading", name="Wat is de volgende stap?")).to_be_visible()


def _fill_kaders(page, budget, reden):
    page.get_by_role("link", name="Kaders vastleggen of wijzigen").click()
    page.get_by_label("Waarvoor dient deze participatie").fill("Samen de inrichting kiezen.")
    page.get_by_label("Wat ligt vast en is niet te beïnvloeden").fill("De locatie ligt vast.")
    page.get_by_label("Budgettaire ruimte").fill(budget)
    page.get_by_label("Regels die gelden (wet- en regelgeving, beleid)").fill("APV")
    page.get_by_label("Participatieniveau").select_option(label="Coproduceren")
    page.get_by_label("Wie besluit uiteindelijk").fill("De wijkwethouder")
    page.get_by_label("Waarom deze (wijziging van de) kaders").fill(reden)
    page.get_by_role("button", name="Kaders vastleggen").click()


def _status(page, label):
    page.get_by_label("Nieuwe status").select_option(label=label)
    page.get_by_role("button", name="Status wijzigen").click()
    expect(page.get_by_text("De status is gewijzigd.")).to_be_visible()


def _medewerker_manages(page, medewerker):
    page.goto("/")
    _menu(page, "Intake")
    page.get_by_role("link", name=TITEL).click()
    page.get_by_role("link", name="Beheren").click()
    page.get_by_role("combobox", name="Casemanager").select_option(label=medewerker.naam)
    page.get_by_role("button", name="Casemanager opslaan").click()
    _status(page, "In gesprek")
    _fill_kaders(page, "Maximaal 3.000 euro", "Vastgelegd in het intakegesprek.")
    expect(page.get_by_text("De kaders zijn vastgelegd (versie 1).")).to_be_visible()
    _fill_kaders(page, "Maximaal 4.500 euro", "De woningcorporatie betaalt mee.")
    expect(page.get_by_text("De kaders zijn vastgelegd (versie 2).")).to_be_visible()
    page.get_by_label("Mijlpaal").fill("Raadsbesluit over de grond")
    page.get_by_label("Verwachte datum").fill("2030-03-12")
    page.get_by_role("button", name="Mijlpaal toevoegen").click()
    page.get_by_label("Tekst").fill("Alleen voor het participatiepunt: bel de corporatie.")
    page.get_by_label("Openbaar (ook voor de initiatiefnemer en iedereen)").uncheck()
    page.get_by_role("button", name="Update plaatsen").click()
    _status(page, "Kaders vastgesteld")
    _status(page, "In uitvoering")


def _resident_sees(page, initiatief_url):
    page.goto(initiatief_url)
    expect(page.get_by_text("In uitvoering").first).to_be_visible()
    expect(page.get_by_text(GEHEIME_BESCHRIJVING)).to_be_visible()
    expect(page.get_by_text("Maximaal 4.500 euro").first).to_be_visible()
    page.get_by_text("Eerdere versies van de kaders").click()
    expect(page.get_by_text("Maximaal 3.000 euro")).to_be_visible()
    expect(page.get_by_text("Raadsbesluit over de grond").first).to_be_visible()
    expect(page.get_by_text("bel de corporatie")).to_have_count(0)
    bijlage_url = page.get_by_role("link", name="schets.pdf").get_attribute("href")
    download = page.request.get(bijlage_url)
    assert download.headers["content-disposition"].startswith("attachment")
    assert download.body() == PDF
    return bijlage_url


def _anonymous_sees(page, initiatief_url, resident):
    page.goto("/initiatieven/")
    page.get_by_role("link", name=TITEL).click()
    expect(page.get_by_text("Maximaal 4.500 euro").first).to_be_visible()
    expect(page.get_by_text("Raadsbesluit over de grond").first).to_be_visible()
    html = page.content()
    for private in [
        GEHEIME_BESCHRIJVING,
        resident.naam,
        resident.email,
        "schets.pdf",
        "Hondenbezitters",
        "bel de corporatie",
        "Beheren",
    ]:
        assert private not in html
    page.goto("/initiatieven/jaarkalender/?jaar=2030")
    expect(page.get_by_text("Raadsbesluit over de grond")).to_be_visible()


def test_initiatief_journey(browser, live_server, browser_login, mailoutbox, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    wijk = WijkFactory(naam="Selwerd-Noord e2e")
    resident = UserFactory(naam="Noor Veenstra")
    medewerker = UserFactory(medewerker=True, naam="Femke Hoekstra")

    page = _login_with_password(browser, live_server, resident)
    _first_session(page, wijk)
    page.context.close()

    page = _login_with_password(browser, live_server, resident)
    _second_session(page, tmp_path)
    assert any(TITEL in mail.subject for mail in mailoutbox if resident.email in mail.to)
    _menu(page, "Mijn initiatieven")
    page.get_by_role("link", name=TITEL).click()
    initiatief_url = page.url

    staff = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    browser_login(staff, medewerker)
    _medewerker_manages(staff, medewerker)
    staff.context.close()

    bijlage_url = _resident_sees(page, initiatief_url)
    page.context.close()

    anonymous = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    _anonymous_sees(anonymous, initiatief_url, resident)
    response = anonymous.request.get(bijlage_url, max_redirects=0)
    assert response.status == 302 and "/account/login/" in response.headers["location"]
    anonymous.context.close()


def _pages(accounts):
    from initiatieven.models import Initiatief, Mijlpaal

    lopend = Initiatief.objects.get(titel="Pluktuin aan de Beijumer Kolk")
    concept = Initiatief.objects.get(titel="Buurtbieb in de Oosterpoort")
    traject = Initiatief.objects.get(titel="Herinrichting dorpsplein Oosterhoogebrug")
    besluit, _ = Mijlpaal.objects.get_or_create(
        initiatief=lopend, soort="raadsbesluit", titel="Raadsbesluit", verwachte_datum="2030-01-01"
    )
    stappen = [f"/initiatieven/{concept.pk}/concept/stap/{n}/" for n in range(1, 7)]
    return {
        None: ["/initiatieven/", f"/initiatieven/{lopend.pk}/", "/initiatieven/jaarkalender/",
               f"/initiatieven/{traject.pk}/",
               f"/initiatieven/{traject.pk}/participatieparagraaf/"],
        "inwoner": ["/initiatieven/mijn/", "/initiatieven/nieuw/", *stappen,
                    f"/initiatieven/{lopend.pk}/", f"/initiatieven/{lopend.pk}/kaders/reageren/",
                    f"/initiatieven/{lopend.pk}/kaders/voorstellen/"],
        "medewerker": ["/initiatieven/intake/", f"/initiatieven/{lopend.pk}/beheer/",
                       f"/initiatieven/{lopend.pk}/beheer/mijlpalen/{besluit.pk}/terugkoppeling/",
                       f"/initiatieven/{traject.pk}/beheer/"],
    }  # fmt: skip


def test_initiatieven_pages_pass_axe_and_fit_320px(page, browser_login):
    from axe_playwright_python.sync_playwright import Axe

    from initiatieven import demo
    from participatiepunt.accounts import demo as account_demo

    accounts = account_demo.load()
    demo.load(accounts)
    axe = Axe()
    page.set_viewport_size({"width": 320, "height": 800})
    for rol, paths in _pages(accounts).items():
        page.context.clear_cookies()
        if rol:
            browser_login(page, accounts[rol])
        for path in paths:
            page.goto(path)
            result = axe.run(page)
            assert result.violations_count == 0, f"{path}: {result.generate_report()}"
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, f"{path} is {width}px breed"
    _kaders_forms_with_errors_pass_axe(page, browser_login, accounts, axe)


def _kaders_forms_with_errors_pass_axe(page, browser_login, accounts, axe):
    from initiatieven.models import Initiatief

    lopend = Initiatief.objects.get(titel="Pluktuin aan de Beijumer Kolk")
    page.context.clear_cookies()
    browser_login(page, accounts["inwoner"])
    for path, knop in [
        (f"/initiatieven/{lopend.pk}/kaders/reageren/", "Reactie versturen"),
        (f"/initiatieven/{lopend.pk}/kaders/voorstellen/", "Kaders voorstellen"),
    ]:
        page.goto(path)
        page.locator("textarea").first.fill("")
        page.get_by_role("button", name=knop).click()
        page.wait_for_load_state()
        result = axe.run(page)
        assert result.violations_count == 0, f"{path} (fouten): {result.generate_report()}"
