"""Which pages a run loads one by one (bench/run.py): --only-mixed keeps only the floor, measured
before and after, for a mixed run without the half hour of pages alone."""

from types import SimpleNamespace

from bench.run import apart

FOUND = [SimpleNamespace(name=name) for name in ("vloer", "home", "intake")]


def _names(pages):
    return [page.name for page in pages]


def test_every_page_between_the_floor_at_the_start_and_at_the_end():
    assert _names(apart(FOUND)) == ["vloer", "home", "intake", "vloer"]


def test_only_mixed_loads_only_the_floor_alone():
    assert _names(apart(FOUND, only_mixed=True)) == ["vloer", "vloer"]
