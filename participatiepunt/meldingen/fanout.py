"""Writing the outbox rows of one event: one query for the followers with their preference,
one for the preferences of direct recipients only when they have a choice (not verplicht),
then bulk inserts in batches."""

from itertools import chain, islice

from django.conf import settings

from . import volgen, voorkeuren
from .models import Melding, Reden


def schrijf_meldingen(gebeurtenis, objecten, ontvangers) -> int:
    """Returns the number of followers found (whatever their preference)."""
    # A deleted (anonymised, inactive) account hears nothing, not even what is verplicht.
    direct = {gebruiker.pk for gebruiker in ontvangers if gebruiker and gebruiker.is_active}
    volgers = volgen.volgers_met_keuze(objecten, gebeurtenis.soort)
    rijen = chain(_aan_ontvangers(gebeurtenis, direct), _aan_volgers(gebeurtenis, direct, volgers))
    _bulk_insert(rijen)
    return len(volgers)


def _keuzes_van_ontvangers(gebeurtenis, direct):
    if gebeurtenis.verplicht:
        return dict.fromkeys(direct, voorkeuren.VERPLICHT)
    gekozen = voorkeuren.keuzes(gebeurtenis.soort, direct)
    standaard = voorkeuren.standaard(gebeurtenis.soort)
    return {gebruiker_id: gekozen.get(gebruiker_id, standaard) for gebruiker_id in direct}


def _aan_ontvangers(gebeurtenis, direct):
    for gebruiker_id, keuze in _keuzes_van_ontvangers(gebeurtenis, direct).items():
        if not keuze.niets:
            yield _melding(gebeurtenis, gebruiker_id, keuze, Reden.ONTVANGER)


def _aan_volgers(gebeurtenis, direct, volgers):
    standaard = voorkeuren.standaard(gebeurtenis.soort)
    for gebruiker_id, email, portaal in volgers:
        keuze = standaard if email is None else voorkeuren.Keuze(email, portaal)
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


def _bulk_insert(rijen) -> None:
    while batch := list(islice(rijen, settings.MELDINGEN_SCHRIJF_BATCH)):
        Melding.objects.bulk_create(batch)
