"""Public pages: past intake only, never the initiator's personal data unless they chose so."""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.views import publiek
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import (
    BelanghebbendeFactory,
    InitiatiefFactory,
    MijlpaalFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", list(Status))
def test_list_shows_only_past_intake(client, status):
    initiatief = InitiatiefFactory(status=status, titel="Zichtbaar of niet")
    html = client.get(reverse("initiatieven:lijst")).content.decode()
    assert (initiatief.titel in html) is initiatief.is_openbaar


def test_list_filters_and_search(client):
    wijk = WijkFactory(naam="Beijum", slug="beijum-test")
    a = InitiatiefFactory(in_gesprek=True, wijk=wijk, thema="groen", titel="Pluktuin Beijum")
    b = InitiatiefFactory(in_uitvoering=True, thema="energie", titel="Zonnedak sporthal")
    c = InitiatiefFactory(
        in_gesprek=True, thema="zorg", titel="Buurthulp", samenvatting="Zorgcoöperatie voor ouderen"
    )
    url = reverse("initiatieven:lijst")

    def titels(**params):
        return {i.titel for i in client.get(url, params).context["pagina"]}

    assert titels(wijk="beijum-test") == {a.titel}
    assert titels(status="in_uitvoering") == {b.titel}
    assert titels(thema="zorg") == {c.titel}
    assert titels(q="zorgcoöperatie") == {c.titel}
    assert titels(q="zonnedak") == {b.titel}


def test_list_is_paginated(client):
    InitiatiefFactory.create_batch(14, in_gesprek=True)
    response = client.get(reverse("initiatieven:lijst"), {"pagina": 2})
    assert len(response.context["pagina"]) == 2


def test_detail_never_shows_personal_data(client):
    indiener = UserFactory(naam="Hendrika Zuidema", email="h.zuidema@voorbeeld.nl")
    initiatief = InitiatiefFactory(
        in_gesprek=True, indiener=indiener, naam_tonen=False, beschrijving="Geheim plan"
    )
    BelanghebbendeFactory(initiatief=initiatief, naam="Buurman Jansen")
    html = client.get(initiatief.get_absolute_url()).content.decode()
    for geheim in ["Hendrika", "h.zuidema", "Geheim plan", "Buurman Jansen"]:
        assert geheim not in html
    assert initiatief.samenvatting in html


def test_detail_shows_name_when_chosen(client):
    indiener = UserFactory(naam="Hendrika Zuidema")
    initiatief = InitiatiefFactory(in_gesprek=True, indiener=indiener, naam_tonen=True)
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Hendrika Zuidema" in html
    assert indiener.email not in html


def test_detail_of_submitted_but_not_yet_taken_in_is_hidden(client):
    """Hidden: a visitor who is not logged in is asked to log in (the initiator may be opening
    their receipt), anyone else who may not see it gets a 404."""
    url = InitiatiefFactory().get_absolute_url()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_jaarkalender_by_month_and_wijk(client):
    wijk = WijkFactory(slug="lewenborg-test")
    initiatief = InitiatiefFactory(in_uitvoering=True, wijk=wijk)
    MijlpaalFactory(initiatief=initiatief, titel="Oplevering", verwachte_datum="2030-05-20")
    MijlpaalFactory(titel="Elders", verwachte_datum="2030-05-21")
    MijlpaalFactory(
        initiatief=InitiatiefFactory(concept=True), titel="Geheim", verwachte_datum="2030-05-22"
    )
    MijlpaalFactory(initiatief=initiatief, titel="Evaluatie", verwachte_datum="2030-09-01")
    url = reverse("initiatieven:jaarkalender")
    response = client.get(url, {"jaar": 2030})  # no month: the year's first month with mijlpalen
    assert _titels(response) == ["Oplevering", "Elders"]
    assert {m["naam"]: m["aantal"] for m in response.context["maanden"]}["mei"] == 2
    response = client.get(url, {"jaar": 2030, "maand": 9})
    assert _titels(response) == ["Evaluatie"]
    response = client.get(url, {"jaar": 2030, "maand": 5, "wijk": "lewenborg-test"})
    assert _titels(response) == ["Oplevering"]


def _titels(response):
    return [mijlpaal.titel for mijlpaal in response.context["pagina"].object_list]


def test_jaarkalender_pages_a_busy_month(client):
    from initiatieven.models import Mijlpaal
    from initiatieven.views.kalender import PER_PAGINA

    initiatief = InitiatiefFactory(in_uitvoering=True)
    Mijlpaal.objects.bulk_create(
        Mijlpaal(initiatief=initiatief, titel=f"Stap {i}", verwachte_datum="2030-03-10")
        for i in range(PER_PAGINA + 1)
    )
    url = reverse("initiatieven:jaarkalender")
    response = client.get(url, {"jaar": 2030, "maand": 3, "pagina": 2})
    assert _titels(response) == [f"Stap {PER_PAGINA}"]
    assert "maand=3&amp;pagina=1" in response.content.decode()


def test_jaarkalender_says_what_is_wrong_with_a_month(client):
    response = client.get(reverse("initiatieven:jaarkalender"), {"jaar": 2030, "maand": 13})
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_ical_feed(client):
    wijk = WijkFactory(slug="paddepoel-test")
    initiatief = InitiatiefFactory(in_gesprek=True, wijk=wijk, titel="Speeltuin Paddepoel")
    mijlpaal = MijlpaalFactory(
        initiatief=initiatief, titel="Raadsbesluit", verwachte_datum=datetime.date(2030, 6, 1)
    )
    MijlpaalFactory(titel="Andere wijk")
    url = reverse("initiatieven:jaarkalender_ics")
    response = client.get(url, {"wijk": "paddepoel-test"})
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Raadsbesluit – Speeltuin Paddepoel"
    assert event["dtstart"].dt == datetime.date(2030, 6, 1)
    assert str(event["url"]).endswith(initiatief.get_absolute_url())
    uid = str(event["uid"])
    assert str(mijlpaal.pk) in uid
    again = icalendar.Calendar.from_ical(client.get(url, {"wijk": "paddepoel-test"}).content)
    assert str(again.walk("VEVENT")[0]["uid"]) == uid


def test_follow_button_on_detail(client, inwoner):
    initiatief = InitiatiefFactory(in_gesprek=True, titel="Moestuin Selwerd")
    assert (
        "Log in om ‘Moestuin Selwerd’ te volgen"
        in client.get(initiatief.get_absolute_url()).content.decode()
    )
    client.force_login(inwoner)
    html = client.get(initiatief.get_absolute_url()).content.decode()
    assert "Volgen<span" in html


def test_ical_feed_holds_what_is_coming_and_the_last_month(client):
    vandaag = datetime.date.today()
    initiatief = InitiatiefFactory(in_uitvoering=True)
    for titel, dagen in [("Lang geleden", -90), ("Vorige week", -7), ("Volgende maand", 30)]:
        MijlpaalFactory(
            initiatief=initiatief,
            titel=titel,
            verwachte_datum=vandaag + datetime.timedelta(days=dagen),
        )
    feed = icalendar.Calendar.from_ical(
        client.get(reverse("initiatieven:jaarkalender_ics")).content
    )
    titels = {str(event["summary"]).split(" – ")[0] for event in feed.walk("VEVENT")}
    assert titels == {"Vorige week", "Volgende maand"}


def test_ical_feed_escapes_and_folds_what_people_write(client):
    samenvatting = "Bankjes, bloembakken; en meer.\nTweede regel met é en ü " + "lang " * 30
    initiatief = InitiatiefFactory(in_gesprek=True, samenvatting=samenvatting, titel="Plein, oost")
    MijlpaalFactory(initiatief=initiatief, titel="Start; fase 1", verwachte_datum="2030-07-01")
    content = client.get(reverse("initiatieven:jaarkalender_ics")).content
    assert all(len(line) <= 75 for line in content.split(b"\r\n"))
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Start; fase 1 – Plein, oost"
    assert str(event["description"]).startswith(samenvatting)


@pytest.mark.parametrize("breuk", ["\x85", "\u2028", "\u2029", "\x0b", "\x1c"])
def test_ical_feed_has_no_line_break_a_client_could_split_on(client, breuk):
    """A client that splits lines on NEL or the Unicode separators (str.splitlines() does)
    must not read text people wrote as a property of its own (issue 14)."""
    samenvatting = f"Bankjes{breuk}DTSTART:19700101T000000Z"
    initiatief = InitiatiefFactory(in_gesprek=True, samenvatting=samenvatting, titel="Plein")
    MijlpaalFactory(initiatief=initiatief, titel=f"Start{breuk}X-INGESCHOVEN:1")
    tekst = client.get(reverse("initiatieven:jaarkalender_ics")).content.decode()
    regels = tekst.splitlines()
    assert regels == tekst.split("\r\n")[:-1]
    assert not any(regel.startswith(("X-INGESCHOVEN", "DTSTART:1970")) for regel in regels)
    event = icalendar.Calendar.from_ical(tekst).walk("VEVENT")[0]
    regeleinde = "\n" if breuk in "\x85\u2028\u2029" else ""
    assert str(event["summary"]).startswith(f"Start{regeleinde}X-INGESCHOVEN:1")


def test_a_long_list_says_more_than_and_asks_to_filter(client, monkeypatch):
    monkeypatch.setattr(publiek, "PER_PAGINA", 2)
    monkeypatch.setattr(publiek, "MAX_PAGINAS", 2)
    InitiatiefFactory.create_batch(5, in_gesprek=True)
    response = client.get(reverse("initiatieven:lijst"))
    assert response.context["pagina"].paginator.num_pages == 2
    assert "Meer dan 4 initiatieven gevonden" in response.content.decode()


def test_a_short_list_gives_its_exact_number(client, monkeypatch):
    monkeypatch.setattr(publiek, "MAX_PAGINAS", 2)
    InitiatiefFactory.create_batch(3, in_gesprek=True)
    html = client.get(reverse("initiatieven:lijst")).content.decode()
    assert "3 initiatieven gevonden." in html and "Meer dan" not in html


def test_the_list_counts_no_further_than_its_pages_reach(client):
    # A city's count grew with the city (14 ms for 42,000 public initiatives): only up to the
    # last row the pages can show, and one more.
    InitiatiefFactory(in_gesprek=True)
    with CaptureQueriesContext(connection) as captured:
        client.get(reverse("initiatieven:lijst"))
    [telling] = [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"]]
    assert f"LIMIT {publiek.PER_PAGINA * publiek.MAX_PAGINAS + 1}" in telling
