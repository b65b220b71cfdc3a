import pytest

from participatiepunt.accounts import demo as account_demo
from participatiepunt.gebieden.huidige import standaardgemeente
from wijkafspraken import demo, overzicht
from wijkafspraken.models import Praatplaat

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_covers_each_state():
    accounts = account_demo.load()
    demo.load(accounts)
    demo.load(accounts)
    assert Praatplaat.objects.count() == 3
    standen = {
        r.wijk.slug: r.status
        for r in overzicht.gemeente_overzicht(standaardgemeente())
        if r.praatplaat
    }
    assert standen == {
        "thesinge": overzicht.VASTGESTELD,
        "lewenborg": overzicht.IN_GESPREK,
        "garmerwolde": overzicht.TE_LAAT,
    }
    thesinge = Praatplaat.objects.get(wijk__slug="thesinge")
    assert {k.archetype for k in thesinge.archetypen.all()} == {1, 3}


def test_each_demo_praatplaat_has_its_own_answers():
    from wijkafspraken.models import Antwoord

    demo.load(account_demo.load())
    per_wijk = {
        slug: set(
            Antwoord.objects.filter(praatplaat__wijk__slug=slug).values_list("tekst", flat=True)
        )
        for slug in ["thesinge", "lewenborg", "garmerwolde"]
    }
    assert all(per_wijk.values())
    assert not per_wijk["thesinge"] & per_wijk["lewenborg"]
    assert not per_wijk["thesinge"] & per_wijk["garmerwolde"]
    assert not per_wijk["lewenborg"] & per_wijk["garmerwolde"]
    lewenborg_dna = Antwoord.objects.get(praatplaat__wijk__slug="lewenborg", vraag_key="b1.dna")
    assert "wierdedorp" not in lewenborg_dna.tekst and "wijk" in lewenborg_dna.tekst
