"""The gemeente overview as a picture (issue 20): every wijk and dorp with a praatplaat as a
labelled chip in a grid of archetype (columns, from less to more zeggenschap) by where its
evaluation stands (rows: te laat, binnenkort, later, not vastgesteld yet); those without a
praatplaat as a row of dots below. Laid out here from overzicht.gemeente_overzicht()'s rows
(no queries of its own); templates/wijkafspraken/_gemeenteplaat.html draws it."""

from dataclasses import dataclass

from django.conf import settings

from . import overzicht
from .praatplaat import HUIDIGE_EDITIE, editie
from .toets import hoogste_archetype

BREEDTE, MARGE = 1240, 30
KOP_BREEDTE = 260  # the row headers
KOLOM_BREEDTE = (BREEDTE - 2 * MARGE - KOP_BREEDTE) // 4
RASTER_Y = 150  # where the first row starts
CHIP_HOOGTE, CHIP_AFSTAND, TEKEN_BREEDTE, LETTER_BREEDTE = 30, 8, 32, 7.8
STIP, STIP_AFSTAND = 7, 19

TE_LAAT, BINNENKORT, LATER, IN_GESPREK = "te-laat", "binnenkort", "later", "in-gesprek"
RIJEN = (
    (TE_LAAT, "Evaluatie te laat", "de datum is voorbij"),
    (BINNENKORT, "Evaluatie binnenkort", "binnen {dagen} dagen"),
    (LATER, "Vastgesteld", "evaluatie later"),
    (IN_GESPREK, "In gesprek", "nog niet vastgesteld"),
)


# Per row the fill and edge of its chips (AA against the text and the background).
KLEUREN = {
    TE_LAAT: ("#f8e1e3", "#a4121c"),
    BINNENKORT: ("#fff3cd", "#8a6200"),
    LATER: ("#e3f1e8", "#0b6e3a"),
    IN_GESPREK: ("#e6eef8", "#0b3a6e"),
}


@dataclass(frozen=True)
class Chip:
    naam: str
    tekst: str  # the name as drawn, shortened when it does not fit
    url: str
    x: float
    y: float
    breedte: float


@dataclass(frozen=True)
class Cel:
    archetype: int | None
    chips: tuple[Chip, ...]


@dataclass(frozen=True)
class Rij:
    stand: str
    label: str
    toelichting: str
    y: float
    hoogte: float
    cellen: tuple[Cel, ...]

    @property
    def aantal(self) -> int:
        return sum(len(cel.chips) for cel in self.cellen)

    @property
    def vulling(self) -> str:
        return KLEUREN[self.stand][0]

    @property
    def rand(self) -> str:
        return KLEUREN[self.stand][1]

    @property
    def gevuld(self) -> list[Cel]:
        return [cel for cel in self.cellen if cel.chips]


@dataclass(frozen=True)
class Kolom:
    archetype: int | None
    naam: str
    x: int  # left edge

    @property
    def midden(self) -> int:
        return self.x + KOLOM_BREEDTE // 2


@dataclass(frozen=True)
class Stip:
    naam: str
    x: float
    y: float


@dataclass(frozen=True)
class Gemeenteplaat:
    kolommen: tuple[Kolom, ...]
    rijen: tuple[Rij, ...]
    zonder: tuple[Stip, ...]  # wijken without a praatplaat
    zonder_y: float
    hoogte: float
    breedte: int = BREEDTE
    kop_breedte: int = KOP_BREEDTE
    kolom_breedte: int = KOLOM_BREEDTE
    raster_y: int = RASTER_Y

    @property
    def raster_hoogte(self) -> float:
        return self.rijen[-1].y + self.rijen[-1].hoogte - RASTER_Y

    @property
    def samenvatting(self) -> str:
        delen = [f"{rij.label}: {rij.aantal}" for rij in self.rijen]
        delen.append(f"nog geen praatplaat: {len(self.zonder)}")
        totaal = sum(rij.aantal for rij in self.rijen) + len(self.zonder)
        return f"{totaal} wijken en dorpen. " + "; ".join(delen) + "."


def stand(regel) -> str | None:
    """Where a wijk's evaluation stands; None without a praatplaat."""
    if regel.status == overzicht.GEEN:
        return None
    if regel.status == overzicht.IN_GESPREK:
        return IN_GESPREK
    if regel.status == overzicht.TE_LAAT:
        return TE_LAAT
    return BINNENKORT if regel.evaluatie_binnenkort else LATER


def gemeenteplaat(regels: list) -> Gemeenteplaat:
    kolommen = _kolommen()
    per_cel: dict[tuple[str, int | None], list] = {}
    zonder = []
    for regel in regels:
        rij = stand(regel)
        if rij is None:
            zonder.append(regel.wijk.naam)
            continue
        archetype = hoogste_archetype(regel.praatplaat)
        per_cel.setdefault((rij, archetype), []).append(regel.wijk)
    rijen, y = [], RASTER_Y
    dagen = max(settings.MELDINGEN_EVALUATIE_DAGEN, default=30)
    for key, label, toelichting in RIJEN:
        cellen = [_cel(k, per_cel.get((key, k.archetype), []), y) for k in kolommen]
        hoogte = max([64] + [_hoogte(cel) for cel in cellen])
        rijen.append(Rij(key, label, toelichting.format(dagen=dagen), y, hoogte, tuple(cellen)))
        y += hoogte
    zonder_y = y + 56
    stippen = _stippen(zonder, zonder_y + 16)
    hoogte = (stippen[-1].y if stippen else zonder_y) + 30
    return Gemeenteplaat(tuple(kolommen), tuple(rijen), tuple(stippen), zonder_y, hoogte)


def _kolommen() -> list[Kolom]:
    links = MARGE + KOP_BREEDTE
    archetypen = [(a.nummer, a.naam) for a in editie(HUIDIGE_EDITIE).archetypen]
    archetypen.append((None, "Nog geen archetype"))
    return [
        Kolom(nummer, naam, links + i * KOLOM_BREEDTE)
        for i, (nummer, naam) in enumerate(archetypen)
    ]


def _cel(kolom: Kolom, wijken: list, y: float) -> Cel:
    """The names as chips, flowed left to right, top to bottom within the column."""
    chips, x, regel_y = [], kolom.x + 10, y + 12
    ruimte = KOLOM_BREEDTE - 20
    for wijk in sorted(wijken, key=lambda wijk: wijk.naam):
        tekst = _passend(wijk.naam, ruimte)
        breedte = TEKEN_BREEDTE + LETTER_BREEDTE * len(tekst) + 10
        if chips and x + breedte > kolom.x + 10 + ruimte:
            x, regel_y = kolom.x + 10, regel_y + CHIP_HOOGTE + CHIP_AFSTAND
        chips.append(Chip(wijk.naam, tekst, wijk.get_absolute_url(), x, regel_y, round(breedte, 1)))
        x += breedte + CHIP_AFSTAND
    return Cel(kolom.archetype, tuple(chips))


def _passend(naam: str, ruimte: float) -> str:
    tekens = int((ruimte - TEKEN_BREEDTE - 10) // LETTER_BREEDTE)
    return naam if len(naam) <= tekens else naam[: tekens - 1] + "…"


def _hoogte(cel: Cel) -> float:
    if not cel.chips:
        return 0
    return cel.chips[-1].y + CHIP_HOOGTE + 12 - cel.chips[0].y + 12


def _stippen(namen: list[str], y: float) -> list[Stip]:
    per_regel = (BREEDTE - 2 * MARGE) // STIP_AFSTAND
    return [
        Stip(
            naam,
            MARGE + STIP + (i % per_regel) * STIP_AFSTAND,
            y + (i // per_regel) * STIP_AFSTAND,
        )
        for i, naam in enumerate(namen)
    ]
