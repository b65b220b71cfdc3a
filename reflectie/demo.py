"""Demo content for reflectie: a session of every kind, a reflectiegroep with a published agenda,
topics from the demo resident, lessons of a past session and the Bijlage 2 planning linked to
sessions. Invented content; safe to run twice (looks up by title first)."""

import datetime

from django.utils import timezone

from initiatieven.models import Initiatief
from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.gebieden.models import Wijk
from wijkafspraken.models import Praatplaat

from . import agenda
from .bijlage2 import laad_sporen
from .choices import OnderwerpStatus, Soort, Status
from .models import (
    Activiteit,
    Agendapunt,
    AgendaVersie,
    GroepUitnodiging,
    Les,
    Onderwerp,
    Raadsreactie,
    Sessie,
    Spoor,
    Verslag,
)

STADHUIS = "Stadhuis, Grote Markt 1, Groningen"

# titel, soort, dagen vanaf vandaag, begintijd, uren, locatie, wijk-slug, groepen, openbaar
SESSIES = [
    ("Reflectiesessie college: de rol van de wijkwethouder", Soort.COLLEGE, 9, "16:00", 2,
     "Wijkcentrum De Wiardt, Beijumerweg 14", "beijum", ["collegeleden"], False),
    ("Interne sessie raad: sturen op inhoud of op proces?", Soort.RAAD, 16, "19:30", 2,
     STADHUIS, "", ["raadsleden", "griffie"], False),
    ("Werkwijze beleid in interactie met de samenleving", Soort.AMBTELIJK, 21, "09:30", 3,
     "Harmoniecomplex, Oude Kijk in 't Jatstraat 26", "", ["ambtelijke_leiding", "medewerkers"],
     False),
    ("Reflectiegroep: terugblik op de eerste casussen", Soort.REFLECTIEGROEP, 12, "15:00", 2,
     STADHUIS, "", ["raadsleden", "collegeleden", "ambtelijke_leiding"], False),
    ("Inspiratie- en werkbijeenkomst: succesvoorbeelden uit de wijken", Soort.INSPIRATIE, 30,
     "19:00", 2, "Het Forum, Nieuwe Markt 1", "", ["raadsleden", "collegeleden", "medewerkers"],
     True),
    ("Adviesraad participatiepunt: eerste bijeenkomst", Soort.ADVIESRAAD, 23, "13:30", 2,
     "Participatiepunt, Oude Boteringestraat 7", "", ["medewerkers"], True),
    ("Reflectiegroep: kennismaking en werkafspraken", Soort.REFLECTIEGROEP, -20, "15:00", 2,
     STADHUIS, "", ["raadsleden", "collegeleden", "ambtelijke_leiding"], False),
]  # fmt: skip

ONDERWERPEN = [
    ("De herinrichting van onze straat: pas gehoord toen het besluit er al lag",
     "Wij lazen in de krant wat er in onze straat ging gebeuren. Hoe kan de gemeente bewoners "
     "eerder betrekken, ook als er nog weinig te melden is?", OnderwerpStatus.GESELECTEERD,
     "Gekozen: dit sluit aan bij de vraag hoe we bewoners vroegtijdig informeren."),
    ("Buurtbudget: wie beslist er eigenlijk?",
     "In onze wijk is onduidelijk wie over het buurtbudget gaat: de bewonersorganisatie, het "
     "gebiedsteam of de raad.", OnderwerpStatus.VOORGESTELD, ""),
    ("Parkeervergunningen in de binnenstad",
     "De regels voor parkeervergunningen zijn ingewikkeld.", OnderwerpStatus.AFGEWEZEN,
     "Geen participatievraag maar een vraag over regels; het participatiepunt beantwoordt uw "
     "vraag rechtstreeks."),
]  # fmt: skip


def _moment(dagen: int, tijd: str) -> datetime.datetime:
    datum = timezone.localdate() + datetime.timedelta(days=dagen)
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time.fromisoformat(tijd)))


def _sessie(accounts, titel, soort, dagen, tijd, uren, locatie, wijk, groepen, openbaar):
    start = _moment(dagen, tijd)
    sessie, created = Sessie.objects.get_or_create(
        titel=titel,
        defaults={
            "gemeente": standaardgemeente(), "soort": soort,
            "start": start, "eind": start + datetime.timedelta(hours=uren),
            "locatie": locatie, "wijk": Wijk.objects.filter(slug=wijk).first() if wijk else None,
            "openbaar": openbaar, "voorzitter": accounts["medewerker"],
            "aangemaakt_door": accounts["medewerker"],
            "status": Status.GEHOUDEN if dagen < 0 else Status.GEPLAND,
        },
    )  # fmt: skip
    if created:
        GroepUitnodiging.objects.bulk_create(
            GroepUitnodiging(sessie=sessie, groep=g) for g in groepen
        )
    return sessie


def _onderwerpen(accounts):
    wijk = Wijk.objects.filter(slug="hoogkerk").first()
    gemaakt = []
    for titel, waarom, status, toelichting in ONDERWERPEN:
        onderwerp, _ = Onderwerp.objects.get_or_create(
            titel=titel,
            defaults={
                "gemeente": standaardgemeente(), "waarom": waarom, "status": status,
                "toelichting_besluit": toelichting,
                "voorgesteld_door": accounts["inwoner"], "wijk": wijk,
                "besloten_door": accounts["medewerker"] if toelichting else None,
                "besloten_op": timezone.now() if toelichting else None,
            },
        )  # fmt: skip
        gemaakt.append(onderwerp)
    return gemaakt


def _agenda(sessie, onderwerp, accounts):
    if sessie.agendapunten.exists():
        return
    initiatief = Initiatief.objects.openbaar().order_by("pk").first()
    punten = [
        ("Opening en mededelingen", 10, {}),
        (f"Onderwerp van het terras: {onderwerp.titel}", 40, {"onderwerp": onderwerp}),
        ("Wat nemen we mee naar de eigen gremia?", 25, {}),
        ("Rondvraag en volgende bijeenkomst", 15, {}),
    ]
    if initiatief:
        punten.insert(2, (f"Casus: {initiatief.titel}", 30, {"initiatief": initiatief}))
    for volgorde, (titel, duur, koppeling) in enumerate(punten, start=1):
        Agendapunt.objects.create(
            sessie=sessie, titel=titel, duur=duur, volgorde=volgorde, **koppeling
        )
    AgendaVersie.objects.create(
        sessie=sessie, nummer=1, inhoud=agenda.snapshot(sessie),
        gepubliceerd_door=accounts["medewerker"],
    )  # fmt: skip


def _leren(sessie, accounts):
    Verslag.objects.get_or_create(
        sessie=sessie,
        defaults={
            "tekst": "Kennismaking van raadsleden, collegelid en ambtelijke leiding. Afgesproken: "
            "elke zes weken een sessie, steeds aan de hand van één concrete casus.",
            "geschreven_door": accounts["medewerker"],
        },
    )
    lessen = [
        ("Begin bij de casus, niet bij de nota", "Concrete casuïstiek maakt de rollen zichtbaar.",
         {"initiatief": Initiatief.objects.openbaar().order_by("pk").first()}),
        ("Wees vooraf helder over wat vastligt", "Bewoners willen weten waarop zij invloed hebben.",
         {"praatplaat": Praatplaat.objects.order_by("pk").first()}),
    ]  # fmt: skip
    for titel, toelichting, koppeling in lessen:
        Les.objects.get_or_create(
            sessie=sessie, titel=titel, defaults={"toelichting": toelichting, **koppeling}
        )


def _planning(sessies):
    laad_sporen(Spoor, Activiteit)
    per_soort = {sessie.soort: sessie for sessie in sessies}
    koppelingen = {
        "Bijeenkomsten adviesraad": (Soort.ADVIESRAAD, [1, 3, 5]),
        "Reflecteren op nieuwe rollen, wijkwethouderschap en geselecteerde onderwerpen": (
            Soort.COLLEGE, [2, 3, 4]),
        "Interne sessies over rol van de raad": (Soort.RAAD, [1, 2]),
        "Sessies over rol ambtelijke organisatie": (Soort.AMBTELIJK, [12, 1]),
        "Sessies reflectiegroep met twee raadsleden, collegelid en lid ambtelijke leiding": (
            Soort.REFLECTIEGROEP, [12, 2, 4, 6]),
        "Inspiratie- en werkbijeenkomsten (raad, college, ambtelijke org., inwoners)": (
            Soort.INSPIRATIE, [1, 3, 5]),
    }  # fmt: skip
    for omschrijving, (soort, maanden) in koppelingen.items():
        activiteit = Activiteit.objects.filter(omschrijving=omschrijving).first()
        if activiteit is None:
            continue
        if not activiteit.maanden:
            activiteit.maanden = maanden
            activiteit.save(update_fields=["maanden"])
        activiteit.sessies.add(per_soort[soort])


def _raadsreactie(onderwerp, accounts):
    """The raad takes part in selecting: the demo raadslid advises on the open proposal."""
    Raadsreactie.objects.get_or_create(
        onderwerp=onderwerp,
        raadslid=accounts["raadslid"],
        defaults={
            "advies": Raadsreactie.Advies.SELECTEREN,
            "tekst": "Dit speelt in meer wijken: wie over een buurtbudget gaat, moet vooraf "
            "helder zijn. Graag bespreken in de reflectiegroep.",
        },
    )


def load(accounts) -> None:
    sessies = [_sessie(accounts, *regel) for regel in SESSIES]
    geselecteerd, voorgesteld, _ = _onderwerpen(accounts)
    _raadsreactie(voorgesteld, accounts)
    _agenda(sessies[3], geselecteerd, accounts)
    _leren(sessies[-1], accounts)
    _planning(sessies[:-1])
    sessies[3].genodigden.add(accounts["raadslid"], accounts["collegelid"])
