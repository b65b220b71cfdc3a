import pytest

from tests.factories.wijkafspraken import (
    AfspraakFactory,
    AntwoordFactory,
    ArchetypeKeuzeFactory,
    PraatplaatFactory,
)
from wijkafspraken.choices import AfspraakStatus
from wijkafspraken.congruentie import eisen_voor
from wijkafspraken.services import met_inhoud
from wijkafspraken.toets import COMPLEET, INGEKLEURD, ONTBREEKT, toets

pytestmark = pytest.mark.django_db


def _toets(praatplaat):
    return toets(met_inhoud().get(pk=praatplaat.pk))


def test_new_praatplaat_lists_what_is_missing():
    uitslag = _toets(PraatplaatFactory())
    assert not uitslag.voldaan
    assert len(uitslag.tekorten) == 3
    assert uitslag.archetype is None
    assert len(uitslag.witte_vlekken) == 28
    assert uitslag.blokkerend == []


@pytest.mark.parametrize("archetype", [1, 2, 3])
def test_complete_answers_for_the_archetype_pass(archetype):
    assert _toets(PraatplaatFactory(compleet=True, archetype=archetype)).voldaan


def test_archetype_three_per_theme_raises_the_demands():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    ArchetypeKeuzeFactory(praatplaat=praatplaat, thema="wijkbudget", archetype=3)
    uitslag = _toets(praatplaat)
    assert uitslag.archetype == 3
    blokkerend = {regel.vraag.key for regel in uitslag.blokkerend}
    assert blokkerend == set(eisen_voor(3)) - set(eisen_voor(1))
    assert "k.transparantie.6" in blokkerend


def test_a_witte_vlek_flag_makes_an_answer_incomplete():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.antwoorden.filter(vraag_key="b1.dna").update(witte_vlek=True)
    regel = next(r for r in _toets(praatplaat).regels if r.vraag.key == "b1.dna")
    assert regel.status == ONTBREEKT and regel.blokkeert


def test_an_afspraak_fills_in_a_required_witte_vlek_but_not_when_vervallen():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.antwoorden.filter(vraag_key="b1.dna").delete()
    afspraak = AfspraakFactory(praatplaat=praatplaat, vraag_key="b1.dna")
    regel = next(r for r in _toets(praatplaat).regels if r.vraag.key == "b1.dna")
    assert regel.status == INGEKLEURD
    assert _toets(praatplaat).voldaan
    afspraak.status = AfspraakStatus.VERVALLEN
    afspraak.save()
    assert not _toets(praatplaat).voldaan


def test_answers_not_required_are_complete_or_witte_vlek_without_blocking():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    AntwoordFactory(praatplaat=praatplaat, vraag_key="b5.samen_leren")
    regels = {r.vraag.key: r for r in _toets(praatplaat).regels}
    assert regels["b5.samen_leren"].status == COMPLEET
    assert regels["k.stem.5"].is_witte_vlek and not regels["k.stem.5"].blokkeert


def test_the_check_itself_does_no_queries(django_assert_num_queries):
    praatplaat = met_inhoud().get(pk=PraatplaatFactory(compleet=True).pk)
    with django_assert_num_queries(0):
        assert toets(praatplaat).voldaan
