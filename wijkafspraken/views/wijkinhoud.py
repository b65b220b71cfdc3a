"""What the public wijk page shows next to the afspraken: live statuses and archetype texts
(the other apps add their sections through participatiepunt.gebieden.wijkpagina)."""

from django.utils import timezone

from ..models import Afspraak
from ..praatplaat import EDITIES


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
