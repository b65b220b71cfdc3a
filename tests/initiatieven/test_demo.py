import pytest
from django.core.management import call_command

from initiatieven.choices import Status
from initiatieven.models import Initiatief, KadersVersie

pytestmark = pytest.mark.django_db


def test_demo_data_is_realistic_and_idempotent():
    call_command("laad_demo")
    aantal = Initiatief.objects.count()
    call_command("laad_demo")
    assert Initiatief.objects.count() == aantal
    statussen = set(Initiatief.objects.values_list("status", flat=True))
    assert {Status.CONCEPT, Status.INGEDIEND, Status.IN_UITVOERING, Status.AFGEROND} <= statussen
    assert Initiatief.objects.filter(is_succesvoorbeeld=True).exists()
    assert KadersVersie.objects.filter(versie=2).exists()
    assert not Initiatief.objects.filter(wijk__isnull=True).exists()


def test_demo_has_kaders_in_heroverleg_awaiting_the_demo_resident(client):
    from initiatieven import kadersoverleg
    from participatiepunt.accounts.models import User

    call_command("laad_demo")
    inwoner = User.objects.get(email="inwoner@demo.participatiepunt.nl")
    pluktuin = Initiatief.objects.get(titel="Pluktuin aan de Beijumer Kolk")
    stand = kadersoverleg.stand(pluktuin.kaders_versies.first())
    assert stand.in_heroverleg and stand.wacht_op == "initiatiefnemer"
    assert inwoner.has_perm("initiatieven.respond_kaders", pluktuin)
    openbaar = client.get(pluktuin.get_absolute_url()).content.decode()
    assert "In heroverleg" in openbaar and "zicht op de speelplek" in openbaar


def test_demo_trajecten_and_wijken_are_on_the_map_and_the_inwoner_follows_an_address():
    from initiatieven.locaties import trajecten_rond
    from initiatieven.models import AdresVolg
    from participatiepunt.gebieden.models import Wijk

    call_command("laad_demo")
    call_command("laad_demo")
    assert Initiatief.objects.filter(locatie__isnull=False).count() >= 6
    assert not Wijk.objects.filter(locatie__isnull=True).exists()
    adresvolg = AdresVolg.objects.get()
    rond = trajecten_rond(adresvolg.punt, adresvolg.straal_m)
    assert [i.titel for i in rond] == ["Pluktuin aan de Beijumer Kolk"]


def test_demo_has_a_mijlpaal_of_each_kind_and_a_zienswijze_in_the_summer(client):
    from initiatieven import mijlpaalsoorten
    from initiatieven.models import Mijlpaal
    from participatiepunt.accounts import demo as account_demo

    call_command("laad_demo")
    soorten = set(Mijlpaal.objects.values_list("soort", flat=True))
    assert soorten == {soort.code for soort in mijlpaalsoorten.SOORTEN}
    zienswijze = Mijlpaal.objects.get(soort="zienswijzetermijn")
    assert zienswijze.verwachte_datum.month == 7
    inwoner = account_demo.load()["inwoner"]
    client.force_login(inwoner)
    van = zienswijze.verwachte_datum
    response = client.post(
        "/vakantiecheck/", {"van": van, "tot": van.replace(day=31), "waar": "gevolgd"}
    )
    html = client.get(response["Location"]).content.decode()
    assert "U kunt een zienswijze indienen tot en met" in html
