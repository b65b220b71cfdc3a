"""Demo praatplaten (invented organisations, no real people): Thesinge vastgesteld with
archetype 3 for its dorpsbudget, Lewenborg in gesprek, Garmerwolde with an overdue evaluation.
Idempotent: a wijk that already has a praatplaat is left alone."""

import datetime

from django.utils import timezone

from participatiepunt.gebieden.models import Wijk

from . import services
from .choices import AfspraakStatus, RolRaad, SoortDeelnemer, Wie
from .demo_teksten import ANTWOORDEN

DEMO = [
    {
        "wijk": "thesinge",
        "deelnemers": [
            ("Dorpsvereniging Thesinge Vooruit", SoortDeelnemer.BEWONERSORGANISATIE),
            ("Werkgroep Dorpsbudget", SoortDeelnemer.COLLECTIEF),
            ("Gebiedsteam Ten Boer", SoortDeelnemer.GEMEENTE),
        ],
        "archetypen": [("dorpsbudget", 3), ("stedelijke vraagstukken", 1)],
        "rol_raad": RolRaad.PROCES,
        "afspraken": [
            ("Dorpspanel van dertig inwoners samenstellen door loting", Wie.WIJK, 45, "k.stem.2"),
            (
                "Jaarlijks verantwoordingsoverzicht van het dorpsbudget op de website en in de "
                "dorpskrant",
                Wie.WIJK,
                120,
                "k.transparantie.5",
            ),
            (
                "Open begroting van het gebiedsprogramma Ten Boer per dorp",
                Wie.GEMEENTE,
                200,
                "k.transparantie.2",
            ),
        ],
        "vaststellen": True,
    },
    {
        "wijk": "lewenborg",
        "deelnemers": [
            ("Wijkraad Lewenborg (voorbeeld)", SoortDeelnemer.BEWONERSORGANISATIE),
            ("Gebiedsteam Oost", SoortDeelnemer.GEMEENTE),
        ],
        "archetypen": [("", 2)],
        "rol_raad": "",
        "afspraken": [],
        "vaststellen": False,
    },
    {
        "wijk": "garmerwolde",
        "deelnemers": [
            ("Dorpsbelangen Garmerwolde (voorbeeld)", SoortDeelnemer.BEWONERSORGANISATIE),
            ("Gebiedsteam Ten Boer", SoortDeelnemer.GEMEENTE),
        ],
        "archetypen": [("", 1)],
        "rol_raad": RolRaad.INHOUD,
        "afspraken": [
            (
                "Vier keer per jaar een dorpsavond over de wijkagenda",
                Wie.SAMEN,
                -20,
                "b2.samenwerking",
            ),
        ],
        "vaststellen": True,
        "evaluatie_te_laat": True,
    },
]


def load(accounts: dict) -> None:
    team = accounts["gebiedsteam"]
    for demo in DEMO:
        wijk = Wijk.objects.filter(slug=demo["wijk"]).first()
        if wijk is None or wijk.praatplaten.exists():
            continue
        _maak(wijk, team, demo)


def _maak(wijk, team, demo):
    praatplaat = services.open_praatplaat(wijk, door=team)
    praatplaat.rol_raad = demo["rol_raad"]
    praatplaat.save()
    for naam, soort in demo["deelnemers"]:
        praatplaat.deelnemers.create(naam=naam, soort=soort)
    for thema, archetype in demo["archetypen"]:
        praatplaat.archetypen.create(thema=thema, archetype=archetype)
    teksten = ANTWOORDEN[demo["wijk"]]
    services.sla_antwoorden_op(
        praatplaat,
        invoer={
            key: {"tekst": tekst, "witte_vlek": False, "openbaar": True}
            for key, tekst in teksten.items()
        },
    )
    vandaag = timezone.localdate()
    for wat, wie, dagen, vraag_key in demo["afspraken"]:
        praatplaat.afspraken.create(
            wat=wat,
            wie=wie,
            wanneer=vandaag + datetime.timedelta(days=dagen),
            vraag_key=vraag_key,
            status=AfspraakStatus.BEZIG if dagen < 0 else AfspraakStatus.OPEN,
        )
    if demo["vaststellen"]:
        services.vaststellen(praatplaat, door=team)
    if demo.get("evaluatie_te_laat"):
        praatplaat.evaluatie_op = vandaag - datetime.timedelta(days=14)
        praatplaat.save(update_fields=["evaluatie_op"])
