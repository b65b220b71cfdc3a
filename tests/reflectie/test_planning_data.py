import pytest

from reflectie.models import Activiteit, Spoor

pytestmark = pytest.mark.django_db


def test_seven_sporen_of_bijlage_2_are_loaded():
    assert [f"{s.nummer}. {s.titel}" for s in Spoor.objects.all()] == [
        "I. Inrichten participatiepunt",
        "II. Reflectiesessies college",
        "III. Concretiseren rol ambtelijke organisatie",
        "IV. Reflectiesessies raad",
        "V. Organisatiekundige inzet",
        "VI. Elkaar vasthouden",
        "VII. Ondersteunende activiteiten",
    ]


def test_activities_word_for_word():
    assert Activiteit.objects.count() == 20
    spoor_i = Spoor.objects.get(nummer="I").activiteiten.values_list("omschrijving", flat=True)
    assert list(spoor_i) == [
        "Vaststellen samenstelling en taken participatiepunt, starten met activiteiten, "
        "formaliseren",
        "Inrichten adviesraad tbv besturing participatiepunt (college, ambtelijke organisatie en "
        "ervaringsdeskundige)",
        "Bijeenkomsten adviesraad",
    ]
    assert Activiteit.objects.filter(
        spoor__nummer="VI",
        omschrijving="Sessies reflectiegroep met twee raadsleden, collegelid en lid ambtelijke "
        "leiding",
    ).exists()
