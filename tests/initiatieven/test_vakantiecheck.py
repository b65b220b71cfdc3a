"""The vakantiecheck: what a resident can respond to between two dates, for what they follow
(logged in) or a wijk (anyone), with the last day and how; its selection in the URL only, and
exactly that selection as an iCal feed."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from icalendar import Calendar

from participatiepunt.meldingen import volgen
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory

pytestmark = pytest.mark.django_db

URL = "/vakantiecheck/"
ZOMER = {"van": "2027-07-01", "tot": "2027-08-31"}


@pytest.fixture
def wijk():
    return WijkFactory(naam="Proefwijk", slug="proefwijk")


@pytest.fixture
def zienswijze(wijk):
    initiatief = InitiatiefFactory(wijk=wijk, in_gesprek=True, titel="Speelveld Paddepoel")
    return MijlpaalFactory(
        initiatief=initiatief, soort="zienswijzetermijn", titel="Ontwerp ter inzage",
        verwachte_datum=datetime.date(2027, 6, 20),
    )  # fmt: skip


def _vraag(client, **data):
    return client.post(URL, {**ZOMER, **data})


def test_the_route_is_vakantiecheck():
    assert reverse("vakantiecheck:vakantiecheck") == URL


def test_anyone_asks_for_a_wijk_and_reads_last_day_and_how(client, wijk, zienswijze):
    MijlpaalFactory(initiatief=zienswijze.initiatief, soort="oplevering",
                    verwachte_datum=datetime.date(2027, 7, 10))  # fmt: skip
    response = _vraag(client, waar="wijk", wijk="proefwijk")
    assert response.status_code == 302
    assert parse_qs(urlsplit(response["Location"]).query) == {
        "van": ["2027-07-01"], "tot": ["2027-08-31"], "wijk": ["proefwijk"],
    }  # fmt: skip
    html = client.get(response["Location"]).content.decode()
    assert "Laatste dag: zaterdag 31 juli 2027" in html
    assert "U kunt een zienswijze indienen tot en met 31 juli 2027." in html
    assert "Speelveld Paddepoel" in html
    assert "Oplevering" not in html  # nothing to respond to


def test_a_logged_in_resident_asks_for_what_they_follow(client, inwoner, zienswijze):
    elders = InitiatiefFactory(in_gesprek=True, titel="Bankjes Selwerd")
    MijlpaalFactory(initiatief=elders, soort="raadsbesluit", titel="Raad besluit",
                    verwachte_datum=datetime.date(2027, 7, 15))  # fmt: skip
    volgen.volg(inwoner, zienswijze.initiatief)
    client.force_login(inwoner)
    response = _vraag(client, waar="gevolgd")
    assert parse_qs(urlsplit(response["Location"]).query)["traject"] == [
        str(zienswijze.initiatief_id)
    ]
    html = client.get(response["Location"]).content.decode()
    assert "Ontwerp ter inzage" in html
    assert "Bankjes Selwerd" not in html


def test_following_nothing_says_so_and_keeps_the_dates(client, inwoner):
    client.force_login(inwoner)
    response = _vraag(client, waar="gevolgd")
    assert response.status_code == 400
    html = response.content.decode()
    assert "U volgt nog geen trajecten of wijken" in html
    assert 'value="2027-08-31"' in html


def test_anonymous_cannot_ask_for_what_they_follow(client, wijk):
    response = _vraag(client, waar="gevolgd")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="gevolgd"' not in html
    assert "Selecteer een geldige keuze" in html or "geen beschikbare keuze" in html


@pytest.mark.parametrize(
    ("periode", "fout"),
    [
        ({"van": "2027-08-31", "tot": "2027-07-01"}, "De laatste dag ligt vóór de eerste dag"),
        ({"van": "2027-01-01", "tot": "2028-06-01"}, "Kies een periode van hoogstens een jaar."),
        ({"van": "morgen", "tot": "2027-07-01"}, "Vul een geldige datum in"),
        ({"van": "", "tot": "2027-07-01"}, "Vul de eerste dag van de periode in."),
    ],
)
def test_a_wrong_period_is_told_at_the_field_and_nothing_is_lost(client, wijk, periode, fout):
    response = client.post(URL, {**periode, "waar": "wijk", "wijk": "proefwijk"})
    assert response.status_code == 400
    html = response.content.decode()
    assert fout in html
    assert '<option value="proefwijk" selected>' in html


def test_a_wijk_is_needed_when_asking_for_a_wijk(client, wijk):
    response = _vraag(client, waar="wijk", wijk="")
    assert "Kies de wijk of het dorp." in response.content.decode()


def test_only_wijken_of_this_gemeente_can_be_chosen(client, wijk):
    GebiedFactory(gemeente=GemeenteFactory(andere=True))
    ander = WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True)))
    response = _vraag(client, waar="wijk", wijk=ander.slug)
    assert response.status_code == 400


def test_a_selection_shows_nothing_of_another_gemeente_or_not_public(client, zienswijze):
    andere = WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True)))
    vreemd = MijlpaalFactory(
        initiatief=InitiatiefFactory(wijk=andere, in_gesprek=True, titel="Elders"),
        soort="inspraakreactie", verwachte_datum=datetime.date(2027, 7, 2),
    )  # fmt: skip
    ingediend = MijlpaalFactory(
        initiatief=InitiatiefFactory(titel="Nog niet openbaar"),
        soort="inspraakreactie", verwachte_datum=datetime.date(2027, 7, 2),
    )  # fmt: skip
    ids = [zienswijze.initiatief_id, vreemd.initiatief_id, ingediend.initiatief_id]
    html = client.get(URL, {**ZOMER, "traject": ids}).content.decode()
    assert "Ontwerp ter inzage" in html
    assert "Elders" not in html and "Nog niet openbaar" not in html


def test_a_hand_made_selection_that_is_wrong_asks_again(client):
    response = client.get(URL, {"van": "2027-07-01", "tot": "gisteren", "traject": "x"})
    assert response.status_code == 400
    assert "Deze link is niet compleet" in response.content.decode()


def test_the_ical_link_subscribes_to_exactly_that_selection(client, wijk, zienswijze):
    buiten = MijlpaalFactory(initiatief=zienswijze.initiatief, soort="informatieavond",
                             verwachte_datum=datetime.date(2027, 10, 1))  # fmt: skip
    pagina = client.get(URL, {**ZOMER, "wijk": "proefwijk"}).content.decode()
    feed_url = (
        reverse("vakantiecheck:ics") + "?van=2027-07-01&amp;tot=2027-08-31&amp;wijk=proefwijk"
    )
    assert feed_url in pagina
    response = client.get(feed_url.replace("&amp;", "&"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["UID"]).split("@")[0] for e in events] == [f"initiatief-mijlpaal-{zienswijze.pk}"]
    assert "tot en met 31 juli 2027" in str(events[0]["DESCRIPTION"])
    assert f"-{buiten.pk}@" not in response.content.decode()


def test_the_feed_of_a_broken_link_says_so(client):
    assert client.get(reverse("vakantiecheck:ics"), {"van": "x"}).status_code == 400


def test_the_page_runs_the_same_queries_for_3_or_30_mijlpalen(client, wijk):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def tel():
        with CaptureQueriesContext(connection) as context:
            assert client.get(URL, {**ZOMER, "wijk": "proefwijk"}).status_code == 200
        return len(context)

    def vul(aantal):
        for _ in range(aantal):
            initiatief = InitiatiefFactory(wijk=wijk, in_uitvoering=True)
            MijlpaalFactory(initiatief=initiatief, soort="bezwaartermijn",
                            verwachte_datum=datetime.date(2027, 7, 5))  # fmt: skip

    tel()  # the wijken of the question are read once per process (gebieden.wijkkeuzes)
    vul(3)
    weinig = tel()
    vul(27)
    assert tel() == weinig


def _traject_bij(punt, titel):
    from participatiepunt.gebieden.geometrie import Punt

    initiatief = InitiatiefFactory(in_gesprek=True, titel=titel)
    initiatief.zet_locatie(Punt(*punt).geojson)
    initiatief.save(update_fields=initiatief.LOCATIE_VELDEN)
    MijlpaalFactory(initiatief=initiatief, soort="inspraakreactie", titel=f"Inspraak {titel}",
                    verwachte_datum=datetime.date(2027, 7, 12))  # fmt: skip
    return initiatief


def test_around_an_address_without_an_account(client, locatieserver):
    """9733AA 7 is Zilvermeeuw 7 in Beijum (tests/gebieden/locatieserver/)."""
    dichtbij = _traject_bij((53.2425, 6.6050), "Bankjes Zilvermeeuw")
    _traject_bij((53.2000, 6.5600), "Ver weg")
    response = _vraag(client, waar="adres", postcode="9733 aa", huisnummer="7", straal="500")
    assert response.status_code == 302
    selectie = parse_qs(urlsplit(response["Location"]).query)
    assert selectie["traject"] == [str(dichtbij.pk)]
    assert selectie["wijk"] == ["beijum"]
    assert "9733" not in response["Location"]
    html = client.get(response["Location"]).content.decode()
    assert "Inspraak Bankjes Zilvermeeuw" in html and "Ver weg" not in html


@pytest.mark.parametrize("postcode", ["9999ZZ", "9998ZZ", "1234AB"])  # error, too late, unknown
def test_when_the_address_is_not_found_the_wijk_chosen_by_hand_counts(
    client, wijk, zienswijze, locatieserver, postcode
):
    data = {"waar": "adres", "postcode": postcode, "huisnummer": "1", "straal": "500"}
    response = _vraag(client, **data, wijk="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "We konden rond dit adres niets vinden" in html
    assert f'value="{postcode}"' in html
    response = _vraag(client, **data, wijk="proefwijk")
    assert parse_qs(urlsplit(response["Location"]).query)["wijk"] == ["proefwijk"]


def test_an_address_needs_postcode_and_huisnummer(client, locatieserver):
    html = _vraag(client, waar="adres", postcode="97", huisnummer="").content.decode()
    assert "Vul een postcode in als 1234 AB." in html
    assert "Vul uw huisnummer in." in html
    assert not locatieserver.server.vragen


def test_the_question_is_rendered_once_and_a_renamed_wijk_shows_at_once(client, wijk, monkeypatch):
    from participatiepunt.portal.templatetags import formulieren

    formulieren.BEWAARD.clear()
    gerenderd = []
    echt = formulieren.as_crispy_form
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda f: gerenderd.append(f) or echt(f))
    assert "Proefwijk" in client.get(URL).text
    client.get(URL)
    assert len(gerenderd) == 1
    wijk.naam = "Herdoopte wijk"
    wijk.save()
    assert "Herdoopte wijk" in client.get(URL).text


def test_the_kept_question_starts_today(client, monkeypatch):
    from participatiepunt.portal.templatetags import formulieren

    formulieren.BEWAARD.clear()
    client.get(URL)
    from django.utils import timezone

    morgen = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: morgen)
    assert f'value="{morgen.isoformat()}"' in client.get(URL).text


def test_the_page_runs_the_same_queries_for_no_mijlpalen_as_for_many(client, wijk):
    from itertools import count

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    elders = count(999_000)  # no traject: each time another answer, made, not the one kept

    def tel():
        selectie = {**ZOMER, "wijk": "proefwijk", "traject": next(elders)}
        with CaptureQueriesContext(connection) as context:
            assert client.get(URL, selectie).status_code == 200
        return len(context)

    tel()  # the wijken of the question are read once per process (gebieden.wijkkeuzes)
    zonder_trajecten = tel()
    trajecten = InitiatiefFactory.create_batch(5, wijk=wijk, in_uitvoering=True)
    zonder_mijlpalen = tel()
    for initiatief in trajecten:
        for dag in (1, 5, 20):
            MijlpaalFactory(initiatief=initiatief, soort="zienswijzetermijn",
                            verwachte_datum=datetime.date(2027, 7, dag))  # fmt: skip
    # and many in other wijken
    MijlpaalFactory.create_batch(10, soort="zienswijzetermijn",
                                 verwachte_datum=datetime.date(2027, 7, 5))  # fmt: skip
    tel()  # new wijken (of the mijlpalen elsewhere) are read once more
    assert tel() == zonder_mijlpalen == zonder_trajecten


def test_a_selection_of_a_wijk_and_trajecten_shows_the_open_mijlpalen_of_both(
    client, wijk, zienswijze, django_assert_num_queries
):
    """The trajecten of the selection are found first (by wijk and status), then their open
    mijlpalen: still one query, for the page and for the feed."""
    elders = InitiatiefFactory(in_uitvoering=True, titel="Bankjes Selwerd")
    MijlpaalFactory(initiatief=elders, soort="bezwaartermijn", titel="Bezwaar bankjes",
                    verwachte_datum=datetime.date(2027, 7, 15))  # fmt: skip
    MijlpaalFactory(initiatief=zienswijze.initiatief, soort="inspraakreactie", gereed=True,
                    titel="Al geweest", verwachte_datum=datetime.date(2027, 7, 3))  # fmt: skip
    afgerond = InitiatiefFactory(wijk=wijk, afgerond=True, titel="Afgerond plein")
    MijlpaalFactory(initiatief=afgerond, soort="bezwaartermijn",
                    verwachte_datum=datetime.date(2027, 7, 15))  # fmt: skip
    niet_gevolgd = InitiatiefFactory(in_uitvoering=True, titel="Niet gevraagd")
    MijlpaalFactory(initiatief=niet_gevolgd, soort="bezwaartermijn",
                    verwachte_datum=datetime.date(2027, 7, 15))  # fmt: skip
    selectie = {**ZOMER, "wijk": "proefwijk", "traject": [elders.pk]}
    # the wijken of the question are read once per process (for the same period; without the
    # traject it is another answer)
    client.get(URL, {**ZOMER, "wijk": "proefwijk"})
    with django_assert_num_queries(1):
        html = client.get(URL, selectie).content.decode()
    with django_assert_num_queries(0):  # kept (caches.VAKANTIECHECK)
        assert client.get(URL, selectie).status_code == 200
    assert "Ontwerp ter inzage" in html and "Bezwaar bankjes" in html
    assert "Al geweest" not in html
    assert "Afgerond plein" not in html and "Niet gevraagd" not in html
    with django_assert_num_queries(1):
        feed = client.get(reverse("vakantiecheck:ics"), selectie).content.decode()
    assert feed.count("BEGIN:VEVENT") == 2


@pytest.mark.parametrize(
    "datum", [datetime.date(2027, 7, 31), datetime.date(2027, 1, 4), datetime.date(2028, 2, 29)]
)
def test_the_dates_read_as_the_date_filter_shows_them(datum):
    from django.template.defaultfilters import date as date_filter
    from django.utils import formats

    from initiatieven import mijlpaalsoorten, vakantiecheck

    assert vakantiecheck._dag(datum) == date_filter(datum, "l j F Y")
    assert mijlpaalsoorten._datum(datum) == formats.date_format(datum, "j F Y")


def _antwoord(client, **selectie):
    """The answer of the page (what follows the question, which holds a CSRF token)."""
    html = client.get(URL, {**ZOMER, "wijk": "proefwijk", **selectie}).content.decode()
    return html[html.index('<section aria-labelledby="antwoord-kop"') :]


def test_a_kept_answer_runs_no_query_for_3_or_30_mijlpalen(client, wijk, zienswijze):
    """The answer to a selection is the same for whoever opens its URL: kept rendered, a second
    visit reads no row, however many the wijk holds (a larger city lists more per wijk)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for aantal in (3, 27):
        for initiatief in InitiatiefFactory.create_batch(aantal, wijk=wijk, in_uitvoering=True):
            datum = datetime.date(2027, 7, 5)
            MijlpaalFactory(initiatief=initiatief, soort="bezwaartermijn", verwachte_datum=datum)
        eerste = _antwoord(client)
        with CaptureQueriesContext(connection) as context:
            assert _antwoord(client) == eerste
        assert len(context) == 0


def test_a_kept_answer_shows_a_change_at_once(client, wijk, zienswijze):
    assert "Ontwerp ter inzage" in _antwoord(client)
    zienswijze.titel = "Nieuw ontwerp ter inzage"
    zienswijze.save()
    assert "Nieuw ontwerp ter inzage" in _antwoord(client)
    initiatief = zienswijze.initiatief
    initiatief.titel = "Speelveld Paddepoel-Noord"
    initiatief.save()
    assert "Speelveld Paddepoel-Noord" in _antwoord(client)
    wijk.naam = "Herdoopte wijk"
    wijk.save()
    assert "(Herdoopte wijk)" in _antwoord(client)
    nieuw = InitiatiefFactory(wijk=wijk, in_gesprek=True, titel="Bankjes Proefwijk")
    MijlpaalFactory(
        initiatief=nieuw, soort="raadsbesluit", verwachte_datum=datetime.date(2027, 7, 9)
    )
    assert "Bankjes Proefwijk" in _antwoord(client)
    zienswijze.delete()
    assert "Nieuw ontwerp ter inzage" not in _antwoord(client)


def test_a_kept_answer_drops_a_traject_that_is_no_longer_running(client, wijk, zienswijze):
    from initiatieven.choices import Status

    assert "Speelveld Paddepoel" in _antwoord(client)
    initiatief = zienswijze.initiatief
    initiatief.status = Status.AFGEROND
    initiatief.save(update_fields=["status"])
    assert "Speelveld Paddepoel" not in _antwoord(client)


def test_a_draft_keeps_the_answers(client, wijk, zienswijze, django_assert_num_queries):
    """A draft's saves are in no answer: the kept one stays."""
    _antwoord(client)
    concept = InitiatiefFactory(wijk=wijk, concept=True, titel="Nog een concept")
    concept.titel = "Ander concept"
    concept.save(update_fields=["titel"])
    with django_assert_num_queries(0):
        assert "Ander concept" not in _antwoord(client)
