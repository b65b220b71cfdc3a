"""Follow your address, through the fake Locatieserver (tests/nep_locatieserver.py)."""

import pytest
from django.urls import reverse

from initiatieven.models import AdresVolg
from participatiepunt.gebieden.models import Wijk
from participatiepunt.meldingen import volgen
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import AdresVolgFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db
URL = reverse("initiatieven:adres")
GROTE_MARKT = (53.21917, 6.56750)


@pytest.fixture
def ingelogd(client, inwoner):
    client.force_login(inwoner)
    return client


def test_a_found_address_is_followed_with_its_wijk_and_the_trajecten_near_it(
    ingelogd, inwoner, locatieserver
):
    binnenstad = Wijk.objects.get(naam="Binnenstad")  # Groningen's, from the migrations
    dichtbij = InitiatiefFactory(in_gesprek=True, plek=GROTE_MARKT, titel="Groen plein")
    antwoord = ingelogd.post(URL, {"postcode": "9712 gh", "huisnummer": "12", "straal": "500"})
    assert antwoord.status_code == 302
    adresvolg = AdresVolg.objects.get(gebruiker=inwoner)
    assert (adresvolg.breedte, adresvolg.lengte, adresvolg.straal_m) == (53.22061, 6.56493, 500)
    assert adresvolg.adres == ""  # not asked to be shown: only point and radius
    assert adresvolg.wijk == binnenstad  # by the Locatieserver's wijknaam
    assert volgen.volgt(inwoner, binnenstad) and volgen.volgt(inwoner, dichtbij)
    pagina = ingelogd.get(URL)
    assert "Groen plein" in pagina.text
    assert pagina.context["kaart"]["cirkels"] == [
        {"breedte": 53.22061, "lengte": 6.56493, "straal_m": 500}
    ]


def test_the_address_is_kept_only_when_asked(ingelogd, inwoner, locatieserver):
    ingelogd.post(
        URL, {"postcode": "9712GH", "huisnummer": "12", "straal": "1000", "adres_tonen": "on"}
    )
    adresvolg = AdresVolg.objects.get(gebruiker=inwoner)
    assert adresvolg.adres == "Oude Boteringestraat 12, 9712GH Groningen"
    assert "Oude Boteringestraat 12" in ingelogd.get(URL).text


def test_the_wijk_whose_outline_holds_the_point_wins_over_the_name(
    ingelogd, inwoner, locatieserver
):
    vlak = {
        "type": "Polygon",
        "coordinates": [[[6.56, 53.218], [6.57, 53.218], [6.57, 53.223], [6.56, 53.223]]],
    }
    omtrek = WijkFactory(naam="Binnenstad-Noord", plek=vlak)
    ingelogd.post(URL, {"postcode": "9712GH", "huisnummer": "12", "straal": "500"})
    assert AdresVolg.objects.get(gebruiker=inwoner).wijk == omtrek


@pytest.mark.parametrize("postcode", ["9711AA", "9999ZZ", "9998ZZ", "9997ZZ"])
def test_not_found_or_failing_asks_for_the_wijk_and_keeps_what_was_typed(
    ingelogd, inwoner, locatieserver, postcode
):
    antwoord = ingelogd.post(URL, {"postcode": postcode, "huisnummer": "3b", "straal": "1000"})
    assert antwoord.status_code == 400
    assert "Kies uw wijk of dorp" in antwoord.text
    formulier = antwoord.context["form"]
    assert formulier["postcode"].value() == postcode
    assert formulier["huisnummer"].value() == "3b"
    assert formulier["straal"].value() == "1000"
    assert not AdresVolg.objects.exists()


def test_a_wijk_chosen_by_hand_is_followed_when_the_address_is_not_found(
    ingelogd, inwoner, locatieserver
):
    wijk = WijkFactory()
    antwoord = ingelogd.post(
        URL, {"postcode": "9999ZZ", "huisnummer": "3", "straal": "500", "wijk": wijk.pk}
    )
    assert antwoord.status_code == 302
    assert volgen.volgt(inwoner, wijk)
    assert not AdresVolg.objects.exists()  # no point known, nothing personal stored


@pytest.mark.parametrize(
    ("gegevens", "veld", "melding"),
    [
        ({"postcode": "971", "huisnummer": "12"}, "postcode", "1234 AB"),
        ({"postcode": "9712GH", "huisnummer": "twaalf"}, "huisnummer", "bijvoorbeeld 12"),
        ({"postcode": "9712GH"}, "huisnummer", "Vul ook uw huisnummer in."),
        ({}, "postcode", "of kies uw wijk"),
    ],
)
def test_bad_input_gets_a_message_at_the_field(ingelogd, locatieserver, gegevens, veld, melding):
    antwoord = ingelogd.post(URL, {"straal": "500", **gegevens})
    assert antwoord.status_code == 400
    assert melding in antwoord.context["form"].errors[veld][0]
    assert locatieserver.vragen == []


def test_a_wijk_of_another_gemeente_cannot_be_chosen(ingelogd, locatieserver):
    elders = WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True)))
    antwoord = ingelogd.post(URL, {"straal": "500", "wijk": elders.pk})
    assert antwoord.status_code == 400
    assert "wijk" in antwoord.context["form"].errors


def test_stopping_removes_the_point_of_the_owner_only(ingelogd, inwoner):
    eigen = AdresVolgFactory(gebruiker=inwoner)
    ander = AdresVolgFactory()
    stop = "initiatieven:adres_stoppen"
    assert ingelogd.post(reverse(stop, kwargs={"pk": ander.pk})).status_code == 404
    assert ingelogd.post(reverse(stop, kwargs={"pk": eigen.pk})).status_code == 302
    assert list(AdresVolg.objects.all()) == [ander]


def test_someone_else_never_sees_my_address(client, inwoner):
    AdresVolgFactory(gebruiker=inwoner, adres="Oude Boteringestraat 12, 9712GH Groningen")
    client.force_login(UserFactory())
    assert "Oude Boteringestraat" not in client.get(URL).text


def test_page_queries_do_not_grow_with_trajecten(ingelogd, inwoner, django_assert_max_num_queries):
    for _ in range(5):
        AdresVolgFactory(gebruiker=inwoner)
    for i in range(20):
        InitiatiefFactory(in_gesprek=True, plek=(53.2192 + i * 0.0001, 6.5675))
    with django_assert_max_num_queries(20):
        assert ingelogd.get(URL).status_code == 200


def test_the_empty_form_is_rendered_once(ingelogd, monkeypatch):
    from participatiepunt.portal.templatetags import formulieren

    formulieren.BEWAARD.clear()
    gerenderd = []
    echt = formulieren.as_crispy_form
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda f: gerenderd.append(f) or echt(f))
    ingelogd.get(URL)
    assert 'name="postcode"' in ingelogd.get(URL).text
    assert len(gerenderd) == 1


def test_the_page_lists_the_nearest_trajecten_and_says_there_are_more(
    ingelogd, inwoner, monkeypatch
):
    from initiatieven import adresvolgen

    monkeypatch.setattr(adresvolgen, "TONEN", 3)
    AdresVolgFactory(gebruiker=inwoner, breedte=GROTE_MARKT[0], lengte=GROTE_MARKT[1])
    for meter in (400, 100, 300, 200, 50):  # about 0.0009 degrees of latitude per 100 metres
        InitiatiefFactory(
            in_gesprek=True,
            titel=f"Op {meter} meter",
            plek=(GROTE_MARKT[0] + meter / 111_320, GROTE_MARKT[1]),
        )
    pagina = ingelogd.get(URL)
    getoond = [i.titel for i in pagina.context["gevolgd"][0].trajecten]
    assert getoond == ["Op 50 meter", "Op 100 meter", "Op 200 meter"]
    assert "Hier staan de 3 dichtstbijzijnde" in pagina.text
    assert len(pagina.context["op_kaart"]) == 3


def test_the_followed_addresses_are_kept_and_a_new_traject_shows_at_once(
    ingelogd, inwoner, django_assert_max_num_queries
):
    AdresVolgFactory(gebruiker=inwoner, breedte=GROTE_MARKT[0], lengte=GROTE_MARKT[1])
    assert "Dit adres niet meer volgen" in ingelogd.get(URL).text
    with django_assert_max_num_queries(3):  # the user, the unread count: not the addresses
        pagina = ingelogd.get(URL)
    assert "\ue002" not in pagina.text  # the CSRF token is filled in
    assert 'name="csrfmiddlewaretoken" value="' in pagina.text
    InitiatiefFactory(in_gesprek=True, titel="Nieuw bankje", plek=GROTE_MARKT)
    assert "Nieuw bankje" in ingelogd.get(URL).text
