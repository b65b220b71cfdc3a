"""Version numbers of reflectie's data, for caches of what is made from it (issue 8). A version
counts the changes of a set of models: every save or delete of one of them raises it, now (for
whoever reads inside the same transaction, and tests, which never commit) and again after
commit (a cache filled in between from the old data is then outdated too). A key that holds
the version is out of date after any change. QuerySet.update() and bulk writes send no
signals: the timeouts of the caches bound those."""

import time
from hashlib import sha256

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save


def _nieuw() -> int:
    # Not 1: after an eviction the count starts again, and must not meet entries of before.
    return time.time_ns()


class Versie:
    def __init__(self, naam: str, modellen: tuple[str, ...], alleen_als=None):
        """modellen: labels ("app.Model"); alleen_als: {label: function(instance, **kwargs of
        post_save) -> bool} for models whose saves matter only sometimes; deletes always do."""
        self.sleutel = f"reflectie:versie:{naam}"
        self.modellen = modellen
        self.alleen_als = alleen_als or {}

    def __call__(self) -> int:
        return cache.get_or_set(self.sleutel, _nieuw, timeout=None)

    def bewaard(self, naam: str, maak, timeout: int = 300):
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

    def _gewijzigd(self, sender, instance=None, **kwargs) -> None:
        if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed: once, after it
            return
        voorwaarde = self.alleen_als.get(sender._meta.label)
        if voorwaarde and kwargs.get("signal") is post_save and not voorwaarde(instance, **kwargs):
            return
        self.gewijzigd()

    def gewijzigd(self) -> None:
        """After a change: now and again after commit. For writes without signals too."""
        self.ververs()
        transaction.on_commit(self.ververs)

    def verbind(self) -> None:
        """Called once from ReflectieConfig.ready(), so workers and commands invalidate too."""
        for label in self.modellen:
            model = apps.get_model(label)
            for signal in (post_save, post_delete, m2m_changed):
                uid = f"{self.sleutel}:{label}"
                signal.connect(self._gewijzigd, sender=model, dispatch_uid=uid, weak=False)


def _op_een_agenda(initiatief, created=False, **kwargs) -> bool:
    """A new initiative is on no agenda yet; a changed one matters only if it is (its title
    is shown). Saving initiatives is frequent, an initiative on an agenda rare."""
    if created:
        return False
    Agendapunt = apps.get_model("reflectie", "Agendapunt")
    return Agendapunt.objects.filter(initiatief_id=initiatief.pk).exists()


# The calendar feeds and the session lists: sessions, who is invited, the wijk's name.
SESSIES = Versie(
    "sessies",
    (
        "reflectie.Sessie", "reflectie.GroepUitnodiging", "reflectie.Sessie_genodigden",
        "gebieden.Wijk",
    ),
)  # fmt: skip
# The griffie overview: sessions with their agendas, versions and what the items are about.
AGENDAS = Versie(
    "agendas",
    (
        "reflectie.Sessie", "gebieden.Wijk", "reflectie.Agendapunt", "reflectie.AgendaVersie",
        "reflectie.Onderwerp", "initiatieven.Initiatief", "wijkafspraken.Praatplaat",
    ),
    alleen_als={"initiatieven.Initiatief": _op_een_agenda},
)  # fmt: skip


def verbind() -> None:
    SESSIES.verbind()
    AGENDAS.verbind()
