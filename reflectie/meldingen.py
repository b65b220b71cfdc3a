"""What the notifications app needs from reflectie: its kinds and the session reminders
(found by participatiepunt.discovery)."""

from django.utils import formats, timezone

from participatiepunt.meldingen.herinneringen import Regel, wanneer
from participatiepunt.meldingen.kinds import Soort

from . import ical

SOORTEN = [
    Soort("sessie.gepland", "U bent uitgenodigd voor een sessie"),
    Soort("sessie.agenda", "De agenda van een sessie is gepubliceerd"),
    Soort("sessie.verplaatst", "Een sessie is verplaatst"),
    Soort("sessie.geannuleerd", "Een sessie is geannuleerd"),
    Soort("sessie.herinnering", "Herinnering aan een sessie"),
    Soort("onderwerp.besluit", "Besluit over een onderwerp dat u voorstelde"),
]


def _sessies(qs):
    return qs.actief()


def _sessie_melding(sessie, dagen):
    start = timezone.localtime(sessie.start)
    return {
        "soort": "sessie.herinnering",
        "onderwerp": sessie,
        "titel": f"Herinnering: {sessie.titel} is {wanneer(dagen)}",
        "url": sessie.get_absolute_url(),
        "tekst": f"{formats.date_format(start, 'l j F Y')} om {start:%H:%M} uur, {sessie.locatie}.",
        "ontvangers": list(sessie.genodigde_gebruikers()),
    }


HERINNERINGEN = [
    Regel(
        model="reflectie.Sessie",
        datum_veld="start",
        dagen_setting="MELDINGEN_SESSIE_DAGEN",
        selectie=_sessies,
        melding=_sessie_melding,
    ),
]

# Sessions are not followed: invitees hear of every change.
VOLGBAAR = []


def _agenda_item(gebeurtenis):
    """An invitation, move or cancellation carries the session as an .ics for the calendar."""
    sessie = ical.sessie_voor_uitnodiging(gebeurtenis.object_id)
    if sessie is None:
        return []
    return [lambda ontvanger: ical.uitnodiging(sessie, ontvanger.email)]


BIJLAGEN = dict.fromkeys(
    ("sessie.gepland", "sessie.verplaatst", "sessie.geannuleerd"), _agenda_item
)
