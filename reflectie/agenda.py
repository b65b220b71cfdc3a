"""The agenda of a session: publishing freezes a numbered version (a snapshot); changes made
after that are compared with the last published version so everyone sees what is new."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from . import notify
from .caches import AGENDAS
from .models import Agendapunt, AgendaVersie

VELDEN = {"titel": "titel", "duur": "duur", "toelichting": "toelichting", "casus": "casus"}
VELDEN |= {"onderwerp": "onderwerp", "documenten": "documenten"}


def punten(sessie):
    return (
        Agendapunt.objects.filter(sessie=sessie)
        .select_related("onderwerp", "initiatief", "praatplaat__wijk")
        .prefetch_related("documenten")
    )


def casus(punt):
    return punt.initiatief or punt.praatplaat


def als_dict(punt) -> dict:
    gekoppeld = casus(punt)
    return {
        "id": punt.pk,
        "titel": punt.titel,
        "duur": punt.duur,
        "toelichting": punt.toelichting,
        "onderwerp": str(punt.onderwerp or ""),
        "casus": str(gekoppeld or ""),
        "casus_url": gekoppeld.get_absolute_url() if gekoppeld else "",
        "documenten": [{"titel": d.titel, "url": d.url} for d in punt.documenten.all()],
    }


def snapshot(sessie) -> list[dict]:
    return [als_dict(punt) for punt in punten(sessie)]


def laatste_versie(sessie):
    return AgendaVersie.objects.filter(sessie=sessie).order_by("-nummer").first()


@transaction.atomic
def publiceer(sessie, door) -> AgendaVersie:
    hoogste = sessie.agendaversies.aggregate(n=Max("nummer"))["n"] or 0
    versie = AgendaVersie.objects.create(
        sessie=sessie, nummer=hoogste + 1, inhoud=snapshot(sessie), gepubliceerd_door=door
    )
    sessie.save(update_fields=[])  # the calendar entry's description changes: a new SEQUENCE
    notify.agenda_gepubliceerd(sessie, versie)
    return versie


@dataclass
class Wijzigingen:
    """What changed since the published version: per current item id a short label."""

    per_punt: dict = field(default_factory=dict)
    verwijderd: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.per_punt or self.verwijderd)


def _verschil(nu: dict, toen: dict) -> list[str]:
    return [label for key, label in VELDEN.items() if nu.get(key) != toen.get(key)]


def wijzigingen(huidig: list[dict], versie) -> Wijzigingen:
    if versie is None:
        return Wijzigingen()
    gepubliceerd = {punt["id"]: (positie, punt) for positie, punt in enumerate(versie.inhoud)}
    resultaat = Wijzigingen()
    for positie, punt in enumerate(huidig):
        if punt["id"] not in gepubliceerd:
            resultaat.per_punt[punt["id"]] = "nieuw"
            continue
        oude_positie, oud = gepubliceerd[punt["id"]]
        velden = _verschil(punt, oud)
        if velden:
            resultaat.per_punt[punt["id"]] = "gewijzigd: " + ", ".join(velden)
        elif oude_positie != positie:
            resultaat.per_punt[punt["id"]] = "andere plek op de agenda"
    huidige_ids = {punt["id"] for punt in huidig}
    resultaat.verwijderd = [p for p in versie.inhoud if p["id"] not in huidige_ids]
    return resultaat


def met_tijden(sessie, items: list[dict]) -> list[dict]:
    """Each item with its planned start time, counting the durations from the session start."""
    tijd = timezone.localtime(sessie.start)
    uit = []
    for item in items:
        uit.append({**item, "begint": tijd})
        tijd += datetime.timedelta(minutes=item["duur"])
    return uit


def volgende_volgorde(sessie) -> int:
    return (sessie.agendapunten.aggregate(n=Max("volgorde"))["n"] or 0) + 1


@transaction.atomic
def schuif(punt, omhoog: bool) -> None:
    """Swap an item with its neighbour above or below."""
    lijst = list(punt.sessie.agendapunten.order_by("volgorde", "pk"))
    index = next(i for i, p in enumerate(lijst) if p.pk == punt.pk)
    buur = index - 1 if omhoog else index + 1
    if 0 <= buur < len(lijst):
        lijst[index], lijst[buur] = lijst[buur], lijst[index]
    for volgorde, item in enumerate(lijst, start=1):
        item.volgorde = volgorde
    Agendapunt.objects.bulk_update(lijst, ["volgorde"])
    AGENDAS.gewijzigd()  # bulk_update sends no signal; the griffie overview shows the order
