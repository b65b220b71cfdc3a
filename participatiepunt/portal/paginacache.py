"""Whole-page cache for anonymous visitors of public pages (issue 8: public pages at least as
fast as the framework's floor). Every saved or deleted object of an app that public pages show
bumps one version number after commit, so no visitor sees a page older than the last change;
the timeout only bounds what signals cannot see (QuerySet.update, a date that passes)."""

import time
from functools import wraps
from hashlib import sha256
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from . import eenmaker, gzipbody
from .cacheversie import TIMEOUT, CacheVersie, huidige
from .werkgeheugen import werkgeheugen

HEADERS = ("Content-Disposition", "ETag", "Last-Modified")


def _zichtbaar(sender, instance, **kwargs) -> bool:
    """An object whose model says it is on no public page (`buiten_openbare_paginas`, e.g. a
    draft initiatief) keeps the cache."""
    return not getattr(instance, "buiten_openbare_paginas", False)


def _openbare_apps() -> tuple[str, ...]:
    """The apps whose rows public pages show: each says so in its AppConfig."""
    configs = apps.get_app_configs()
    return tuple(app.label for app in configs if getattr(app, "op_openbare_paginas", False))


PAGINAS = CacheVersie("paginas", _openbare_apps(), telt_mee=_zichtbaar)


def _versies(ook) -> str:
    """PAGINAS and the page's own versions, in one round trip."""
    if not ook:
        return str(PAGINAS())
    versies, _ = huidige((PAGINAS, *ook))
    return ".".join(str(nummer) for nummer in versies.values())


def _sleutel(request, ook=()) -> str:
    # The parameters sorted: ?a=1&b=2 and ?b=2&a=1 are one page, stored once.
    parameters = urlencode(sorted(request.GET.lists()), doseq=True)
    pad = sha256(f"{request.path}?{parameters}".encode()).hexdigest()
    # Per gemeente (each shows its own name, colours and contact details on the same path), and
    # per host: whether the page offers a choice of gemeente depends on it.
    gemeente = getattr(request, "gemeente", None)
    gemeente = f"{gemeente.slug if gemeente else ''}@{request.get_host()}"
    # "gz2": entries say whether their body is packed and when they expire (older ones do not).
    return f"paginacache:gz2:{_versies(ook)}:{gemeente}:{request.method}:{pad}"


def _mag_uit_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.user.is_authenticated
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _mag_in_cache(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and not isinstance(getattr(request, "_csp_nonce", None), str)  # the page holds a nonce
    )


def _bewaar(sleutel, response, inpakken=True) -> None:
    """A large body is kept packed (gzipbody): a city's calendar feed is megabytes. It is kept
    in this process's memory too (werkgeheugen): the key holds the versions it was made under."""
    headers = {name: response[name] for name in HEADERS if response.has_header(name)}
    content = response.content
    ingepakt = (
        inpakken
        and len(content) >= gzipbody.DREMPEL
        and not response.has_header("Content-Encoding")
    )
    if ingepakt:
        content = gzipbody.inpakken(content)
        patch_vary_headers(response, ("Accept-Encoding",))  # as the answers from the cache
    bewaard = (content, response["Content-Type"], headers, ingepakt, time.time() + TIMEOUT)
    cache.set(sleutel, bewaard, TIMEOUT)
    _ook_in_werkgeheugen(sleutel, bewaard)


def _ook_in_werkgeheugen(sleutel, bewaard) -> None:
    content, _content_type, _headers, ingepakt, verloopt = bewaard
    if ingepakt:  # only the large ones: the rest cost Redis little more than their key
        werkgeheugen.bewaar(sleutel, bewaard, len(content), verloopt)


def _gelezen(sleutel):
    """The entry from this process's memory, or else from Redis (then kept here too)."""
    bewaard = werkgeheugen.get(sleutel)
    if bewaard is None:
        bewaard = cache.get(sleutel)
        if bewaard is not None:
            _ook_in_werkgeheugen(sleutel, bewaard)
    return bewaard


def _uit_cache(request, bewaard) -> HttpResponse:
    content, content_type, headers, ingepakt, _verloopt = bewaard
    response = HttpResponse(content_type=content_type, headers=headers)
    if ingepakt:
        return gzipbody.vul(request, response, content)
    response.content = content
    return response


def publiek_gecachet(view=None, *, ook=(), invullen=None):
    """For views whose page is the same for every anonymous visitor of the same URL. `ook`:
    CacheVersies of rows only this page shows (so they need not renew every public page), e.g.
    `@publiek_gecachet(ook=[BIJEENKOMSTEN])`. `invullen(request, html) -> html`: fills in, on
    every request, what the page keeps a place holder for because it changes more often than
    the rest (a page with place holders is kept unpacked)."""
    if view is None:
        return lambda view: _gecachet(view, tuple(ook), invullen)
    return _gecachet(view, (), None)


def _gecachet(view, ook, invullen):
    vul = _ingevuld(invullen) if invullen else lambda request, response: response

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _mag_uit_cache(request):
            return vul(request, view(request, *args, **kwargs))
        sleutel = _sleutel(request, ook)
        bewaard = _gelezen(sleutel)
        if bewaard is None:
            with eenmaker.een_tegelijk(sleutel, lambda: _gelezen(sleutel)) as bewaard:
                if bewaard is None:
                    return vul(request, _gemaakt(request, sleutel, view, args, kwargs, invullen))
        return vul(request, _uit_cache(request, bewaard))

    return wrapper


def _gemaakt(request, sleutel, view, args, kwargs, invullen) -> HttpResponse:
    response = view(request, *args, **kwargs)
    if _mag_in_cache(request, response):
        _bewaar(sleutel, response, inpakken=invullen is None)
    return response


def _ingevuld(invullen):
    def vul(request, response):
        if response.status_code == 200 and not response.streaming:
            html = invullen(request, response.content.decode(response.charset))
            response.content = html.encode(response.charset)
        return response

    return vul
