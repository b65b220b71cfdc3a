"""Writing the outbox rows of one event: one query for the followers, one for their
preferences, then bulk inserts in batches."""

from itertools import islice

from django.conf import settings
from django.db.models import Q

from . import volgen, voorkeuren
from .models import Melding, Reden


def schrijf_meldingen(gebeurtenis, objecten, ontvangers) -> int:
    # A deleted (anonymised, inactive) account hears nothing, not even what is verplicht.
    direct = {gebruiker.pk for gebruiker in ontvangers if gebruiker and gebruiker.is_active}
    volgers = volgen.volgers_van(objecten)
    filter_ = Q(gebruiker_id__in=volgers) | Q(gebruiker_id__in=direct)
    gekozen = voorkeuren.keuzes(gebeurtenis.soort, filter_)
    standaard = voorkeuren.standaard(gebeurtenis.soort)
    rijen = _rijen(gebeurtenis, direct, volgers.iterator(chunk_size=5000), gekozen, standaard)
    return _bulk_insert(rijen)


def _rijen(gebeurtenis, direct, volger_ids, gekozen, standaard):
    for gebruiker_id in direct:
        keuze = gekozen.get(gebruiker_id, standaard)
        if gebeurtenis.verplicht:
            keuze = voorkeuren.VERPLICHT
        if not keuze.niets:
            yield _melding(gebeurtenis, gebruiker_id, keuze, Reden.ONTVANGER)
    for gebruiker_id in volger_ids:
        keuze = gekozen.get(gebruiker_id, standaard)
        if gebruiker_id not in direct and not keuze.niets:
            yield _melding(gebeurtenis, gebruiker_id, keuze, Reden.VOLGER)


def _melding(gebeurtenis, gebruiker_id, keuze, reden):
    return Melding(
        gebeurtenis=gebeurtenis,
        ontvanger_id=gebruiker_id,
        reden=reden,
        email=keuze.email,
        in_portaal=keuze.portaal,
        aangemaakt_op=gebeurtenis.aangemaakt_op,
        ingepland_op=gebeurtenis.aangemaakt_op,
    )


def _bulk_insert(rijen) -> int:
    totaal = 0
    while batch := list(islice(rijen, settings.MELDINGEN_SCHRIJF_BATCH)):
        Melding.objects.bulk_create(batch)
        totaal += len(batch)
    return totaal
