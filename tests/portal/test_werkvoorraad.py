"""The werkvoorraad: each role sees what waits for it, scoped to its gebieden and gemeente, in a
number of queries that does not grow with the data; and each role lands on its home."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bijeenkomsten.models import Bijeenkomst
from initiatieven.models import Initiatief, Mijlpaal
from participatiepunt.portal.vastequery import achter
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory, over
from tests.factories.gebieden import GebiedFactory, GemeenteFactory, WijkFactory
from tests.factories.initiatieven import (
    InitiatiefFactory,
    KadersReactieFactory,
    KadersVersieFactory,
    MijlpaalFactory,
)
from tests.factories.reflectie import SessieFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, VersieFactory

pytestmark = pytest.mark.django_db
URL = reverse("portal:werkvoorraad")
GISTEREN = timezone.localdate() - datetime.timedelta(days=1)


def _pagina(client, user) -> str:
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def _te_late_afspraak(wijk, wat):
    praatplaat = PraatplaatFactory(wijk=wijk)
    VersieFactory(praatplaat=praatplaat)
    return AfspraakFactory(praatplaat=praatplaat, wat=wat, wanneer=GISTEREN)


@pytest.fixture
def werk():
    gebied_x, gebied_y = GebiedFactory(), GebiedFactory()
    wijk_x, wijk_y = WijkFactory(gebied=gebied_x), WijkFactory(gebied=gebied_y)
    InitiatiefFactory(titel="Moestuin in X", wijk=wijk_x)
    InitiatiefFactory(titel="Speeltuin in Y", wijk=wijk_y)
    andere = WijkFactory(gebied=GebiedFactory(gemeente=GemeenteFactory(andere=True)))
    InitiatiefFactory(titel="Bankje elders", wijk=andere)
    MijlpaalFactory(titel="Raadsbesluit", initiatief__titel="Buurtkas X", initiatief__wijk=wijk_x,
                    verwachte_datum=GISTEREN)  # fmt: skip
    InitiatiefFactory(titel="Geheime afwijzing", wijk=wijk_x, afgewezen=True)
    _te_late_afspraak(wijk_x, "Wijkpanel samenstellen")
    SessieFactory(titel="Reflectiegroep over de wijkbudgetten", start=over(3))
    BijeenkomstFactory(titel="Training subsidie", start=over(5), eind=over(5, 21))
    return gebied_x


def test_medewerker_sees_intakes_sessions_bijeenkomsten_and_overdue_work(client, werk):
    inhoud = _pagina(client, UserFactory(medewerker=True))
    for verwacht in ("Moestuin in X", "Speeltuin in Y", "Buurtkas X", "Wijkpanel samenstellen",
                     "Reflectiegroep over de wijkbudgetten", "agenda nog niet gepubliceerd",
                     "Training subsidie", "0 van 20 aangemeld"):  # fmt: skip
        assert verwacht in inhoud
    assert "Bankje elders" not in inhoud  # another gemeente


def test_gebiedsteam_sees_only_its_gebied(client, werk):
    inhoud = _pagina(client, UserFactory(gebiedsteam=True, gebieden=[werk]))
    assert "Moestuin in X" in inhoud and "Wijkpanel samenstellen" in inhoud
    assert "Speeltuin in Y" not in inhoud
    assert "Training subsidie" not in inhoud


def test_bestuur_sees_what_stalls_and_agendas_but_no_intakes_or_secret_titles(client, werk):
    inhoud = _pagina(client, UserFactory(raadslid=True))
    assert "Initiatieven die stil liggen" in inhoud and "Buurtkas X" in inhoud
    assert "Afgewezen initiatieven" in inhoud and "Geheime afwijzing" not in inhoud
    assert "Wijkpanel samenstellen" in inhoud
    assert "Komende sessies en hun agenda" in inhoud
    assert "Moestuin in X" not in inhoud


def test_residents_have_no_werkvoorraad(client):
    client.force_login(UserFactory())
    assert client.get(URL).status_code == 403


def _queries(client):
    with CaptureQueriesContext(connection) as context:
        assert client.get(URL).status_code == 200
    return [query["sql"] for query in context]


def _aantal(client):
    """Queries of a request whose tasks are not in the cache."""
    cache.clear()
    return len(_queries(client))


@pytest.mark.parametrize("rol", ["medewerker", "raadslid"])
def test_the_page_runs_a_bounded_number_of_queries(client, werk, rol):
    client.force_login(UserFactory(**{rol: True}))
    _aantal(client)  # the first request of a process reads what it then keeps (gemeenten)
    weinig = _aantal(client)
    for n in range(12):
        wijk = WijkFactory(gebied=werk)
        InitiatiefFactory(wijk=wijk)
        MijlpaalFactory(initiatief__wijk=wijk, verwachte_datum=GISTEREN)
        InitiatiefFactory(wijk=wijk, afgewezen=True)
        _te_late_afspraak(wijk, f"Afspraak {n}")
        KadersReactieFactory(betwist=True, versie__initiatief__wijk=wijk)
        SessieFactory(start=over(2), openbaar=True)
        BijeenkomstFactory(start=over(4), eind=over(4, 21))
    assert _aantal(client) == weinig


TAKEN_TABELLEN = ('"initiatieven_', '"wijkafspraken_', '"reflectie_', '"bijeenkomsten_')


@pytest.mark.parametrize("rol", ["medewerker", "raadslid", "griffie"])
def test_a_second_request_reads_every_task_from_the_cache(client, werk, rol):
    client.force_login(UserFactory(**{rol: True}))
    eerste = _queries(client)
    assert any(tabel in sql for sql in eerste for tabel in TAKEN_TABELLEN)
    tweede = _queries(client)
    assert not [sql for sql in tweede for tabel in TAKEN_TABELLEN if tabel in sql]


def _sectie(client, titel) -> str:
    inhoud = client.get(URL).content.decode()
    return inhoud.split(titel)[1].split("</section>")[0] if titel in inhoud else ""


def test_a_new_intake_shows_at_once(client, werk):
    client.force_login(UserFactory(medewerker=True))
    assert "Net ingediend" not in _sectie(client, "Nieuwe intakes")
    InitiatiefFactory(titel="Net ingediend", wijk__gebied=werk)
    assert "Net ingediend" in _sectie(client, "Nieuwe intakes")


def test_a_reply_in_a_gesprek_shows_at_once_and_only_for_its_casemanager(client):
    from initiatieven import gesprek

    casemanager, collega = UserFactory(medewerker=True), UserFactory(medewerker=True)
    initiatief = InitiatiefFactory(titel="Vraag over de moestuin", casemanager=casemanager)
    client.force_login(casemanager)
    assert "Vraag over de moestuin" not in _sectie(client, "Onbeantwoorde berichten")
    gesprek.stuur_bericht(initiatief=initiatief, afzender=initiatief.indiener, tekst="?")
    assert "Vraag over de moestuin" in _sectie(client, "Onbeantwoorde berichten")
    client.force_login(collega)
    assert "Vraag over de moestuin" not in _sectie(client, "Onbeantwoorde berichten")
    client.force_login(casemanager)
    gesprek.stuur_bericht(initiatief=initiatief, afzender=casemanager, tekst="Antwoord")
    assert "Vraag over de moestuin" not in _sectie(client, "Onbeantwoorde berichten")


def test_a_mijlpaal_marked_gereed_leaves_at_once(client, werk):
    client.force_login(UserFactory(medewerker=True))
    assert "Raadsbesluit" in _sectie(client, "Mijlpalen over tijd")
    mijlpaal = Mijlpaal.objects.get(titel="Raadsbesluit")
    mijlpaal.gereed = True  # as casemanagement.markeer_mijlpaal, once the terugkoppeling is out
    mijlpaal.save(update_fields=["gereed"])
    assert "Raadsbesluit" not in _sectie(client, "Mijlpalen over tijd")


def test_praatplaten_afspraken_sessions_and_sign_ups_show_at_once(client, werk):
    client.force_login(UserFactory(medewerker=True))
    client.get(URL)
    _te_late_afspraak(WijkFactory(gebied=werk), "Bankjes schilderen")
    SessieFactory(titel="Reflectie op de buurtbudgetten", start=over(4))
    AanmeldingFactory(bijeenkomst=Bijeenkomst.objects.get(titel="Training subsidie"))
    inhoud = client.get(URL).content.decode()
    for verwacht in ("Bankjes schilderen", "Reflectie op de buurtbudgetten", "1 van 20 aangemeld"):
        assert verwacht in inhoud


def test_each_gebiedsteam_sees_its_own_gebieden_from_the_cache(client, werk):
    ander_gebied = Initiatief.objects.get(titel="Speeltuin in Y").wijk.gebied
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[werk]))
    assert "Moestuin in X" in _sectie(client, "Nieuwe intakes")
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[ander_gebied]))
    intakes = _sectie(client, "Nieuwe intakes")
    assert "Speeltuin in Y" in intakes and "Moestuin in X" not in intakes


@pytest.mark.parametrize(
    ("rol", "thuis"),
    [
        ({"medewerker": True}, "/werkvoorraad/"),
        ({"raadslid": True}, "/werkvoorraad/"),
        ({"collegelid": True}, "/werkvoorraad/"),
        ({"gebiedsteam": True}, "/wijken/mijn-gebieden/"),
        ({}, "/"),
    ],
)
def test_each_role_lands_on_its_home_after_logging_in(client, rol, thuis):
    from participatiepunt.accounts.adapter import AccountAdapter

    user = UserFactory(**rol)
    client.force_login(user)
    request = client.get("/").wsgi_request
    assert AccountAdapter(request).get_login_redirect_url(request) == thuis


def test_a_next_link_wins_over_the_home(client):
    inwoner_link = reverse("bijeenkomsten:lijst")
    raadslid = UserFactory(raadslid=True)
    response = client.post(
        f"{reverse('account_login')}?next={inwoner_link}",
        {"login": raadslid.email, "password": PASSWORD},
    )
    assert response["Location"] == inwoner_link


def test_a_raadslid_logging_in_lands_on_the_werkvoorraad(client):
    raadslid = UserFactory(raadslid=True)
    response = client.post(
        reverse("account_login"), {"login": raadslid.email, "password": PASSWORD}
    )
    assert response["Location"] == URL


def test_kaders_waiting_for_the_gemeente_and_in_heroverleg(client):
    KadersVersieFactory(van_initiatiefnemer=True, versie=1, initiatief__titel="Voorstel bewoners")
    KadersReactieFactory(betwist=True, versie__initiatief__titel="Betwiste kaders")
    KadersReactieFactory(versie__initiatief__titel="Gedragen kaders")
    KadersReactieFactory(
        van_gemeente=True,
        versie=KadersVersieFactory(van_initiatiefnemer=True, initiatief__titel="Beantwoord"),
    )
    oud = KadersVersieFactory(van_initiatiefnemer=True, initiatief__titel="Oude versie", versie=1)
    KadersVersieFactory(initiatief=oud.initiatief, versie=2)  # the gemeente's newer version

    medewerker = _pagina(client, UserFactory(medewerker=True))
    wacht = medewerker.split("Kaders die op de gemeente wachten")[1].split("</section>")[0]
    assert "Voorstel bewoners" in wacht and "Betwiste kaders" in wacht
    for niet in ("Gedragen kaders", "Beantwoord", "Oude versie"):
        assert niet not in wacht

    raadslid = _pagina(client, UserFactory(raadslid=True))
    heroverleg = raadslid.split("Kaders in heroverleg")[1].split("</section>")[0]
    assert "Betwiste kaders" in heroverleg and "Oude versie" in heroverleg
    for niet in ("Gedragen kaders", "Voorstel bewoners"):  # version 1 unanswered is a voorstel
        assert niet not in heroverleg


def test_praatplaten_put_before_the_bewonersorganisatie_until_vastgesteld(client):
    from tests.factories.accounts import BewonersorganisatieFactory
    from wijkafspraken.models import Ondertekening

    nu = timezone.now()

    def voorgelegd(naam):
        wijk = WijkFactory(naam=naam)
        return PraatplaatFactory(wijk=wijk, ter_ondertekening_op=nu - datetime.timedelta(days=2))

    voorgelegd("Wachtwijk")
    getekend = voorgelegd("Getekendwijk")
    organisatie = BewonersorganisatieFactory(wijken=[getekend.wijk])
    Ondertekening.objects.create(praatplaat=getekend, bewonersorganisatie=organisatie, inhoud={})
    klaar = voorgelegd("Klaarwijk")
    VersieFactory(praatplaat=klaar)  # vastgesteld after it was put before them
    PraatplaatFactory(wijk=WijkFactory(naam="Nietvoorgelegd"))

    inhoud = _pagina(client, UserFactory(medewerker=True))
    sectie = inhoud.split("Praatplaten ter ondertekening")[1].split("</section>")[0]
    assert "Praatplaat van Wachtwijk</a> – wacht op medeondertekening" in sectie
    assert "Praatplaat van Getekendwijk</a> – ondertekend: klaar om vast te stellen" in sectie
    assert "Klaarwijk" not in sectie and "Nietvoorgelegd" not in sectie


def test_an_overdue_afspraak_is_listed_once_however_often_its_praatplaat_was_vastgesteld(client):
    afspraak = _te_late_afspraak(WijkFactory(), "Bankjes plaatsen")
    VersieFactory(praatplaat=afspraak.praatplaat, nummer=2)  # a second vastgestelde version
    inhoud = _pagina(client, UserFactory(medewerker=True))
    assert inhoud.count("Bankjes plaatsen") == 1


def test_an_overdue_afspraak_of_a_praatplaat_never_vastgesteld_is_not_listed(client):
    praatplaat = PraatplaatFactory()
    AfspraakFactory(praatplaat=praatplaat, wat="Nog niet vastgesteld", wanneer=GISTEREN)
    assert "Nog niet vastgesteld" not in _pagina(client, UserFactory(medewerker=True))


def test_a_submission_or_a_sign_up_renews_its_section_with_a_prepared_query(client, werk):
    """Each submission renews the new intakes, each sign-up the bijeenkomsten to prepare, for
    every member of staff: those sections are read with SQL built once per process
    (portal.vastequery)."""
    client.force_login(UserFactory(medewerker=True))
    client.get(URL)
    InitiatiefFactory(titel="Net ingediend", wijk__gebied=werk)
    AanmeldingFactory(bijeenkomst=Bijeenkomst.objects.get(titel="Training subsidie"))
    with CaptureQueriesContext(connection) as queries:
        inhoud = client.get(URL).content.decode()
    assert "Net ingediend" in inhoud and "1 van 20 aangemeld" in inhoud
    vernieuwd = [q["sql"] for q in queries if q["sql"].startswith("EXECUTE ")]
    gelezen = [achter(sql) for sql in vernieuwd]
    assert any('FROM "bijeenkomsten_bijeenkomst"' in sql for sql in gelezen)
    assert any('FROM "initiatieven_initiatief"' in sql for sql in gelezen)
