"""The next expected step of a followed object, as its app defines it:
Initiatief.volgende_stap() and wijkafspraken.services.volgende_stap(wijk), each returning
(omschrijving, datum | None). Objects that are finished get no heartbeat (None)."""

from importlib import import_module

from django.db.models import Model

GEEN_STAP_WIJK = "Er is nog geen volgende stap gepland voor de afspraken van deze wijk of dit dorp"
CHUNK = 1000


def _initiatief_stap(initiatief):
    from initiatieven.workflow import OPEN_STATUSSEN

    if initiatief.status not in OPEN_STATUSSEN:
        return None
    return initiatief.volgende_stap()


def wijk_stap(wijk):
    try:
        services = import_module("wijkafspraken.services")
    except ModuleNotFoundError as error:
        if error.name != "wijkafspraken.services":
            raise
        return GEEN_STAP_WIJK, None
    if not hasattr(services, "volgende_stap"):
        return GEEN_STAP_WIJK, None
    return services.volgende_stap(wijk)


# Model label -> (related data to load with it, the function giving the next step).
BRONNEN = {
    "initiatieven.initiatief": (("mijlpalen",), _initiatief_stap),
    "gebieden.wijk": ((), wijk_stap),
}


def _bron(model: type[Model]):
    if model._meta.label_lower in BRONNEN:
        return BRONNEN[model._meta.label_lower]
    return (), lambda onderwerp: onderwerp.volgende_stap()


def volgende_stappen(model: type[Model], ids):
    """(object, (omschrijving, datum)) per object that is still under way; loaded in chunks."""
    prefetch, stap_van = _bron(model)
    for start in range(0, len(ids), CHUNK):
        objecten = model._default_manager.filter(pk__in=ids[start : start + CHUNK])
        for onderwerp in objecten.prefetch_related(*prefetch):
            stap = stap_van(onderwerp)
            if stap is not None:
                yield onderwerp, stap
