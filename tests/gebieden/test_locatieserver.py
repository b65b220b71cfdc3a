import pytest

from participatiepunt.gebieden.locatieserver import (
    normaliseer_postcode,
    splits_huisnummer,
    zoek_adres,
)


def test_a_recorded_address_gives_its_point_and_names(locatieserver):
    resultaat = zoek_adres("9712 gh", "12")
    assert resultaat.punt.breedte == pytest.approx(53.22061)
    assert resultaat.punt.lengte == pytest.approx(6.56493)
    assert resultaat.weergavenaam == "Oude Boteringestraat 12, 9712GH Groningen"
    assert resultaat.wijknaam == "Binnenstad"
    assert resultaat.gemeentenaam == "Groningen"
    vraag = locatieserver.vragen[0]
    assert vraag["fq"] == ["type:adres"]
    assert vraag["q"] == ["postcode:9712GH and huisnummer:12"]


def test_a_house_letter_is_asked_for_too(locatieserver):
    zoek_adres("9712GH", "12a")
    assert "huisletter:a" in locatieserver.vragen[0]["q"][0]


@pytest.mark.parametrize(
    ("postcode", "huisnummer"),
    [("9711AA", "1"), ("9999ZZ", "1"), ("9998ZZ", "1"), ("9997ZZ", "1")],
    ids=["not found", "500", "timeout", "not json"],
)
def test_nothing_found_or_a_failing_server_gives_none(locatieserver, postcode, huisnummer):
    assert zoek_adres(postcode, huisnummer) is None
    assert locatieserver.vragen


def test_an_unreachable_server_gives_none(settings):
    settings.LOCATIESERVER_URL = "http://127.0.0.1:9/free"  # discard port: refused
    settings.LOCATIESERVER_TIMEOUT = 0.3
    assert zoek_adres("9712GH", "12") is None


def test_invalid_input_is_not_sent(locatieserver):
    assert zoek_adres("0123AB", "12") is None
    assert zoek_adres("9712GH", "twaalf") is None
    assert locatieserver.vragen == []


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [("9712gh", "9712GH"), (" 9712 GH ", "9712GH"), ("9712", None), ("0712AB", None)],
)
def test_postcode_normalised(tekst, verwacht):
    assert normaliseer_postcode(tekst) == verwacht


def test_huisnummer_split():
    assert splits_huisnummer("12") == ("12", "")
    assert splits_huisnummer("12-2") == ("12", "2")
    assert splits_huisnummer("12 A") == ("12", "A")
    assert splits_huisnummer("A12") is None
