from participatiepunt.portal import werkgeheugen as module
from participatiepunt.portal.werkgeheugen import Werkgeheugen


def test_a_value_expires_when_its_redis_entry_does(monkeypatch):
    geheugen = Werkgeheugen(1000)
    monkeypatch.setattr(module.time, "time", lambda: 100.0)
    geheugen.bewaar("a", b"waarde", 6, verloopt=400.0)
    assert geheugen.get("a") == b"waarde"
    monkeypatch.setattr(module.time, "time", lambda: 400.0)
    assert geheugen.get("a") is None
    assert geheugen._bytes == 0


def test_the_least_recently_used_go_first_past_the_bound():
    geheugen = Werkgeheugen(10)
    for sleutel in "abc":
        geheugen.bewaar(sleutel, sleutel * 4, 4, verloopt=float("inf"))
    assert geheugen.get("a") is None  # 12 bytes: the oldest went
    geheugen.get("b")
    geheugen.bewaar("d", "dddd", 4, verloopt=float("inf"))
    assert [geheugen.get(s) for s in "bcd"] == ["bbbb", None, "dddd"]
    assert geheugen._bytes == 8


def test_a_value_larger_than_the_bound_is_not_kept():
    geheugen = Werkgeheugen(10)
    geheugen.bewaar("a", b"x" * 11, 11, verloopt=float("inf"))
    assert geheugen.get("a") is None and geheugen._bytes == 0


def test_a_value_kept_again_replaces_the_old_one():
    geheugen = Werkgeheugen(10)
    geheugen.bewaar("a", b"123", 3, verloopt=float("inf"))
    geheugen.bewaar("a", b"12345", 5, verloopt=float("inf"))
    assert geheugen.get("a") == b"12345" and geheugen._bytes == 5
