import pytest

from participatiepunt.accounts import demo as account_demo
from wijkafspraken import demo, overzicht
from wijkafspraken.models import Praatplaat

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_covers_each_state():
    accounts = account_demo.load()
    demo.load(accounts)
    demo.load(accounts)
    assert Praatplaat.objects.count() == 3
    standen = {r.wijk.slug: r.status for r in overzicht.gemeente_overzicht() if r.praatplaat}
    assert standen == {
        "thesinge": overzicht.VASTGESTELD,
        "lewenborg": overzicht.IN_GESPREK,
        "garmerwolde": overzicht.TE_LAAT,
    }
    thesinge = Praatplaat.objects.get(wijk__slug="thesinge")
    assert {k.archetype for k in thesinge.archetypen.all()} == {1, 3}
