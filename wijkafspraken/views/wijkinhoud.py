"""What the public wijk page shows next to the afspraken: live statuses, archetype texts, and the
wijk's public initiatives and reflection sessions (a bounded number each, one query each)."""

from django.utils import timezone

from initiatieven.models import Initiatief
from reflectie.models import Sessie

from ..models import Afspraak
from ..praatplaat import EDITIES

MAX_GEKOPPELD = 10


def afspraken_met_status(versie) -> list[dict]:
    """The vastgestelde afspraken with their current status (progress needs no new version)."""
    ids = [a["id"] for a in versie.inhoud.get("afspraken", [])]
    live = {a.pk: a for a in Afspraak.objects.filter(pk__in=ids)}
    vandaag = timezone.localdate().isoformat()
    regels = []
    for afspraak in versie.inhoud.get("afspraken", []):
        huidig = live.get(afspraak["id"])
        status = huidig.get_status_display() if huidig else afspraak["status"]
        te_laat = bool(huidig and huidig.is_lopend and afspraak["wanneer"] < vandaag)
        regels.append({**afspraak, "status": status, "te_laat": te_laat})
    return regels


def archetypen(versie) -> list[dict]:
    editie = EDITIES.get(versie.inhoud.get("editie"))
    regels = []
    for keuze in versie.inhoud.get("archetypen", []):
        archetype = editie.archetype(keuze["archetype"]) if editie else None
        beschrijving = archetype.beschrijving if archetype else ""
        regels.append({**keuze, "beschrijving": beschrijving})
    return regels


def gekoppeld(wijk) -> dict:
    initiatieven = Initiatief.objects.openbaar().filter(wijk=wijk).order_by("-aangemaakt_op")
    sessies = Sessie.objects.filter(wijk=wijk, openbaar=True).actief().order_by("-start")
    return {
        "initiatieven": list(initiatieven[:MAX_GEKOPPELD]),
        "sessies": list(sessies[:MAX_GEKOPPELD]),
    }
