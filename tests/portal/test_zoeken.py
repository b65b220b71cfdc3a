"""Search that understands Dutch (issue 19, item 6): full-text with the dutch configuration,
ranked, highlighted safely, only what is public in the current gemeente."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from initiatieven.choices import Thema
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, OrganisatieFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.kennisbank import PaginaFactory

pytestmark = pytest.mark.django_db


def _zoek(client, tekst, **extra):
    return client.get(reverse("portal:zoeken"), {"q": tekst}, **extra).content.decode()


def _lijst(client, tekst):
    return client.get(reverse("initiatieven:lijst"), {"q": tekst}).content.decode()


def test_moestuinen_finds_moestuin(client):
    InitiatiefFactory(
        titel="Moestuin achter de flat", samenvatting="Samen groente telen.", in_gesprek=True
    )
    InitiatiefFactory(titel="Speeltuin", samenvatting="Een klimrek.", in_gesprek=True)
    html = _zoek(client, "moestuinen")
    assert "<mark>Moestuin</mark> achter de flat" in html
    assert "Speeltuin" not in html
    lijst = _lijst(client, "moestuinen")
    assert "Moestuin achter de flat" in lijst and "Speeltuin" not in lijst


def test_the_old_substring_search_would_not_have_found_it(client):
    # The reason for full text: "moestuinen" is not a substring of "moestuin".
    assert "moestuinen" not in "Moestuin achter de flat".lower()


def test_found_by_wijk_name_and_thema_label(client):
    wijk = WijkFactory(naam="Oosterpark")
    InitiatiefFactory(titel="Bankjes", samenvatting="Rustplekken.", wijk=wijk, in_gesprek=True)
    InitiatiefFactory(
        titel="Zonnepanelen", samenvatting="Op het dak.", thema=Thema.ENERGIE, in_gesprek=True
    )
    assert "Bankjes" in _zoek(client, "oosterpark")
    assert "Zonnepanelen" in _zoek(client, "duurzaamheid")


def test_ranked_title_before_samenvatting(client):
    InitiatiefFactory(
        titel="Buurtfeest", samenvatting="Met een kleine moestuin erbij.", in_gesprek=True
    )
    InitiatiefFactory(
        titel="Moestuin in de wijk", samenvatting="Bakken op het plein.", in_gesprek=True
    )
    html = _zoek(client, "moestuin")
    assert html.index("Moestuin</mark> in de wijk") < html.index("Buurtfeest")
    lijst = _lijst(client, "moestuin")
    assert lijst.index("Moestuin in de wijk") < lijst.index("Buurtfeest")


def test_a_script_in_a_title_is_shown_as_text(client):
    InitiatiefFactory(titel="<script>alert('x')</script> moestuin", in_gesprek=True)
    PaginaFactory(titel="<script>alert('y')</script> moestuin", tekst="<b>moestuin</b> bakken")
    html = _zoek(client, "moestuin")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>moestuin</mark>" in html


def test_only_public_initiatives(client):
    InitiatiefFactory(titel="Moestuin concept", concept=True)
    InitiatiefFactory(titel="Moestuin net ingediend")
    html = _zoek(client, "moestuin")
    assert "Moestuin concept" not in html and "Moestuin net ingediend" not in html


def test_only_the_current_gemeente_and_shared_kennisbank_pages(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    organisatie = OrganisatieFactory()
    groningen = GemeenteFactory()
    groningen.organisatie = organisatie
    groningen.save()
    zuster = GemeenteFactory(andere=True, organisatie=organisatie)
    elders = WijkFactory(gebied__gemeente=zuster)
    InitiatiefFactory(titel="Moestuin in Groningen", in_gesprek=True)
    InitiatiefFactory(titel="Moestuin elders", wijk=elders, in_gesprek=True)
    PaginaFactory(titel="Moestuin wijzer gedeeld", gedeeld_binnen_organisatie=True)
    PaginaFactory(titel="Moestuin wijzer eigen")
    html = _zoek(client, "moestuin", HTTP_HOST=zuster.hostnaam)
    assert "</mark> elders</a>" in html and "in Groningen" not in html
    assert "wijzer gedeeld" in html and "wijzer eigen" not in html
    assert "</mark> elders</a>" not in _zoek(client, "moestuin")


def test_kennisbank_and_succesvoorbeelden_are_found(client):
    PaginaFactory(titel="Vereniging", tekst="## Notaris\n\nDe **stichting** heeft een bestuur.")
    InitiatiefFactory(titel="Coöperatie Zonnig Beijum", afgerond=True, is_succesvoorbeeld=True)
    kennisbank = _zoek(client, "stichtingen")
    assert "De <mark>stichting</mark> heeft" in kennisbank and "**" not in kennisbank
    html = _zoek(client, "coöperatie")
    succes = html[html.index('id="bron-succesvoorbeelden"') :]
    assert "<mark>Coöperatie</mark> Zonnig Beijum" in succes


@pytest.mark.parametrize("tekst", ["", "   ", '"', "-", "or", "a & b | !c", "x" * 500, "'; drop"])
def test_odd_questions_do_no_harm(client, tekst):
    response = client.get(reverse("portal:zoeken"), {"q": tekst})
    assert response.status_code == 200


def test_query_count_does_not_grow(client):
    def tel():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("portal:zoeken"), {"q": "moestuin"}).status_code == 200
        return len(context)

    wijk = WijkFactory(naam="Moestuinwijk")
    for _ in range(3):
        InitiatiefFactory(wijk=wijk, in_gesprek=True)
        PaginaFactory(titel="Moestuin")
    weinig = tel()
    for _ in range(25):
        InitiatiefFactory(wijk=wijk, in_gesprek=True)
        InitiatiefFactory(wijk=wijk, afgerond=True, is_succesvoorbeeld=True)
        PaginaFactory(titel="Moestuin")
    assert tel() == weinig


def _zoekqueries(client, tekst):
    with CaptureQueriesContext(connection) as context:
        assert client.get(reverse("portal:zoeken"), {"q": tekst}).status_code == 200
    return [q["sql"] for q in context if "websearch_to_tsquery" in q["sql"]]


@pytest.mark.parametrize("ingelogd", [False, True])
def test_a_question_asked_again_is_not_searched_again(client, ingelogd):
    if ingelogd:
        client.force_login(UserFactory())
    InitiatiefFactory(titel="Moestuin achter de flat", in_gesprek=True)
    PaginaFactory(titel="Moestuin wijzer")
    assert _zoekqueries(client, "moestuin")
    # Case and spacing make no other question; for a logged-in user the page itself is new.
    assert _zoekqueries(client, "  Moestuin ") == []
    assert "<mark>Moestuin</mark> achter de flat" in _zoek(client, "MOESTUIN")


@pytest.mark.parametrize("ingelogd", [False, True])
def test_a_change_shows_in_the_search_at_once(client, ingelogd, django_capture_on_commit_callbacks):
    if ingelogd:
        client.force_login(UserFactory())
    initiatief = InitiatiefFactory(titel="Moestuin Zonnehoek", in_gesprek=True)
    assert "Zonnehoek" in _zoek(client, "moestuin")
    with django_capture_on_commit_callbacks(execute=True):
        initiatief.titel = "Moestuin Vinkhuizen"
        initiatief.save()
        PaginaFactory(titel="Moestuin wijzer")
    html = _zoek(client, "moestuin")
    assert "Vinkhuizen" in html and "Zonnehoek" not in html
    assert "<mark>Moestuin</mark> wijzer" in html


def test_the_search_indexes_keep_no_pending_list():
    # A pending list (GIN fastupdate) is scanned whole by every search until a vacuum.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class WHERE relname = ANY(%s)",
            [["initiatief_zoekvector", "kennisbank_zoekvector"]],
        )
        opties = dict(cursor.fetchall())
    assert opties == {name: ["fastupdate=off"] for name in opties} and len(opties) == 2
