"""Which pages a run loads one by one (bench/run.py): the floor is no page of its own but leads in
to each of them; --only-mixed loads none alone, for a mixed run without the half hour of pages."""

from types import SimpleNamespace

from bench.run import apart

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
