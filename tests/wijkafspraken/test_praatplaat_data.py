from wijkafspraken.congruentie import EISEN, eisen_voor
from wijkafspraken.praatplaat import EDITIES, HUIDIGE_EDITIE, editie


def test_edition_2021_has_the_five_bouwstenen_and_four_kompas_parts():
    vragenset = editie("2021")
    bouwstenen = [o for o in vragenset.onderdelen if o.soort == "bouwsteen"]
    kompas = [o for o in vragenset.onderdelen if o.soort == "kompas"]
    assert [o.key for o in bouwstenen] == ["b1", "b2", "b3", "b4", "b5"]
    assert [len(o.vragen) for o in kompas] == [6, 6, 2, 6]
    assert [a.nummer for a in vragenset.archetypen] == [1, 2, 3]


def test_question_keys_are_unique_and_numbered_in_order():
    vragen = editie(HUIDIGE_EDITIE).vragen
    assert len({v.key for v in vragen}) == len(vragen) == 28
    assert [v.nummer for v in vragen] == list(range(1, 29))


def test_questions_are_word_for_word_from_seed_001():
    vragenset = editie("2021")
    assert vragenset.vraag("k.transparantie.6").tekst == (
        "Wie bewaakt de democratische kwaliteit van het proces?"
    )
    assert vragenset.vraag("k.transparantie.5").tekst.startswith("Hoe verantwoordt we aan")
    assert "kampeurbijeenkomsten" in vragenset.vraag("k.stem.3").tekst


def test_every_congruence_rule_names_existing_questions_and_quotes_a_source():
    for editie_ in EDITIES.values():
        for eis in EISEN:
            assert eis.bron
            assert all(editie_.vraag(key) for key in eis.vragen), eis


def test_more_say_demands_more_answers():
    een, twee, drie = (set(eisen_voor(n)) for n in (1, 2, 3))
    assert een < twee < drie
    assert {"k.transparantie.5", "k.transparantie.6", "k.stem.1", "k.stem.4"} <= drie - twee
    assert {"k.stem.2", "k.stem.3", "k.transparantie.1"} <= twee - een
    assert eisen_voor(None) == {}
