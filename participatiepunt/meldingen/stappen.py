"""The next expected step of a followed object, as its app declares it (volgen.Volgbaar):
(omschrijving, datum | None). Objects that are finished get no heartbeat (None)."""

from django.db.models import Model

from .volgen import volgbaar

CHUNK = 1000


def volgende_stap(onderwerp):
    return volgbaar()[onderwerp._meta.label_lower].volgende_stap(onderwerp)


def volgende_stappen(model: type[Model], ids):
    """(object, (omschrijving, datum)) per object that is still under way; loaded in chunks."""
    bron = volgbaar()[model._meta.label_lower]
    for start in range(0, len(ids), CHUNK):
        objecten = model._default_manager.filter(pk__in=ids[start : start + CHUNK])
        for onderwerp in objecten.prefetch_related(*bron.laden):
            stap = bron.volgende_stap(onderwerp)
            if stap is not None:
                yield onderwerp, stap
