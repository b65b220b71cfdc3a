"""Staff forms are processed once per rendering: the token of a rendered form is claimed by the
first post; a second post of the same form (a double click, a reload) does nothing and leads
where the first led. Shown per form that creates something, in every domain app."""

import re

import pytest
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.models import KadersVersie, Mijlpaal, StatusWijziging, Update
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Melding
from participatiepunt.portal.eenmalig import AL_VERWERKT
from participatiepunt.portal.models import Formulierverzending
from reflectie.choices import Soort
from reflectie.models import Agendapunt, Les, Sessie, Verplaatsing
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import SessieFactory, over
from tests.factories.wijkafspraken import PraatplaatFactory
from wijkafspraken.models import Afspraak, Praatplaat

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="formulier_token" value="([0-9a-f]{32})"')


def token(client, pagina, action=None) -> str:
    """The token of the page's form that posts to `action` (or of its first token form)."""
    html = client.get(pagina).content.decode()
    begin = html.index(f'action="{action}"') if action else 0
    return TOKEN.search(html, begin).group(1)


def twee_keer(client, pagina, url, data):
    """Post the same rendered form twice, as a double click does."""
    data = {**data, "formulier_token": token(client, pagina, url if url != pagina else None)}
    return client.post(url, data), client.post(url, data)


@pytest.fixture
def medewerker(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)
    return user


def _beheer(initiatief):
    return reverse("initiatieven:beheer", args=[initiatief.pk])


def _actie(initiatief, naam):
    return reverse("initiatieven:beheer_actie", args=[initiatief.pk, naam])


def test_a_double_post_of_a_mijlpaal_makes_one_and_leads_where_the_first_led(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    data = {"titel": "Raadsbesluit", "verwachte_datum": "2031-03-01"}
    eerste, tweede = twee_keer(client, _beheer(initiatief), _actie(initiatief, "mijlpaal"), data)
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 1
    assert eerste.status_code == tweede.status_code == 302
    assert tweede["Location"] == eerste["Location"]
    assert AL_VERWERKT in client.get(tweede["Location"]).content.decode()


def test_a_double_post_of_a_public_update_makes_one_update_and_one_fan_out(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    for volger in UserFactory.create_batch(3):
        volgen.volg(volger, initiatief)
    data = {"tekst": "De vergunning is binnen.", "openbaar": "on"}
    pagina, url = _beheer(initiatief), _actie(initiatief, "update")
    data["formulier_token"] = token(client, pagina, url)
    client.post(url, data)
    meldingen = Melding.objects.count()
    client.post(url, data)
    assert Update.objects.filter(initiatief=initiatief).count() == 1
    assert meldingen > 0 and Melding.objects.count() == meldingen


def test_two_renderings_of_the_form_are_two_posts(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    pagina, url = _beheer(initiatief), _actie(initiatief, "mijlpaal")
    for titel in ("Bewonersavond", "Raadsbesluit"):
        data = {"titel": titel, "verwachte_datum": "2031-03-01"}
        client.post(url, {**data, "formulier_token": token(client, pagina, url)})
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 2
    assert token(client, pagina, url) != token(client, pagina, url)


def test_a_refused_post_gives_its_token_back(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    pagina, url = _beheer(initiatief), _actie(initiatief, "mijlpaal")
    data = {"titel": "Raadsbesluit", "verwachte_datum": "morgen"}
    data["formulier_token"] = token(client, pagina, url)
    assert client.post(url, data).status_code == 400
    assert client.post(url, {**data, "verwachte_datum": "2031-03-01"}).status_code == 302
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 1


def test_a_token_counts_per_account(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    pagina, url = _beheer(initiatief), _actie(initiatief, "mijlpaal")
    data = {"titel": "Raadsbesluit", "verwachte_datum": "2031-03-01"}
    data["formulier_token"] = token(client, pagina, url)
    client.post(url, data)
    client.force_login(UserFactory(medewerker=True))
    client.post(url, data)
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 2
    assert Formulierverzending.objects.count() == 2


def test_a_post_without_a_token_is_processed_as_before(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    data = {"titel": "Raadsbesluit", "verwachte_datum": "2031-03-01"}
    for ongeldig in ({}, {"formulier_token": "x"}, {"formulier_token": "A" * 32}):
        assert client.post(_actie(initiatief, "mijlpaal"), {**data, **ongeldig}).status_code == 302
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 3
    assert not Formulierverzending.objects.exists()


def test_gereed_is_a_state_not_a_toggle(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    mijlpaal = initiatief.mijlpalen.create(titel="Bewonersavond", verwachte_datum="2031-01-01")
    url = reverse("initiatieven:mijlpaal_gereed", args=[initiatief.pk, mijlpaal.pk])
    pagina = client.get(_beheer(initiatief)).content.decode()
    assert 'name="gereed" value="ja"' in pagina
    for _ in range(2):  # two renderings, two clicks on "Markeer als gereed"
        client.post(url, {"gereed": "ja", "formulier_token": token(client, _beheer(initiatief))})
        mijlpaal.refresh_from_db()
        assert mijlpaal.gereed
    assert 'name="gereed" value="nee"' in client.get(_beheer(initiatief)).content.decode()
    client.post(url, {"gereed": "nee"})
    mijlpaal.refresh_from_db()
    assert not mijlpaal.gereed
    response = client.post(url, follow=True)
    mijlpaal.refresh_from_db()
    assert not mijlpaal.gereed and "Kies of de mijlpaal gereed is" in response.content.decode()


def test_kaders_and_status_once(client, medewerker):
    initiatief = InitiatiefFactory(in_gesprek=True)
    url = reverse("initiatieven:beheer_kaders", args=[initiatief.pk])
    kaders = {
        "waarvoor": "Samen de plek kiezen",
        "vast_en_niet_beinvloedbaar": "De locatie",
        "budgetruimte": "5.000 euro",
        "regels": "Geen bijzondere",
        "participatieniveau": "meebeslissen",
        "wie_besluit": "Het college",
        "reden": "Eerste vastlegging",
    }
    twee_keer(client, url, url, kaders)
    assert KadersVersie.objects.filter(initiatief=initiatief).count() == 1
    status = {"naar": Status.KADERS_VASTGESTELD, "toelichting": ""}
    eerste, tweede = twee_keer(client, _beheer(initiatief), _actie(initiatief, "status"), status)
    assert StatusWijziging.objects.filter(initiatief=initiatief).count() == 1
    assert tweede.status_code == 302 and tweede["Location"] == eerste["Location"]


def test_reflectie_forms_once(client, medewerker):
    start = over(20)
    sessie_data = {
        "soort": Soort.REFLECTIEGROEP,
        "titel": "Reflectiegroep januari",
        "datum": start.date().isoformat(),
        "begintijd": "15:00",
        "eindtijd": "17:00",
        "locatie": "Stadhuis",
    }
    nieuw = reverse("reflectie:nieuw")
    twee_keer(client, nieuw, nieuw, sessie_data)
    assert Sessie.objects.count() == 1

    sessie = SessieFactory()
    agenda = reverse("reflectie:agenda", args=[sessie.pk])
    twee_keer(client, agenda, agenda, {"titel": "Opening", "duur": 10})
    assert Agendapunt.objects.filter(sessie=sessie).count() == 1

    verplaats = reverse("reflectie:verplaats", args=[sessie.pk])
    nieuwe_datum = {"datum": over(40).date().isoformat(), "begintijd": "10:00"}
    twee_keer(client, verplaats, verplaats, {**nieuwe_datum, "eindtijd": "12:00", "reden": "Zo"})
    assert Verplaatsing.objects.filter(sessie=sessie).count() == 1

    verslag = reverse("reflectie:verslag", args=[SessieFactory(voorbij=True).pk])
    les = {"actie": "les", "les-titel": "Begin bij de casus"}
    pagina = client.get(verslag).content.decode()
    les["formulier_token"] = TOKEN.findall(pagina)[-1]  # the lesson form is the last
    client.post(verslag, les), client.post(verslag, les)
    assert Les.objects.count() == 1


def test_wijkafspraken_forms_once(client, medewerker):
    praatplaat = PraatplaatFactory()
    nieuw = reverse("wijkafspraken:afspraak_nieuw", args=[praatplaat.pk])
    afspraak = {"wat": "Dorpsavond", "wie": "samen", "wanneer": "2031-03-01", "status": "open"}
    twee_keer(client, nieuw, nieuw, afspraak)
    assert Afspraak.objects.filter(praatplaat=praatplaat).count() == 1

    openen = reverse("wijkafspraken:openen", args=[praatplaat.wijk.slug])
    eerste, tweede = twee_keer(client, openen, openen, {})
    assert Praatplaat.objects.filter(wijk=praatplaat.wijk).count() == 2  # the old one, archived
    assert tweede["Location"] == eerste["Location"]
