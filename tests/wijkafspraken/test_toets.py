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


def _regel(praatplaat, key):
    return next(r for r in _toets(praatplaat).regels if r.vraag.key == key)


def test_gebiedsteam_oost_alone_at_the_table_does_not_pass():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.deelnemers.all().delete()
    praatplaat.deelnemers.create(naam="Gebiedsteam Oost", soort="gemeente")
    uitslag = _toets(praatplaat)
    assert not uitslag.voldaan
    assert any("bewonersorganisatie of welk bewonerscollectief" in t for t, _ in uitslag.tekorten)
    praatplaat.deelnemers.create(naam="Buurtcollectief De Hoogte", soort="collectief")
    assert _toets(praatplaat).voldaan


@pytest.mark.parametrize("gebiedsteam, bewoners", [(False, False), (True, False), (False, True)])
def test_a_required_answer_needs_both_sides_to_call_it_complete(gebiedsteam, bewoners):
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.antwoorden.filter(vraag_key="b1.dna").update(
        tekst="Gezellig.", compleet_gebiedsteam=gebiedsteam, compleet_bewoners=bewoners
    )
    regel = _regel(praatplaat, "b1.dna")
    assert regel.status == ONTBREEKT and regel.blokkeert
    assert "als compleet gemarkeerd" in regel.reden or "volledig" in regel.reden


def test_an_optional_answer_is_complete_by_its_text():
    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    AntwoordFactory(praatplaat=praatplaat, vraag_key="b5.samen_leren")
    assert _regel(praatplaat, "b5.samen_leren").status == COMPLEET


def test_an_afspraak_only_fills_a_witte_vlek_when_due_before_the_first_evaluation():
    import datetime

    from django.utils import timezone

    praatplaat = PraatplaatFactory(compleet=True, archetype=1)
    praatplaat.antwoorden.filter(vraag_key="b1.dna").delete()
    laat = AfspraakFactory(
        praatplaat=praatplaat,
        vraag_key="b1.dna",
        wanneer=timezone.localdate() + datetime.timedelta(days=3 * 365),
    )
    regel = _regel(praatplaat, "b1.dna")
    assert regel.status == ONTBREEKT and regel.blokkeert
    assert "na de eerste evaluatie" in regel.reden
    praatplaat.evaluatie_op = laat.wanneer
    praatplaat.save()
    assert _regel(praatplaat, "b1.dna").status == INGEKLEURD


def test_archetype_three_for_a_theme_beyond_the_wijk_warns():
    from wijkafspraken.congruentie import WIJKOVERSTIJGEND

    praatplaat = PraatplaatFactory(compleet=True, archetype=3)
    assert _toets(praatplaat).waarschuwingen == []
    ArchetypeKeuzeFactory(
        praatplaat=praatplaat, thema="ringweg", archetype=3, wijkoverstijgend=True
    )
    ArchetypeKeuzeFactory(
        praatplaat=praatplaat, thema="busverbinding", archetype=2, wijkoverstijgend=True
    )
    (waarschuwing,) = _toets(praatplaat).waarschuwingen
    assert "ringweg" in waarschuwing and WIJKOVERSTIJGEND in waarschuwing


def test_the_table_cites_the_seed_word_for_word_and_marks_its_own_elaborations():
    from django.conf import settings

    from wijkafspraken.congruentie import BRON, EISEN

    seed = next((settings.BASE_DIR.parent / "shared" / "seeds").glob("001_*.txt"), None)
    if seed is None:
        pytest.skip("de seeds staan niet naast deze checkout")
    tekst = " ".join(seed.read_text(encoding="utf-8").replace("*", "").split())
    assert BRON in tekst
    for eis in EISEN:
        assert eis.bron in tekst, eis.bron
    assert any(eis.eigen_uitwerking for eis in EISEN)
    assert not all(eis.eigen_uitwerking for eis in EISEN)
