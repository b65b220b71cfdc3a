"""Issue 19's journey: a resident without an account asks what happens in their dorp during the
summer holidays and finds the zienswijzetermijn with its last day, without JavaScript (the form
needs none). The question with its errors and the answer pass axe at 320 px."""

import pytest
from django.core.management import call_command
from django.utils import formats

from initiatieven.demo import zomervakantie
from initiatieven.models import Mijlpaal
from tests.e2e.test_accessibility import WCAG

pytestmark = pytest.mark.e2e
FOUT = "De laatste dag ligt vóór de eerste dag: kies een latere datum."


def _vraag(page, tot):
    page.goto("/vakantiecheck/")
    page.locator("#id_van").fill(str(zomervakantie()))
    page.locator("#id_tot").fill(str(tot))
    page.get_by_label("Een wijk of dorp").check()
    page.get_by_label("Wijk of dorp", exact=True).select_option(label="Oosterhoogebrug")
    page.get_by_role("button", name="Toon wat er speelt").click()
    page.wait_for_load_state()


def _axe(page, problemen):
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options=WCAG)
    if result.violations_count:
        problemen.append(f"{page.url}: {result.generate_report()}")
    if page.evaluate("document.documentElement.scrollWidth") > 320:
        problemen.append(f"{page.url}: breder dan 320px")


def test_a_resident_checks_the_summer_for_their_dorp(browser, live_server, page):
    call_command("laad_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    zienswijze = Mijlpaal.objects.get(soort="zienswijzetermijn")

    zonder_js = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False
    ).new_page()
    zonder_js.set_default_timeout(15000)
    _vraag(zonder_js, zomervakantie(-7))
    assert zonder_js.get_by_text(FOUT, exact=True).is_visible()
    _vraag(zonder_js, zomervakantie(41))
    laatste = formats.date_format(zienswijze.laatste_dag, "l j F Y")
    assert zonder_js.get_by_text(f"Laatste dag: {laatste}").is_visible()
    assert zonder_js.get_by_text("U kunt een zienswijze indienen tot en met").is_visible()
    feed = zonder_js.get_by_role("link", name="Agenda-feed (iCalendar) voor deze periode")
    assert "wijk=oosterhoogebrug" in feed.get_attribute("href")
    antwoord = zonder_js.url
    zonder_js.context.close()

    problemen = []
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(antwoord)
    _axe(page, problemen)
    _vraag(page, zomervakantie(-7))
    _axe(page, problemen)
    assert not problemen, "\n\n".join(problemen)
