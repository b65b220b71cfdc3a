"""Which pages a run loads one by one (bench/run.py): the floor is no page of its own but leads in
to each of them; --only-mixed loads none alone, for a mixed run without the half hour of pages.
The mixed run too is measured in parts, each after its own lead-in of the floor."""

from collections import Counter
from types import SimpleNamespace

from bench.load import Figures
from bench.run import LEAD_IN_GEMENGD_S, _combined, apart

FOUND = [
    SimpleNamespace(name=name, role=role)
    for name, role in (("vloer", "vloer"), ("home", "anoniem"), ("intake", "medewerker"))
]


def _names(pages):
    return [page.name for page in pages]


def test_every_page_but_the_floor():
    assert _names(apart(FOUND)) == ["home", "intake"]


def test_only_mixed_loads_no_page_alone():
    assert apart(FOUND, only_mixed=True) == []


def _figures(requests, seconds):
    return Figures(requests, 0, requests / seconds, 10, 20, 30, Counter({10.0: requests}))


def test_mixed_parts_are_combined_per_name_over_their_own_seconds():
    runs = [
        ({"vloer": _figures(1000, LEAD_IN_GEMENGD_S), "home": _figures(3000, 15)}, 15),
        ({"vloer": _figures(1500, LEAD_IN_GEMENGD_S), "home": _figures(4500, 15)}, 15),
    ]
    assert _combined(runs, "vloer").rps == 2500 / (2 * LEAD_IN_GEMENGD_S)
    assert _combined(runs, "home").rps == 7500 / 30
    assert _combined(runs, "home").requests == 7500


def test_a_name_missing_from_a_part_counts_as_nothing_in_it():
    runs = [({"home": _figures(3000, 15)}, 15), ({}, 15)]
    assert _combined(runs, "home").rps == 100
