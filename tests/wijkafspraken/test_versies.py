import pytest

from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory
from wijkafspraken.services import met_inhoud
from wijkafspraken.versies import antwoorden_per_onderdeel, snapshot, verschillen

pytestmark = pytest.mark.django_db


def _snapshot(praatplaat):
    return snapshot(met_inhoud().get(pk=praatplaat.pk))


def test_snapshot_carries_the_question_texts_and_edition():
    inhoud = _snapshot(PraatplaatFactory(compleet=True, archetype=1))
    assert inhoud["editie"] == "2021"
    eerste = inhoud["antwoorden"][0]
    assert eerste["key"] == "b1.dna" and eerste["vraag"].startswith("Wat is het eigene")


def test_differences_name_what_changed():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    afspraak = AfspraakFactory(praatplaat=praatplaat, wat="Wijkkrant vier keer per jaar")
    oud = _snapshot(praatplaat)
    afspraak.wat = "Wijkkrant zes keer per jaar"
    afspraak.save()
    AfspraakFactory(praatplaat=praatplaat, wat="Wijkpanel")
    praatplaat.antwoorden.filter(vraag_key="b1.dna").update(tekst="Anders")
    wijzigingen = verschillen(oud, _snapshot(praatplaat))
    soorten = sorted((w.onderwerp.split(":")[0], w.soort) for w in wijzigingen)
    assert soorten == [
        ("Afspraak", "gewijzigd"),
        ("Afspraak", "toegevoegd"),
        ("Antwoord", "gewijzigd"),
    ]
    assert verschillen(oud, oud) == []


def test_only_published_answers_for_the_public():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.antwoorden.filter(vraag_key="b1.dna").update(openbaar=False)
    inhoud = _snapshot(praatplaat)
    openbaar = [a["key"] for _, lijst in antwoorden_per_onderdeel(inhoud, True) for a in lijst]
    alles = [a["key"] for _, lijst in antwoorden_per_onderdeel(inhoud, False) for a in lijst]
    assert "b1.dna" not in openbaar and "b1.dna" in alles
