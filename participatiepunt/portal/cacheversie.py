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
three versions, which cost 18 round trips when each save counted for itself."""

import threading
import time
from collections import defaultdict
from hashlib import sha256

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .rediscache import bij_herstel

TIMEOUT = 300
# Saves that change nothing any cached page shows (a login only stamps last_login).
ONZICHTBAAR = {frozenset({"last_login"})}

_PER_MODEL = defaultdict(list)  # model -> the versions its changes renew
_NA_COMMIT = threading.local()  # the versions this thread's transaction renews after commit
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


def _zet(versies) -> None:
    nieuw = _nieuw()
    cache.set_many({versie.sleutel: nieuw for versie in versies}, timeout=None)


def _na_herstel() -> None:
    _zet(_ALLE)


bij_herstel(_na_herstel)


def _na_commit() -> None:
    _NU.versies = set()  # what it held is in _NA_COMMIT, or was rolled back
    _zet(_NA_COMMIT.versies)
    _NA_COMMIT.versies = set()


def _schrijf_nu() -> None:
    """Before this thread reads a version: what its transaction renewed so far."""
    versies = getattr(_NU, "versies", None)
    if versies:
        _NU.versies = set()
        _zet(versies)


def _wacht_op_commit(versies) -> None:
    """One callback per transaction renews all it changed. Whether it is still pending is read
    from Django's own list of (savepoint ids, callback, robust): a rolled-back savepoint or
    transaction drops its callbacks, and what they were to renew was undone with them."""
    connection = transaction.get_connection()
    if any(callback is _na_commit for _, callback, _ in connection.run_on_commit):
        _NA_COMMIT.versies.update(versies)
        return
    _NA_COMMIT.versies = set(versies)
    transaction.on_commit(_na_commit)


def vernieuw(versies) -> None:
    """After a change: now, and (inside a transaction) again after its commit."""
    if not versies:
        return
    if not transaction.get_connection().in_atomic_block:
        _zet(versies)
        return
    if not hasattr(_NU, "versies"):
        _NU.versies = set()
    _NU.versies.update(versies)
    _wacht_op_commit(versies)


def _ontvang(sender, instance=None, **kwargs) -> None:
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: once, after it
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and frozenset(update_fields) in ONZICHTBAAR:
        return
    vernieuw([v for v in _PER_MODEL[sender] if v.telt_mee_met(sender, instance, **kwargs)])


class CacheVersie:
    def __init__(self, naam: str, labels: tuple[str, ...], telt_mee=None):
        """telt_mee(sender, instance, signal, **kwargs) -> bool, for changes that matter
        only sometimes; without it every change of the models counts."""
        self.sleutel = f"cacheversie:{naam}"
        self.labels = labels
        self.telt_mee = telt_mee
        _ALLE.append(self)

    def __call__(self) -> int:
        _schrijf_nu()
        return cache.get_or_set(self.sleutel, _nieuw, timeout=None)

    def bewaard(self, naam: str, maak, timeout: int = TIMEOUT, geldig=None):
        """What maak() returns, cached under this name with the version it was made under: made
        anew after a change, and when geldig(waarde) says a kept one no longer holds (what
        changes with the clock). The version and the entry are read in one round trip."""
        sleutel = f"{self.sleutel}:{sha256(naam.encode()).hexdigest()}"
        versies, gevonden = huidige([self], samen_met=[sleutel])
        versie, bewaard = versies[self], gevonden.get(sleutel)
        gaat_mee = bewaard is not None and bewaard[0] == versie
        if gaat_mee and (geldig is None or geldig(bewaard[1])):
            return bewaard[1]
        waarde = maak()
        cache.set(sleutel, (versie, waarde), timeout)
        return waarde

    def gewijzigd(self) -> None:
        """For writes without signals."""
        vernieuw([self])

    def telt_mee_met(self, sender, instance, **kwargs) -> bool:
        return self.telt_mee is None or self.telt_mee(sender, instance, **kwargs)

    def verbind(self) -> None:
        """Once, from an AppConfig.ready(), so workers and commands invalidate too. Per model,
        not for every sender: a receiver for all would stop Django's fast bulk deletes."""
        for model in _modellen(self.labels):
            if self in _PER_MODEL[model]:
                continue
            _PER_MODEL[model].append(self)
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(_ontvang, sender=model, dispatch_uid="cacheversie", weak=False)


def huidige(versies, samen_met=()) -> tuple[dict[CacheVersie, int], dict]:
    """Several versions in one round trip (a page that reads many, the werkvoorraad), with the
    keys samen_met read along: (the versions, what of samen_met the cache holds). A missing
    version gets a new value: any new value is a version no cached entry carries."""
    _schrijf_nu()
    sleutels = [versie.sleutel for versie in versies] + list(samen_met)
    gevonden = cache.get_many(sleutels) if sleutels else {}
    nieuw = {versie.sleutel: _nieuw() for versie in versies if versie.sleutel not in gevonden}
    if nieuw:
        cache.set_many(nieuw, timeout=None)
    waarden = gevonden | nieuw
    return {versie: waarden.pop(versie.sleutel) for versie in versies}, waarden
