"""A larger city in the bench's data (bench/data): more wijken over more ground, each as busy as
at scale 1 (in the same 150 wijken each wijk's pages showed three times the trajecten)."""

from types import SimpleNamespace

from django.utils.text import slugify

from bench.data.accounts import WIJKEN_TOTAAL, _wijknamen
from bench.data.kaart import BREEDTE, HOOGTE, _gebied


def test_there_are_names_for_the_wijken_of_scale_three_each_its_own_slug():
    namen = list(_wijknamen())
    assert len({slugify(naam) for naam in namen}) >= 3 * WIJKEN_TOTAAL


def test_the_names_of_scale_one_come_first_as_before():
    assert all(" " not in naam for naam in list(_wijknamen())[:100])


def test_the_ground_grows_with_the_scale_so_a_street_stays_as_busy():
    klein, groot = _gebied(SimpleNamespace(scale=1.0)), _gebied(SimpleNamespace(scale=3.0))
    assert (klein["hoogte"], klein["breedte"]) == (HOOGTE, BREEDTE)
    oppervlak = groot["hoogte"] * groot["breedte"] / (HOOGTE * BREEDTE)
    assert abs(oppervlak - 3.0) < 1e-9
    assert _gebied(SimpleNamespace(scale=0.02)) == klein  # a quick run keeps the city's ground
