"""Version numbers for caches of what pages are made from (issue 8), one mechanism for every
app. A CacheVersie counts the changes of a set of models: every save or delete of one of them
renews it, now (for whoever reads inside the same transaction, and tests, which never commit)
and again after commit (a cache filled in between from the old data is then outdated too).
Inside a transaction "now" waits until this thread next reads a version: only this thread's
connection sees the uncommitted change, so no one else can need it sooner, and a transaction
that reads nothing in between writes once, after commit. A
key that holds the version is out of date after any change. QuerySet.update() and bulk writes
send no signals: call gewijzigd() after them; the timeouts bound what is left.

Every version one change renews is written in one round trip (MSET), and after commit once per
transaction, however many rows it saved: submitting an initiative saves two rows that renew
three versions, which cost 18 round trips when each save counted for itself.

A version may also count per part (`deel`: e.g. per initiative, per owner), for caches of what
one part shows: a change renews only the part it concerns (deel(sender, instance) says which),
or the whole version when it concerns every part (ALLE: a wijk renamed, a path that no longer
leads anywhere). What is kept for a part holds the whole's version and the part's, so either
renewal makes it anew; a change of one initiative then leaves the others' caches alone."""

import threading
import time
from collections import defaultdict
from functools import reduce
from hashlib import sha256

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .rediscache import bij_herstel
from .werkgeheugen import werkgeheugen

TIMEOUT = 300
# A version outlives every entry kept under it (TIMEOUT) many times over; when it expires the
# next read makes a new one, and what was kept under the old one is made anew. Bounds the keys
# of the parts (one per initiative or owner ever read).
VERSIE_TIMEOUT = 24 * 3600
# Saves that change nothing any cached page shows (a login only stamps last_login).
ONZICHTBAAR = {frozenset({"last_login"})}
ALLE = None  # what deel() says of a change that concerns every part

_PER_MODEL = defaultdict(list)  # model -> the versions its changes renew
_NA_COMMIT = threading.local()  # the keys this thread's transaction renews after commit
_NU = threading.local()  # renewed inside this thread's transaction, not yet written
_ALLE = []  # every version: renewed when Redis is back (what changed meanwhile was not counted)


def _nieuw() -> int:
    # A new value rather than INCR: one command instead of EXISTS and INCR, and after an
    # eviction the version does not start again at a number that old entries still carry.
    return time.time_ns()


def _modellen(labels):
    """ "app.Model" is one model (auto-created m2m tables too); "app" is every model of the app
    with its m2m tables."""
    for label in labels:
        if "." in label:
            yield apps.get_model(label)
            continue
        for model in apps.get_app_config(label).get_models():
            yield model
            yield from (f.remote_field.through for f in model._meta.local_many_to_many)


def langs(paden: dict[str, str]):
    """A deel() declared as data: per model ("app.Model") the path from one of its rows to the
    part, e.g. "initiatief_id" or "mijlpaal.initiatief_id". A model it does not name, an m2m
    change, or a path that leads nowhere (a row of a cascaded delete) concerns every part."""

    def deel(sender, instance, **kwargs):
        pad = paden.get(sender._meta.label)
        if pad is None or kwargs.get("signal") is m2m_changed:
            return ALLE
        try:
            return reduce(getattr, pad.split("."), instance)
        except ObjectDoesNotExist:
            return ALLE

    return deel


def _zet(sleutels) -> None:
    nieuw = _nieuw()
    cache.set_many(dict.fromkeys(sleutels, nieuw), timeout=VERSIE_TIMEOUT)


def _na_herstel() -> None:
    _zet(versie.sleutel for versie in _ALLE)


bij_herstel(_na_herstel)


def _na_commit() -> None:
    _NU.sleutels = set()  # what it held is in _NA_COMMIT, or was rolled back
    _zet(_NA_COMMIT.sleutels)
    _NA_COMMIT.sleutels = set()


def _schrijf_nu() -> None:
    """Before this thread reads a version: what its transaction renewed so far."""
    sleutels = getattr(_NU, "sleutels", None)
    if sleutels:
        _NU.sleutels = set()
        _zet(sleutels)


def _wacht_op_commit(sleutels) -> None:
    """One callback per transaction renews all it changed. Whether it is still pending is read
    from Django's own list of (savepoint ids, callback, robust): a rolled-back savepoint or
    transaction drops its callbacks, and what they were to renew was undone with them."""
    connection = transaction.get_connection()
    if any(callback is _na_commit for _, callback, _ in connection.run_on_commit):
        _NA_COMMIT.sleutels.update(sleutels)
        return
    _NA_COMMIT.sleutels = set(sleutels)
    transaction.on_commit(_na_commit)


def vernieuw(sleutels) -> None:
    """After a change, the keys of the versions (or parts) it renews: now, and (inside a
    transaction) again after its commit."""
    if not sleutels:
        return
    if not transaction.get_connection().in_atomic_block:
        _zet(sleutels)
        return
    if not hasattr(_NU, "sleutels"):
        _NU.sleutels = set()
    _NU.sleutels.update(sleutels)
    _wacht_op_commit(sleutels)


def _ontvang(sender, instance=None, **kwargs) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: once, after it
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and frozenset(update_fields) in ONZICHTBAAR:
        return
    # What several versions would each look up about this change, looked up once (telt_mee
    # and deel get it as `samen`).
    kwargs["samen"] = {}
    versies = (v for v in _PER_MODEL[sender] if v.telt_mee_met(sender, instance, **kwargs))
    vernieuw({v.sleutel_van(v.deel_van(sender, instance, **kwargs)) for v in versies})


class CacheVersie:
    def __init__(self, naam: str, labels: tuple[str, ...], telt_mee=None, deel=None):
        """telt_mee(sender, instance, signal, **kwargs) -> bool, for changes that matter
        only sometimes; without it every change of the models counts. Both get `samen`, a
        dict of one change shared by the versions it is tested for (to look something up
        once). deel(sender, instance,
        signal, **kwargs) -> the part a change concerns, or ALLE (see langs()); without it
        the version counts only as a whole."""
        self.sleutel = f"cacheversie:{naam}"
        self.labels = labels
        self.telt_mee = telt_mee
        self.deel = deel
        _ALLE.append(self)

    def __call__(self) -> int:
        _schrijf_nu()
        return cache.get_or_set(self.sleutel, _nieuw, timeout=VERSIE_TIMEOUT)

    def bewaard(self, naam: str, maak, timeout: int = TIMEOUT, geldig=None, deel=ALLE):
        """What maak() returns, cached under this name with the version it was made under: made
        anew after a change, and when geldig(waarde) says a kept one no longer holds (what
        changes with the clock). `deel`: what is kept shows only this part, and only the
        changes of this part (and those of every part) make it anew. The versions and the entry
        are read in one round trip."""
        return self.lees([naam], deel=deel).bewaard(naam, maak, timeout, geldig)

    def bewaard_groot(self, naam: str, maak, timeout: int = TIMEOUT, deel=ALLE) -> bytes:
        """As bewaard, for bytes of hundreds of KB that many requests read (a city's calendar
        feed): kept in this process's memory too (werkgeheugen), under the versions it was made
        under, so a request reads only the versions from Redis; the value only when this
        process does not hold it for these versions yet (then a round trip more)."""
        sleutel = self._bewaarsleutel(naam, deel)
        stand = self.stand(deel)
        waarde = werkgeheugen.get((sleutel, stand))
        if waarde is not None:
            return waarde
        bewaard = cache.get(sleutel)
        # (versions, value, when it expires): an entry of bewaard() has no third part
        if bewaard is not None and len(bewaard) == 3 and bewaard[0] == stand:
            _, waarde, verloopt = bewaard
        else:
            waarde, verloopt = maak(), time.time() + timeout
            cache.set(sleutel, (stand, waarde, verloopt), timeout)
        werkgeheugen.bewaar((sleutel, stand), waarde, len(waarde), verloopt)
        return waarde

    def lees(self, namen, deel=ALLE) -> "Gelezen":
        """What is kept under several names (of one part), read with the versions in one round
        trip: a page that keeps two things (one deciding which of the other it shows) asks
        Redis once, then takes each with Gelezen.bewaard."""
        sleutels = {naam: self._bewaarsleutel(naam, deel) for naam in namen}
        stand, gevonden = _lees(self._sleutels(deel), samen_met=list(sleutels.values()))
        return Gelezen(sleutels, stand, gevonden)

    def _bewaarsleutel(self, naam: str, deel) -> str:
        return f"{self.sleutel}:{sha256(f'{naam}@{deel}'.encode()).hexdigest()}"

    def stand(self, deel=ALLE) -> tuple[int, ...]:
        """The versions what is kept for this part (or the whole) is made under."""
        return _lees(self._sleutels(deel))[0]

    def gewijzigd(self, deel=ALLE) -> None:
        """For writes without signals: of one part, or of every part."""
        vernieuw([self.sleutel_van(deel)])

    def telt_mee_met(self, sender, instance, **kwargs) -> bool:
        return self.telt_mee is None or self.telt_mee(sender, instance, **kwargs)

    def deel_van(self, sender, instance, **kwargs):
        return ALLE if self.deel is None else self.deel(sender, instance, **kwargs)

    def sleutel_van(self, deel) -> str:
        """The key of one part's version, or of the whole (ALLE)."""
        return self.sleutel if deel is ALLE else f"{self.sleutel}:deel:{deel}"

    def _sleutels(self, deel) -> list[str]:
        return [self.sleutel] if deel is ALLE else [self.sleutel, self.sleutel_van(deel)]

    def verbind(self) -> None:
        """Once, from an AppConfig.ready(), so workers and commands invalidate too. Per model,
        not for every sender: a receiver for all would stop Django's fast bulk deletes."""
        for model in _modellen(self.labels):
            if self in _PER_MODEL[model]:
                continue
            _PER_MODEL[model].append(self)
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(_ontvang, sender=model, dispatch_uid="cacheversie", weak=False)


class Gelezen:
    """What CacheVersie.lees found under its names, with the versions it read."""

    def __init__(self, sleutels: dict[str, str], stand: tuple[int, ...], gevonden: dict):
        self.sleutels, self.stand, self.gevonden = sleutels, stand, gevonden

    def bewaard(self, naam: str, maak, timeout: int = TIMEOUT, geldig=None):
        """As CacheVersie.bewaard, for one of the names read (no round trip when it is kept)."""
        sleutel = self.sleutels[naam]
        bewaard = self.gevonden.get(sleutel)
        gaat_mee = bewaard is not None and bewaard[0] == self.stand
        if gaat_mee and (geldig is None or geldig(bewaard[1])):
            return bewaard[1]
        waarde = maak()
        cache.set(sleutel, (self.stand, waarde), timeout)
        return waarde


def _lees(sleutels, samen_met=()) -> tuple[tuple[int, ...], dict]:
    """The versions of these keys in one round trip, with the keys samen_met read along: (the
    versions in order, what of samen_met the cache holds). A missing version gets a new value:
    any new value is a version no cached entry carries."""
    _schrijf_nu()
    gevonden = cache.get_many([*sleutels, *samen_met]) if sleutels or samen_met else {}
    nieuw = {sleutel: _nieuw() for sleutel in sleutels if sleutel not in gevonden}
    if nieuw:
        cache.set_many(nieuw, timeout=VERSIE_TIMEOUT)
    waarden = gevonden | nieuw
    return tuple(waarden[sleutel] for sleutel in sleutels), {
        sleutel: gevonden[sleutel] for sleutel in samen_met if sleutel in gevonden
    }


def huidige(versies, samen_met=()) -> tuple[dict[CacheVersie, int], dict]:
    """Several whole versions in one round trip (a page that reads many, the werkvoorraad),
    with the keys samen_met read along: (the versions, what of samen_met the cache holds)."""
    versies = list(versies)
    stand, gevonden = _lees([versie.sleutel for versie in versies], samen_met)
    return dict(zip(versies, stand, strict=True)), gevonden
