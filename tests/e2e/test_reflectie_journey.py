import datetime
import urllib.request

import pytest
from django.utils import timezone
from icalendar import Calendar

from reflectie.models import Sessie
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.e2e


def _feed(url: str):
    with urllib.request.urlopen(url) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.read())
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def _als(page, browser_login, user):
    page.context.clear_cookies()
    browser_login(page, user)


def _stel_voor(page):
    page.goto("/reflectie/onderwerpen/voorstellen/")
    page.get_by_label("Welk onderwerp stelt u voor?").fill(
        "Herinrichting Oosterpark: te laat gehoord"
    )
    page.get_by_label("Waarom verdient dit reflectie?").fill("Bewoners lazen het in de krant.")
    page.get_by_role("button", name="Onderwerp voorstellen").click()
    page.wait_for_url("**/reflectie/onderwerpen/mijn/")


def _selecteer(page):
    page.goto("/reflectie/onderwerpen/")
    page.get_by_role("link", name="Herinrichting Oosterpark: te laat gehoord").click()
    page.get_by_label("Selecteren voor reflectie").check()
    page.get_by_label("Toelichting voor de indiener").fill("Past bij vroegtijdig informeren.")
    page.get_by_role("button", name="Besluit vastleggen").click()
    assert page.get_by_text("Geselecteerd voor reflectie").first.is_visible()


def _plan(page, datum):
    page.goto("/reflectie/sessies/nieuw/")
    page.get_by_label("Soort sessie").select_option(label="Reflectiegroep")
    page.get_by_label("Titel").fill("Reflectiegroep: vroegtijdig informeren")
    page.get_by_label("Datum").fill(datum.isoformat())
    page.get_by_label("Begintijd").fill("15:00")
    page.get_by_label("Eindtijd").fill("17:00")
    page.locator("#id_locatie").fill("Stadhuis, Grote Markt 1")
    page.get_by_label("Alle raadsleden").check()
    page.get_by_role("button", name="Sessie plannen").click()
    page.wait_for_url("**/reflectie/sessies/*/")


def _agenda(page):
    page.get_by_role("link", name="Agenda bewerken en publiceren").click()
    page.get_by_label("Titel").fill("Casus Oosterpark")
    page.get_by_label("Duur in minuten").fill("45")
    page.get_by_label("Geselecteerd onderwerp").select_option(
        label="Herinrichting Oosterpark: te laat gehoord"
    )
    page.get_by_role("button", name="Agendapunt toevoegen").click()
    page.get_by_role("button", name="Agenda publiceren").click()
    assert page.get_by_text("Versie 1 van de agenda is gepubliceerd.").is_visible()


def _verplaats(page, datum):
    page.get_by_role("link", name="Verplaatsen").click()
    page.get_by_label("Datum").fill(datum.isoformat())
    page.get_by_label("Begintijd").fill("10:00")
    page.get_by_label("Eindtijd").fill("12:00")
    page.get_by_label("Reden van verplaatsen").fill("Samenvallend met de begrotingsraad.")
    page.get_by_role("button", name="Verplaatsen").click()
    assert page.get_by_text("De sessie is verplaatst").is_visible()


def test_topic_to_agenda_to_griffie_feed(page, browser_login, live_server):
    inwoner, medewerker = UserFactory(), UserFactory(medewerker=True)
    griffie = UserFactory(griffie=True)
    eerst = timezone.localdate() + datetime.timedelta(days=21)
    later = eerst + datetime.timedelta(days=7)

    _als(page, browser_login, inwoner)
    _stel_voor(page)
    _als(page, browser_login, medewerker)
    _selecteer(page)
    _plan(page, eerst)
    _agenda(page)

    _als(page, browser_login, griffie)
    page.goto("/reflectie/kalender/")
    feed_url = page.get_by_label("Persoonlijk agenda-adres").input_value()
    voor = _feed(feed_url)["Reflectiegroep: vroegtijdig informeren"]

    _als(page, browser_login, medewerker)
    page.goto(Sessie.objects.get().get_absolute_url())
    _verplaats(page, later)

    _als(page, browser_login, griffie)
    page.goto("/reflectie/griffie/")
    assert page.get_by_text("Casus Oosterpark").is_visible()
    page.get_by_role("link", name="afdrukken agenda Reflectiegroep: vroegtijdig informeren").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Agenda reflectiegroep")
    assert page.get_by_text("Casus Oosterpark").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert page.get_by_text("Casus Oosterpark").is_visible()

    na = _feed(feed_url)["Reflectiegroep: vroegtijdig informeren"]
    assert na["uid"] == voor["uid"]
    assert int(na["sequence"]) > int(voor["sequence"])
    assert na["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert na["dtstart"].dt.date() == later
    assert (na["dtstart"].dt.hour, na["dtstart"].dt.minute) == (10, 0)


PAGINAS = {
    "medewerker": ["/reflectie/", "/reflectie/sessies/nieuw/", "{agenda}", "{verslag}"],
    "griffie": ["/reflectie/griffie/", "{sessie}", "{afdrukken}", "/reflectie/planning/"],
    "inwoner": ["/reflectie/onderwerpen/voorstellen/", "/reflectie/onderwerpen/mijn/"],
    "raadslid": ["/reflectie/kalender/", "/reflectie/leren/?q=casus"],
}


def _adressen(sessie, leren_sessie):
    return {
        "sessie": sessie.get_absolute_url(),
        "agenda": f"/reflectie/sessies/{sessie.pk}/agenda/",
        "afdrukken": f"/reflectie/sessies/{sessie.pk}/agenda/afdrukken/",
        "verslag": f"/reflectie/sessies/{leren_sessie.pk}/verslag/",
    }


def test_reflectie_pages_pass_axe_and_fit_320px(page, browser_login):
    from axe_playwright_python.sync_playwright import Axe

    from participatiepunt.accounts import demo as account_demo
    from reflectie import demo

    accounts = account_demo.load()
    demo.load(accounts)
    adressen = _adressen(
        Sessie.objects.get(titel=demo.SESSIES[3][0]), Sessie.objects.get(titel=demo.SESSIES[-1][0])
    )
    axe = Axe()
    page.set_viewport_size({"width": 320, "height": 800})
    for rol, paginas in PAGINAS.items():
        _als(page, browser_login, accounts[rol])
        for pad in paginas:
            page.goto(pad.format(**adressen))
            resultaat = axe.run(page)
            assert resultaat.violations_count == 0, f"{pad}: {resultaat.generate_report()}"
            breedte = page.evaluate("document.documentElement.scrollWidth")
            assert breedte <= 320, f"{pad} is {breedte}px breed"
