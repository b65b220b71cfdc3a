"""The kinds of mijlpaal, declared once: what a resident can do and until when, and whether the
mijlpaal is a besluit (the kaders and the participatieparagraaf ask that). Every page, mail,
reminder and feed that says what a resident can do reads it from here."""

import datetime
from dataclasses import dataclass

from django.utils.dates import MONTHS


@dataclass(frozen=True)
class MijlpaalSoort:
    code: str
    naam: str
    # What a resident can do, with {datum} (the mijlpaal's date) and {einddatum} (its last day).
    actie: str
    # A term that opens on the mijlpaal's date; its last day is datum + termijn.
    termijn: datetime.timedelta | None = None
    is_besluit: bool = False
    # False: nothing to respond to (it is news, not a call): no last day, not in the vakantiecheck.
    vraagt_reactie: bool = True

    def laatste_dag(self, datum: datetime.date, einddatum: datetime.date | None = None):
        """The last day a resident can act on a mijlpaal of this kind on `datum`."""
        if not self.vraagt_reactie:
            return None
        if einddatum:
            return einddatum
        return datum + self.termijn if self.termijn else datum

    def actie_tekst(self, datum: datetime.date, einddatum: datetime.date | None = None) -> str:
        laatste = self.laatste_dag(datum, einddatum) or datum
        return self.actie.format(datum=_datum(datum), einddatum=_datum(laatste))


def _datum(waarde: datetime.date) -> str:
    """What date_format(waarde, "j F Y") gives, without its machinery (a list of a hundred
    mijlpalen formats two hundred dates)."""
    return f"{waarde.day} {MONTHS[waarde.month]} {waarde.year}"


ZES_WEKEN = datetime.timedelta(weeks=6)

SOORTEN = (
    MijlpaalSoort(
        "informatieavond",
        "Informatieavond",
        "U kunt op {datum} naar de informatieavond komen en daar uw vragen stellen.",
    ),
    MijlpaalSoort(
        "inloopavond",
        "Inloopavond",
        "U kunt op {datum} binnenlopen en vertellen wat u ervan vindt.",
    ),
    # Awb 3:16: the term starts on the day the ontwerp is ter inzage gelegd and lasts six weeks.
    MijlpaalSoort(
        "zienswijzetermijn",
        "Zienswijzetermijn",
        "U kunt een zienswijze indienen tot en met {einddatum}.",
        termijn=ZES_WEKEN - datetime.timedelta(days=1),
    ),
    MijlpaalSoort(
        "inspraakreactie",
        "Inspraak",
        "U kunt een inspraakreactie geven tot en met {einddatum}.",
        termijn=ZES_WEKEN - datetime.timedelta(days=1),
    ),
    MijlpaalSoort(
        "collegebesluit",
        "Collegebesluit",
        "Het college besluit naar verwachting op {datum}. Tot die dag kunt u het "
        "participatiepunt laten weten wat het college moet meewegen.",
        is_besluit=True,
    ),
    MijlpaalSoort(
        "raadsbesluit",
        "Raadsbesluit",
        "De gemeenteraad besluit naar verwachting op {datum}. Tot die dag kunt u de raad "
        "schrijven, of via de griffie vragen om in te spreken.",
        is_besluit=True,
    ),
    # Awb 6:8: the term starts the day after the besluit is bekendgemaakt and lasts six weeks.
    MijlpaalSoort(
        "bezwaartermijn",
        "Bezwaartermijn",
        "Bent u belanghebbende, dan kunt u bezwaar maken tot en met {einddatum}.",
        termijn=ZES_WEKEN,
    ),
    MijlpaalSoort(
        "start_uitvoering",
        "Start uitvoering",
        "Het werk begint op {datum}. Hinder of vragen meldt u bij het participatiepunt.",
        vraagt_reactie=False,
    ),
    MijlpaalSoort(
        "oplevering",
        "Oplevering",
        "Het resultaat wordt op {datum} opgeleverd.",
        vraagt_reactie=False,
    ),
    MijlpaalSoort(
        "overig",
        "Overig",
        "Wat u kunt doen, leest u op de pagina van het traject.",
        vraagt_reactie=False,
    ),
)

PER_CODE = {soort.code: soort for soort in SOORTEN}
OVERIG = PER_CODE["overig"]
BESLUITEN = tuple(soort.code for soort in SOORTEN if soort.is_besluit)
MET_REACTIE = tuple(soort.code for soort in SOORTEN if soort.vraagt_reactie)
MET_TERMIJN = tuple(soort.code for soort in SOORTEN if soort.termijn)
# The longest term: a mijlpaal that started this long before a period can still be open in it.
LANGSTE_TERMIJN = max(soort.termijn for soort in SOORTEN if soort.termijn)


def keuzes():
    """The model field's choices (a callable, so a changed name needs no migration)."""
    return [(soort.code, soort.naam) for soort in SOORTEN]


def soort(code: str) -> MijlpaalSoort:
    return PER_CODE.get(code, OVERIG)
