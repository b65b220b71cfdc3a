import pytest

from participatiepunt.accounts import demo as account_demo
from reflectie import demo
from reflectie.choices import Soort
from reflectie.models import AgendaVersie, Les, Onderwerp, Sessie

pytestmark = pytest.mark.django_db


def test_demo_has_every_kind_and_is_idempotent(gepubliceerd):
    accounts = account_demo.load()
    demo.load(accounts)
    demo.load(accounts)
    assert set(Sessie.objects.values_list("soort", flat=True)) == set(Soort.values)
    assert Sessie.objects.count() == len(demo.SESSIES)
    assert AgendaVersie.objects.filter(sessie__soort=Soort.REFLECTIEGROEP).count() == 1
    assert Onderwerp.objects.filter(voorgesteld_door=accounts["inwoner"]).count() == 3
    assert Les.objects.exists()
    raadslid = accounts["raadslid"]
    assert raadslid.has_perm("reflectie.view_sessie", Sessie.objects.get(soort=Soort.RAAD))
