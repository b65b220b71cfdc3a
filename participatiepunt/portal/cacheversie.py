"""Version numbers for caches of what pages are made from (issue 8), one mechanism for every
app. A CacheVersie counts the changes of a set of models: every save or delete of one of them
raises it, now (for whoever reads inside the same transaction, and tests, which never commit)
and again after commit (a cache filled in between from the old data is then outdated too). A
key that holds the version is out of date after any change. QuerySet.update() and bulk writes
send no signals: call gewijzigd() after them; the timeouts bound what is left."""

import time
from hashlib import sha256

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

TIMEOUT = 300
# Saves that change nothing any cached page shows (a login only stamps last_login).
ONZICHTBAAR = {frozenset({"last_login"})}


def _nieuw() -> int:
    # Not 1: after an eviction the count starts again, and must not meet entries of before.
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


class CacheVersie:
    def __init__(self, naam: str, labels: tuple[str, ...], telt_mee=None):
        """telt_mee(sender, instance, signal, **kwargs) -> bool, for changes that matter
        only sometimes; without it every change of the models counts."""
        self.sleutel = f"cacheversie:{naam}"
        self.labels = labels
        self.telt_mee = telt_mee

    def __call__(self) -> int:
        return cache.get_or_set(self.sleutel, _nieuw, timeout=None)

    def bewaard(self, naam: str, maak, timeout: int = TIMEOUT):
        """What maak() returns, cached under this version and name: made anew after a change."""
        sleutel = f"{self.sleutel}:{self()}:{sha256(naam.encode()).hexdigest()}"
        waarde = cache.get(sleutel)
        if waarde is None:
            waarde = maak()
            cache.set(sleutel, waarde, timeout)
        return waarde

    def ververs(self) -> None:
        try:
            cache.incr(self.sleutel)
        except ValueError:  # not there (evicted or never set)
            cache.set(self.sleutel, _nieuw(), timeout=None)

    def gewijzigd(self) -> None:
        """After a change: now and again after commit. For writes without signals too."""
        self.ververs()
        transaction.on_commit(self.ververs)

    def _ontvang(self, sender, instance=None, **kwargs) -> None:
        if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: once, after it
            return
        update_fields = kwargs.get("update_fields")
        if update_fields and frozenset(update_fields) in ONZICHTBAAR:
            return
        if self.telt_mee and not self.telt_mee(sender, instance, **kwargs):
            return
        self.gewijzigd()

    def verbind(self) -> None:
        """Once, from an AppConfig.ready(), so workers and commands invalidate too. Per model,
        not for every sender: a receiver for all would stop Django's fast bulk deletes."""
        for model in _modellen(self.labels):
            uid = f"{self.sleutel}:{model._meta.label}"
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(self._ontvang, sender=model, dispatch_uid=uid, weak=False)
