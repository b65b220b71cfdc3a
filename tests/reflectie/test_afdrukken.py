"""The agenda as the griffie prints it: a gemeente heading, the title once, each terras topic
once, the invitees, and page numbers on every A4 page."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from reflectie.choices import Soort
from tests.factories.accounts import UserFactory
from tests.factories.reflectie import AgendapuntFactory, OnderwerpFactory, SessieFactory

pytestmark = pytest.mark.django_db


def _afdruk(client, sessie, user=None) -> str:
    client.force_login(user or UserFactory(griffie=True))
    html = client.get(reverse("reflectie:afdrukken", args=[sessie.pk])).content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_title_says_the_kind_of_session_once(client):
    sessie = SessieFactory(soort=Soort.REFLECTIEGROEP, titel="Reflectiegroep: terugblik")
    main = _afdruk(client, sessie)
    assert "Reflectiegroep: Reflectiegroep" not in main
    kop = main.split("<h1>")[1].split("</h1>")[0]
    assert kop == '<span class="afdruk-soort">Agenda reflectiegroep</span> terugblik'


def test_a_title_without_the_kind_stays_whole(client):
    sessie = SessieFactory(soort=Soort.REFLECTIEGROEP, titel="Terugblik op de casussen")
    assert "</span> Terugblik op de casussen</h1>" in _afdruk(client, sessie)


def test_the_print_has_the_gemeente_and_griffie_heading(client):
    main = _afdruk(client, SessieFactory())
    kop = main[main.index('class="afdruk-kop"') : main.index("<h1>")]
    assert "Gemeente Groningen" in kop and "Griffie" in kop


def test_a_terras_topic_is_named_once(client):
    sessie = SessieFactory()
    onderwerp = OnderwerpFactory(titel="De herinrichting van onze straat")
    AgendapuntFactory(
        sessie=sessie, titel=f"Onderwerp van het terras: {onderwerp.titel}", onderwerp=onderwerp
    )
    assert _afdruk(client, sessie).count("De herinrichting van onze straat") == 1


def test_a_topic_with_its_own_title_is_still_named(client):
    sessie = SessieFactory()
    onderwerp = OnderwerpFactory(titel="Inspraak bij de wijkvernieuwing")
    AgendapuntFactory(sessie=sessie, titel="Gesprek met de wethouder", onderwerp=onderwerp)
    assert "Onderwerp van het terras: Inspraak bij de wijkvernieuwing" in _afdruk(client, sessie)


def test_the_invitees_are_listed_for_the_griffie(client):
    raadslid = UserFactory(raadslid=True, naam="Raadslid Wubbe Kuipers")
    sessie = SessieFactory(genodigden=[raadslid])
    main = _afdruk(client, sessie)
    assert "Genodigden" in main and "Raadslid Wubbe Kuipers" in main


def test_an_invitee_printing_it_sees_no_list_of_the_others(client):
    raadslid, ander = UserFactory(raadslid=True), UserFactory(raadslid=True, naam="Anne Ander")
    sessie = SessieFactory(genodigden=[raadslid, ander])
    main = _afdruk(client, sessie, raadslid)
    assert "Genodigden" not in main and "Anne Ander" not in main


def test_every_printed_page_is_numbered():
    css = (settings.BASE_DIR / "static" / "css" / "print.css").read_text(encoding="utf-8")
    page_rule = re.search(r"@page\s*\{(.*?)\n\}", css, re.S).group(1)
    assert re.search(r"@bottom-\w+\s*\{[^}]*counter\(page\)[^}]*counter\(pages\)", page_rule)
