"""What is kept under the values it is made from (portal.inhoudcache)."""

from datetime import date

from participatiepunt.portal import inhoudcache
from participatiepunt.portal.inhoudcache import bewaard_per_invoer


def _maker(gemaakt):
    def maak(waarden):
        gemaakt.append(waarden)
        return f"<tr>{waarden}</tr>"

    return maak


def test_only_values_not_seen_before_are_made():
    gemaakt = []
    rijen = [{"pk": 1, "titel": "A"}, {"pk": 2, "titel": "B", "datum": date(2030, 1, 1)}]
    [eerst] = bewaard_per_invoer(("rij", rijen, _maker(gemaakt)))
    assert eerst == ["<tr>{'pk': 1, 'titel': 'A'}</tr>", f"<tr>{rijen[1]}</tr>"]
    nieuw = [{"pk": 3, "titel": "C"}, *rijen[:1], {"pk": 2, "titel": "B (hernoemd)"}]
    [daarna] = bewaard_per_invoer(("rij", nieuw, _maker(gemaakt)))
    assert gemaakt[2:] == [nieuw[0], nieuw[2]]
    assert daarna == [f"<tr>{waarden}</tr>" for waarden in nieuw]


def test_kinds_apart_in_one_round_trip_each_way(monkeypatch):
    gelezen, bewaard = [], []
    monkeypatch.setattr(inhoudcache.cache, "get_many", lambda s: gelezen.append(s) or {})
    monkeypatch.setattr(inhoudcache.cache, "set_many", lambda w, timeout: bewaard.append(w) or [])
    vorm, rijen = bewaard_per_invoer(
        ("vorm", [("a",)], lambda w: "vorm"), ("rij", [1, 2], lambda w: f"rij {w}")
    )
    assert (vorm, rijen) == (["vorm"], ["rij 1", "rij 2"])
    assert len(gelezen) == 1 and len(gelezen[0]) == 3
    assert len(bewaard) == 1 and len(bewaard[0]) == 3


def test_the_same_values_of_another_kind_are_another_entry():
    assert inhoudcache.sleutel("rij", (1,)) != inhoudcache.sleutel("vorm", (1,))
