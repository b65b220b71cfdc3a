"""What the notifications app needs from bijeenkomsten (found by participatiepunt.discovery):
its kinds, the reminder the day before, and the .ics on that reminder."""

from django.utils import formats, timezone

from participatiepunt.meldingen.herinneringen import Regel, wanneer
from participatiepunt.meldingen.kinds import Soort

from . import ical, mails
from .models import Bijeenkomst, Mailsoort, Status

SOORTEN = [
    Soort("bijeenkomst.in_de_wijk", "Een bijeenkomst in een wijk of dorp dat u volgt"),
    Soort("bijeenkomst.herinnering", "Herinnering aan een bijeenkomst waarvoor u bent aangemeld"),
]


def _komend(qs):
    return qs.filter(geannuleerd=False)


def _herinnering(bijeenkomst, dagen):
    """Participants with an account hear it as a notification (their preferences count);
    those who signed up with only an address get the same reminder as a mail of their own,
    queued here in the same transaction, so the reminder's row guards both."""
    deelnemers = bijeenkomst.aanmeldingen.filter(
        status=Status.GEPLAATST, bevestigd_op__isnull=False
    ).select_related("gebruiker")
    accounts = []
    for aanmelding in deelnemers:
        if aanmelding.gebruiker_id:
            accounts.append(aanmelding.gebruiker)
        else:
            mails.plan(aanmelding, Mailsoort.HERINNERING)
    start = timezone.localtime(bijeenkomst.start)
    return {
        "soort": "bijeenkomst.herinnering",
        "onderwerp": bijeenkomst,
        "titel": f"Herinnering: {bijeenkomst.titel} is {wanneer(dagen)}",
        "url": bijeenkomst.get_absolute_url(),
        "tekst": f"{formats.date_format(start, 'l j F Y')} om {start:%H:%M} uur, "
        f"{bijeenkomst.locatie}.",
        "ontvangers": accounts,
    }


HERINNERINGEN = [
    Regel(
        model="bijeenkomsten.Bijeenkomst",
        datum_veld="start",
        dagen_setting="BIJEENKOMST_HERINNERING_DAGEN",
        standaard_dagen=(1,),
        selectie=_komend,
        melding=_herinnering,
    ),
]

VOLGBAAR = []


def _agenda_item(gebeurtenis):
    bijeenkomst = Bijeenkomst.objects.filter(pk=gebeurtenis.object_id).first()
    if bijeenkomst is None:
        return []
    deel = ical.agenda_item(bijeenkomst)
    return [lambda ontvanger: deel]


BIJLAGEN = dict.fromkeys(("bijeenkomst.herinnering", "bijeenkomst.in_de_wijk"), _agenda_item)
