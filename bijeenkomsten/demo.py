"""Demo content for bijeenkomsten: a full training with a waiting list (the demo resident is
on it), an informatieavond with room, the college op locatie in Beijum and a training for
ambtenaren. Invented people with example.nl addresses; safe to run twice (looks up by title)."""

import datetime

from django.utils import timezone

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.gebieden.models import Wijk

from .models import Aanmelding, Bijeenkomst, Doelgroep, Soort, Status

PARTICIPATIEPUNT = "Participatiepunt, Oude Boteringestraat 7, Groningen"

# titel, soort, doelgroep, dagen vanaf vandaag, begintijd, uren, locatie, wijk-slug, plaatsen
BIJEENKOMSTEN = [
    ("Training: een subsidie aanvragen voor uw initiatief", Soort.TRAINING, Doelgroep.INWONERS,
     14, "19:30", 2, PARTICIPATIEPUNT, "", 6,
     "Welke regelingen zijn er, wat vraagt de gemeente van u en hoe schrijft u een begroting? "
     "Neem uw eigen plan mee."),
    ("Informatieavond: van idee naar initiatief", Soort.INFORMATIEBIJEENKOMST, Doelgroep.INWONERS,
     8, "19:30", 2, "Het Forum, Nieuwe Markt 1, Groningen", "", 40,
     "Hoe het participatiepunt u helpt: van het eerste idee tot een stichting of coöperatie, "
     "met voorbeelden van initiatieven die u voorgingen."),
    ("College op locatie in Beijum", Soort.COLLEGE_OP_LOCATIE, Doelgroep.INWONERS,
     9, "16:00", 2, "Wijkcentrum De Wiardt, Beijumerweg 14, Groningen", "beijum", 60,
     "Het college vergadert in uw wijk. Na afloop is er tijd om met de wethouders in gesprek te "
     "gaan over wat er in Beijum speelt."),
    ("Training: werken met de praatplaat", Soort.TRAINING, Doelgroep.AMBTENAREN,
     20, "09:30", 3, "Stadhuis, Grote Markt 1, Groningen", "", 15,
     "Voor gebiedsteams en medewerkers: hoe u met een wijk de praatplaat bespreekt en de "
     "congruentie tussen zeggenschap en democratisch proces bewaakt."),
]  # fmt: skip

# Invented participants of the full training: six places taken, two waiting.
DEELNEMERS = [
    ("Anouk Bakker", "anouk.bakker@example.nl"),
    ("Hendrik Jonker", "hendrik.jonker@example.nl"),
    ("Fatima El Amrani", "fatima.elamrani@example.nl"),
    ("Jelle Dijkstra", "jelle.dijkstra@example.nl"),
    ("Marloes Kuiper", "marloes.kuiper@example.nl"),
    ("Bram Hofstra", "bram.hofstra@example.nl"),
    ("Sietske Postma", "sietske.postma@example.nl"),
]


def _moment(dagen: int, tijd: str) -> datetime.datetime:
    datum = timezone.localdate() + datetime.timedelta(days=dagen)
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time.fromisoformat(tijd)))


def _bijeenkomst(
    accounts, titel, soort, doelgroep, dagen, tijd, uren, locatie, wijk, plaatsen, tekst
):
    start = _moment(dagen, tijd)
    bijeenkomst, _ = Bijeenkomst.objects.get_or_create(
        titel=titel,
        defaults={
            "gemeente": standaardgemeente(), "soort": soort, "doelgroep": doelgroep,
            "omschrijving": tekst, "start": start, "eind": start + datetime.timedelta(hours=uren),
            "locatie": locatie, "wijk": Wijk.objects.filter(slug=wijk).first() if wijk else None,
            "capaciteit": plaatsen, "aangemaakt_door": accounts["medewerker"],
        },
    )  # fmt: skip
    return bijeenkomst


def _vol_met_wachtlijst(training, inwoner) -> None:
    if training.aanmeldingen.exists():
        return
    nu = timezone.now()
    for index, (naam, email) in enumerate(DEELNEMERS):
        Aanmelding.objects.create(
            bijeenkomst=training, naam=naam, email=email, bevestigd_op=nu,
            aangemeld_op=nu - datetime.timedelta(hours=len(DEELNEMERS) - index),
            status=Status.GEPLAATST if index < training.capaciteit else Status.WACHTLIJST,
        )  # fmt: skip
    Aanmelding.objects.create(
        bijeenkomst=training, gebruiker=inwoner, naam=str(inwoner), email=inwoner.email,
        bevestigd_op=nu, status=Status.WACHTLIJST,
    )  # fmt: skip


def load(accounts) -> None:
    training, *_ = (_bijeenkomst(accounts, *regel) for regel in BIJEENKOMSTEN)
    _vol_met_wachtlijst(training, accounts["inwoner"])
