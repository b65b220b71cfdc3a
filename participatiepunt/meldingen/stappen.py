"""The next expected step of a followed object, as its app declares it (volgen.Volgbaar):
(omschrijving, datum | None). Objects that are finished get no heartbeat (None)."""

from django.db.models import Model

from .volgen import volgbaar

CHUNK = 1000


def volgende_stap(onderwerp):
    """One object's next step (None once it is finished), loaded as the heartbeat loads it."""
    stappen = volgende_stappen(type(onderwerp), [onderwerp.pk])
    return next((stap for _, stap in stappen), None)


def volgende_stappen(model: type[Model], ids):
    """(object, (omschrijving, datum)) per object that is still under way; loaded in chunks."""
    bron = volgbaar()[model._meta.label_lower]
    for start in range(0, len(ids), CHUNK):
        for onderwerp in _geladen(bron, model, ids[start : start + CHUNK]):
            stap = bron.volgende_stap(onderwerp)
            if stap is not None:
                yield onderwerp, stap


def _geladen(bron, model, ids):
    return bron.laden(model._default_manager.filter(pk__in=ids))
