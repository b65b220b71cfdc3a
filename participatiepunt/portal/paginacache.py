"""Whole-page cache for anonymous visitors of public pages (issue 8: public pages at least as
fast as the framework's floor). Every saved or deleted object of an app that public pages show
bumps one version number after commit, so no visitor sees a page older than the last change;
the timeout only bounds what signals cannot see (QuerySet.update, a date that passes)."""

from functools import wraps
from hashlib import sha256

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

VERSIE_SLEUTEL = "paginacache:versie"
TIMEOUT = 300
APPS = {"initiatieven", "wijkafspraken", "reflectie", "gebieden", "accounts"}
# Saves that change nothing a public page shows (a login only stamps last_login).
ONZICHTBAAR = {frozenset({"last_login"})}
HEADERS = ("Content-Disposition",)


def versie() -> int:
    return cache.get_or_set(VERSIE_SLEUTEL, 1, timeout=None)


def ververs() -> None:
    """Every cached public page is out of date from now on."""
    try:
        cache.incr(VERSIE_SLEUTEL)
    except ValueError:  # not there (evicted or never set): any new value will do
        cache.set(VERSIE_SLEUTEL, 2, timeout=None)


def _sleutel(request) -> str:
    pad = sha256(request.get_full_path().encode()).hexdigest()
    return f"paginacache:{versie()}:{request.method}:{pad}"


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


def _bewaar(sleutel, response) -> None:
    headers = {name: response[name] for name in HEADERS if response.has_header(name)}
    cache.set(sleutel, (response.content, response["Content-Type"], headers), TIMEOUT)


def _uit_cache(bewaard) -> HttpResponse:
    content, content_type, headers = bewaard
    return HttpResponse(content, content_type=content_type, headers=headers)


def publiek_gecachet(view):
    """For views whose page is the same for every anonymous visitor of the same URL."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _mag_uit_cache(request):
            return view(request, *args, **kwargs)
        sleutel = _sleutel(request)
        bewaard = cache.get(sleutel)
        if bewaard is not None:
            return _uit_cache(bewaard)
        response = view(request, *args, **kwargs)
        if _mag_in_cache(request, response):
            _bewaar(sleutel, response)
        return response

    return wrapper


def _onzichtbaar(instance, update_fields) -> bool:
    """A save no public page shows: only last_login, or an object whose model says it is on
    no public page (`buiten_openbare_paginas`, e.g. a draft initiatief)."""
    if update_fields and frozenset(update_fields) in ONZICHTBAAR:
        return True
    return getattr(instance, "buiten_openbare_paginas", False)


def _gewijzigd(sender, **kwargs) -> None:
    if _onzichtbaar(kwargs.get("instance"), kwargs.get("update_fields")):
        return
    # Now, for whoever reads inside this transaction (and tests, which never commit), and again
    # after commit: a page rendered in between from the old data is then outdated too.
    ververs()
    transaction.on_commit(ververs)


def _modellen():
    for config in apps.get_app_configs():
        if config.label in APPS:
            for model in config.get_models():
                yield model
                yield from (f.remote_field.through for f in model._meta.local_many_to_many)


def verbind() -> None:
    """Called once from PortalConfig.ready(), so workers and commands invalidate too. Per
    model, not for every sender: a receiver for all would stop Django's fast bulk deletes."""
    for model in _modellen():
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(
                _gewijzigd, sender=model, dispatch_uid=f"paginacache-{model._meta.label}"
            )
