"""Demo praatplaten (invented organisations, no real people): Thesinge vastgesteld with
archetype 3 for its dorpsbudget (and the budget in the register of overdrachten), Lewenborg in
gesprek, read along by the demo bewonersorganisatie account (a lid of its wijkraad, who can
comment and co-sign), Garmerwolde with an overdue evaluation. Every bewonersorganisatie at a
table is one in the portal. Idempotent: a wijk that already has a praatplaat is left alone."""

import datetime
from decimal import Decimal

from django.utils import timezone

from participatiepunt.accounts.models import Bewonersorganisatie, SoortBewonersorganisatie
from participatiepunt.gebieden.models import Wijk

from . import services
from .choices import AfspraakStatus, RolRaad, SoortDeelnemer, Wie
from .demo_teksten import ANTWOORDEN
from .models import Ondertekening, Overdracht
from .versies import snapshot

# The demo account that speaks for the bewonersorganisatie of this wijk.
WIJK_VAN_DEMO_LID = "lewenborg"
ORGANISATIE_SOORT = {
    SoortDeelnemer.BEWONERSORGANISATIE: SoortBewonersorganisatie.BEWONERSORGANISATIE,
    SoortDeelnemer.COLLECTIEF: SoortBewonersorganisatie.BEWONERSCOLLECTIEF,
}

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
        if wijk is None:
            continue
        organisaties = _organisaties(wijk, demo)
        if demo["wijk"] == WIJK_VAN_DEMO_LID and "bewonersorganisatie" in accounts:
            organisaties[0].leden.add(accounts["bewonersorganisatie"])
        if not wijk.praatplaten.exists():
            _maak(wijk, team, demo, organisaties)


def _organisaties(wijk, demo) -> list[Bewonersorganisatie]:
    organisaties = []
    for naam, soort in demo["deelnemers"]:
        if soort in ORGANISATIE_SOORT:
            organisatie, _ = Bewonersorganisatie.objects.get_or_create(
                gemeente=wijk.gebied.gemeente,
                naam=naam,
                defaults={"soort": ORGANISATIE_SOORT[soort]},
            )
            organisatie.wijken.add(wijk)
            organisaties.append(organisatie)
    return organisaties


def _maak(wijk, team, demo, organisaties):
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
            key: {
                "tekst": tekst,
                "witte_vlek": False,
                "openbaar": True,
                "compleet_gebiedsteam": demo["vaststellen"],
            }
            for key, tekst in teksten.items()
        },
    )
    if demo["vaststellen"]:  # the wijk's organisation read them and found them complete
        praatplaat.antwoorden.update(compleet_bewoners=True)
    vandaag = timezone.localdate()
    for wat, wie, dagen, vraag_key in demo["afspraken"]:
        praatplaat.afspraken.create(
            wat=wat,
            wie=wie,
            wanneer=vandaag + datetime.timedelta(days=dagen),
            vraag_key=vraag_key,
            status=AfspraakStatus.BEZIG if dagen < 0 else AfspraakStatus.OPEN,
        )
    _aan_tafel(praatplaat, team, demo, organisaties[0])
    if demo.get("evaluatie_te_laat"):
        praatplaat.evaluatie_op = vandaag - datetime.timedelta(days=14)
        praatplaat.save(update_fields=["evaluatie_op"])


def _aan_tafel(praatplaat, team, demo, organisatie):
    if demo["vaststellen"]:
        _teken_en_stel_vast(praatplaat, team, organisatie)
    if demo["wijk"] == "thesinge":
        _dorpsbudget(praatplaat)
    if demo["wijk"] == WIJK_VAN_DEMO_LID:
        _opmerking(praatplaat, organisatie)


def _teken_en_stel_vast(praatplaat, team, organisatie):
    """Signed at the dorpsavond, on paper: the gebiedsteam records the signature (no lid)."""
    Ondertekening.objects.create(
        praatplaat=praatplaat,
        bewonersorganisatie=organisatie,
        inhoud=snapshot(services.met_inhoud().get(pk=praatplaat.pk)),
    )
    services.vaststellen(praatplaat, door=team)


def _dorpsbudget(praatplaat):
    Overdracht.objects.create(
        praatplaat=praatplaat,
        thema="dorpsbudget",
        soort=Overdracht.Soort.BUDGET,
        omschrijving="Het dorpsbudget voor leefbaarheid: het dorp verdeelt het zelf over "
        "voorstellen van inwoners.",
        bedrag=Decimal("40000.00"),
        sinds=timezone.localdate().replace(month=1, day=1),
        verantwoording="Jaarlijks verantwoordingsoverzicht op de dorpsavond, op de website en in "
        "de dorpskrant; het gebiedsteam ontvangt het voor 1 maart.",
    )


def _opmerking(praatplaat, organisatie):
    praatplaat.opmerkingen.create(
        vraag_key="k.stem.2",
        bewonersorganisatie=organisatie,
        tekst="Jongeren en nieuwe bewoners van de Vlinderbuurt ontbreken nog. Kunnen we de "
        "school en het jongerenwerk vragen mee te denken?",
    )
