"""The body of a calendar feed, cached per circle of readers (issue 8: a calendar client asks for
the whole feed every hour, and every griffie member's feed is the same 860 sessions).

The key holds a version that every saved or deleted session, group invitation, personal
invitation or wijk raises, now and again after commit; and who reads: everyone who sees all
sessions shares one body, anyone else has their own (their invitations and groups). The
timeout bounds what signals cannot see (QuerySet.update, the window of the last month moving)."""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from participatiepunt.gebieden.models import Wijk

from . import ical
from .choices import groepen_van
from .models import GroepUitnodiging, Sessie
from .rules import ziet_alle_sessies

VERSIE_SLEUTEL = "reflectie:feed:versie"
TIMEOUT = 300
PERSOONLIJK = "Mijn sessies – Participatiepunt"
OPENBAAR = "Openbare reflectiesessies – Participatiepunt"


def _nieuwe_versie() -> int:
    # Not 1: after an eviction the count starts again, and must not meet bodies of before.
    return time.time_ns()


def versie() -> int:
    return cache.get_or_set(VERSIE_SLEUTEL, _nieuwe_versie, timeout=None)


def ververs() -> None:
    """Every cached feed is out of date from now on."""
    try:
        cache.incr(VERSIE_SLEUTEL)
    except ValueError:  # not there (evicted or never set)
        cache.set(VERSIE_SLEUTEL, _nieuwe_versie(), timeout=None)


def _gecachet(kring: str, maak) -> bytes:
    sleutel = f"reflectie:feed:{versie()}:{kring}"
    inhoud = cache.get(sleutel)
    if inhoud is None:
        inhoud = maak()
        cache.set(sleutel, inhoud, TIMEOUT)
    return inhoud


def _kring(user) -> str:
    if ziet_alle_sessies(user):
        return "alle"
    return f"gebruiker-{user.pk}-{'.'.join(groepen_van(user))}"


def persoonlijk(user) -> bytes:
    return _gecachet(_kring(user), lambda: ical.feed(ical.sessies_voor(user), PERSOONLIJK))


def openbaar() -> bytes:
    return _gecachet("openbaar", lambda: ical.feed(ical.openbare_sessies(), OPENBAAR))


def _gewijzigd(sender, **kwargs) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: once, after the change
        return
    # Now, for whoever reads inside this transaction (and tests, which never commit), and again
    # after commit: a feed made in between from the old data is then outdated too.
    ververs()
    transaction.on_commit(ververs)


def verbind() -> None:
    """Called once from ReflectieConfig.ready(), so workers and commands invalidate too."""
    for model in (Sessie, GroepUitnodiging, Sessie.genodigden.through, Wijk):
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(
                _gewijzigd, sender=model, dispatch_uid=f"reflectie-feed-{model._meta.label}"
            )
