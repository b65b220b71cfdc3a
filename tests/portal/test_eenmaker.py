"""A missing page is made by one process while the others wait for it (portal/eenmaker.py): a
city's calendar feed took seconds to make, and every worker made it at once."""

import threading
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from participatiepunt.portal import eenmaker, paginacache, rediscache

pytestmark = pytest.mark.django_db


class TraagGemaakt:
    """A view that takes a while and counts how often it ran."""

    def __init__(self, seconden=0.0, fout=None):
        self.keer, self.seconden, self.fout = 0, seconden, fout

    def __call__(self, request):
        self.keer += 1
        time.sleep(self.seconden)
        if self.fout:
            raise self.fout
        return HttpResponse(f"keer {self.keer}", content_type="text/html; charset=utf-8")


def _get(view, path="/feed/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return paginacache.publiek_gecachet(view)(request)


def _claim(path="/feed/"):
    request = RequestFactory().get(path)
    return f"{paginacache._sleutel(request)}:bezig"


def test_visitors_at_the_same_time_have_a_missing_page_made_once():
    paginacache.PAGINAS()  # the version exists before they come (each would make its own)
    view = TraagGemaakt(seconden=0.3)
    antwoorden = []
    bezoekers = [threading.Thread(target=lambda: antwoorden.append(_get(view))) for _ in range(4)]
    for bezoeker in bezoekers:
        bezoeker.start()
    for bezoeker in bezoekers:
        bezoeker.join()
    assert view.keer == 1
    assert [antwoord.content for antwoord in antwoorden] == [b"keer 1"] * 4


def test_the_maker_leaves_no_claim_behind_also_when_the_view_fails():
    with pytest.raises(ValueError):
        _get(TraagGemaakt(fout=ValueError("stuk")))
    assert cache.get(_claim()) is None
    _get(TraagGemaakt())
    assert cache.get(_claim()) is None


def test_a_waiter_gets_the_page_the_other_process_kept(monkeypatch):
    cache.add(_claim(), 1)  # another process is making it
    elders = TraagGemaakt()

    def intussen_gemaakt(_seconden):
        cache.delete(_claim())  # the other process is done, and kept it first
        monkeypatch.undo()
        _get(elders)

    monkeypatch.setattr(eenmaker.time, "sleep", intussen_gemaakt)
    hier = TraagGemaakt()
    assert _get(hier).content == b"keer 1" and hier.keer == 0 and elders.keer == 1


def test_a_waiter_makes_the_page_itself_when_the_other_kept_nothing(monkeypatch):
    cache.add(_claim(), 1)
    monkeypatch.setattr(eenmaker.time, "sleep", lambda _s: cache.delete(_claim()))
    view = TraagGemaakt()
    assert _get(view).content == b"keer 1" and view.keer == 1


def test_a_waiter_gives_up_on_a_maker_that_takes_too_long(monkeypatch):
    cache.add(_claim(), 1)  # e.g. a worker that died while making it
    monkeypatch.setattr(eenmaker, "WACHT_S", 0.1)
    view = TraagGemaakt()
    started = time.monotonic()
    assert _get(view).content == b"keer 1"
    assert view.keer == 1 and time.monotonic() - started < 2


def test_with_redis_down_a_page_is_made_at_once(settings, monkeypatch):
    settings.CACHES = {
        "default": {
            "BACKEND": "participatiepunt.portal.rediscache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    monkeypatch.setattr(rediscache.storing, "weg", False)
    monkeypatch.setattr(eenmaker, "WACHT_S", 30.0)  # a waiter would show as a slow test
    view = TraagGemaakt()
    started = time.monotonic()
    assert _get(view).content == b"keer 1" and _get(view).content == b"keer 2"
    assert time.monotonic() - started < 5
