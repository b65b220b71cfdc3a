"""The praatplaat as a picture to talk over (issue 20): per wijk one SVG with the archetype on the
scale of three, the five bouwstenen as stacked blocks and the four parts of the kompas as a
compass, every question a tile that shows its stand by colour, pattern and sign. This module
lays the picture out; templates/wijkafspraken/_plaat.html draws it. Fed by the live toets (the
gebiedsteam's working page) or by a vastgestelde version (the wijk page and the A4 print), with
the data those pages already have: no queries of its own."""

import math
import textwrap
from dataclasses import dataclass

from .choices import AfspraakStatus, RolRaad
from .congruentie import eisen_voor
from .praatplaat import EDITIES, HUIDIGE_EDITIE, editie
from .toets import COMPLEET, INGEKLEURD, ONTBREEKT, STATUS_LABELS, stand

BREEDTE, HOOGTE = 1240, 820
VAK = 42  # the side of a question's tile
TREDEN_X = (220, 580, 940)  # the archetype scale's three steps
BLOK_X, BLOK_Y, BLOK_BREEDTE, BLOK_HOOGTE, BLOK_AFSTAND = 30, 232, 440, 90, 10
KOMPAS_X, KOMPAS_Y, KOMPAS_STRAAL = 860, 488, 220
KOMPAS_BINNEN, KOMPAS_STAP = 112, 56  # distance of the inner row of tiles; tile pitch
# Top, right, bottom, left: the direction a part points to and the one its rows run along.
RICHTINGEN = (((0, -1), (1, 0)), ((1, 0), (0, 1)), ((0, 1), (1, 0)), ((-1, 0), (0, 1)))


@dataclass(frozen=True)
class Vak:
    """One question as drawn: its tile's top-left corner at (x, y)."""

    nummer: int
    tekst: str
    stand: str
    vereist: bool
    x: float = 0
    y: float = 0

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.stand]

    @property
    def kleur(self) -> str:
        """Of the number: white on green, dark on the hatching (with a halo), red on white."""
        return {COMPLEET: "#fff", INGEKLEURD: "#2b2000"}.get(self.stand, "#8a1020")

    @property
    def halo(self) -> str:
        return "#fff1bf" if self.stand == INGEKLEURD else ""


@dataclass(frozen=True)
class Regel:
    tekst: str
    x: float
    y: float
    klein: bool = False


@dataclass(frozen=True)
class Deel:
    """A bouwsteen (a block) or a part of the kompas (a quarter of the circle)."""

    titel: str
    vakken: tuple[Vak, ...]
    regels: tuple[Regel, ...]  # the drawn title, one line each
    anker: str  # text-anchor of the title
    vorm: str  # SVG path of the block or quarter
    noot: tuple[Regel, ...] = ()  # drawn beside the tiles: the raad's role in bouwsteen 2


@dataclass(frozen=True)
class Trede:
    nummer: int
    naam: str
    x: int
    themas: tuple[str, ...]  # the themes this archetype was chosen for; empty: not chosen

    @property
    def gekozen(self) -> bool:
        return bool(self.themas)

    @property
    def themas_tekst(self) -> str:
        return textwrap.shorten(", ".join(self.themas), 44, placeholder="…")


@dataclass(frozen=True)
class Plaat:
    naam: str
    treden: tuple[Trede, ...]
    bouwstenen: tuple[Deel, ...]
    kompas: tuple[Deel, ...]
    legenda: tuple[Vak, ...]
    rol_raad: str
    breedte: int = BREEDTE
    hoogte: int = HOOGTE
    midden: tuple[int, int] = (KOMPAS_X, KOMPAS_Y)  # of the kompas

    @property
    def delen(self) -> tuple[Deel, ...]:
        return self.bouwstenen + self.kompas

    @property
    def vakken(self) -> list[Vak]:
        return [vak for deel in self.delen for vak in deel.vakken]

    def aantal(self, stand: str) -> int:
        return sum(vak.stand == stand for vak in self.vakken)

    @property
    def archetype_tekst(self) -> str:
        gekozen = [f"{t.nummer} {t.naam} ({t.themas_tekst})" for t in self.treden if t.gekozen]
        return "; ".join(gekozen) or "nog niet gekozen"

    @property
    def samenvatting(self) -> str:
        return (
            f"Archetype: {self.archetype_tekst}. Van de {len(self.vakken)} vragen zijn er "
            f"{self.aantal(COMPLEET)} compleet, {self.aantal(INGEKLEURD)} witte vlekken met een "
            f"afspraak en {self.aantal(ONTBREEKT)} ontbreken. Rol van de raad: {self.rol_raad}."
        )


def plaat(*, naam, vragenset, standen: dict[str, str], keuzes: list, rol_raad: str) -> Plaat:
    """standen: per question key its stand; keuzes: (thema, archetype) as the wijk chose them;
    rol_raad: the raad's role in words, empty when not vastgelegd."""
    vastgelegd, rol_raad = bool(rol_raad), rol_raad.lower() or "nog niet vastgelegd"
    vereist = eisen_voor(max((archetype for _, archetype in keuzes), default=None))

    def vakken(onderdeel):
        return [
            Vak(v.nummer, v.tekst, standen.get(v.key, ONTBREEKT), v.key in vereist)
            for v in onderdeel.vragen
        ]

    delen = vragenset.onderdelen
    bouwstenen = [d for d in delen if d.soort == "bouwsteen"]
    kompas = [d for d in delen if d.soort == "kompas"]
    return Plaat(
        naam=naam,
        treden=_treden(vragenset, keuzes),
        bouwstenen=tuple(
            _blok(i, d.titel, vakken(d), rol_raad if d.key == "b2" else "", vastgelegd)
            for i, d in enumerate(bouwstenen)
        ),
        kompas=tuple(_kwart(i, d.titel, vakken(d)) for i, d in enumerate(kompas[:4])),
        legenda=_legenda(),
        rol_raad=rol_raad,
    )


def uit_toets(praatplaat, toets) -> Plaat:
    """The working copy as the congruence check sees it (praatplaat fetched with its inhoud)."""
    return plaat(
        naam=praatplaat.wijk.naam,
        vragenset=praatplaat.vragenset,
        standen={regel.vraag.key: regel.status for regel in toets.regels},
        keuzes=[(k.thema, k.archetype) for k in praatplaat.archetypen.all()],
        rol_raad=praatplaat.get_rol_raad_display(),
    )


def uit_versie(versie, afspraken: list[dict]) -> Plaat:
    """A vastgestelde version: its answers, and its afspraken with their current status
    (wijkinhoud.afspraken_met_status), so a witte vlek whose afspraak lapsed shows as missing."""
    inhoud = versie.inhoud
    vragenset = EDITIES.get(inhoud.get("editie")) or editie(HUIDIGE_EDITIE)
    per_tekst = {vraag.tekst: vraag.key for vraag in vragenset.vragen}
    met_afspraak = {
        per_tekst.get(afspraak.get("vraag"))
        for afspraak in afspraken
        if afspraak["status"] != AfspraakStatus.VERVALLEN.label
    }
    compleet = {
        antwoord["key"]
        for antwoord in inhoud.get("antwoorden", [])
        if antwoord["tekst"].strip() and not antwoord["witte_vlek"]
    }
    return plaat(
        naam=inhoud.get("wijk") or versie.praatplaat.wijk.naam,
        vragenset=vragenset,
        standen={v.key: stand(v.key in compleet, v.key in met_afspraak) for v in vragenset.vragen},
        keuzes=[(k["thema"], k["archetype"]) for k in inhoud.get("archetypen", [])],
        rol_raad=RolRaad(inhoud["rol_raad"]).label if inhoud.get("rol_raad") else "",
    )


def _treden(vragenset, keuzes) -> tuple[Trede, ...]:
    treden = []
    for archetype, x in zip(vragenset.archetypen, TREDEN_X, strict=False):
        themas = [thema or "in het algemeen" for thema, a in keuzes if a == archetype.nummer]
        treden.append(Trede(archetype.nummer, archetype.naam, x, tuple(themas)))
    return tuple(treden)


def _blok(index: int, titel: str, vakken: list[Vak], rol_raad: str, vastgelegd: bool) -> Deel:
    x, y = BLOK_X, BLOK_Y + index * (BLOK_HOOGTE + BLOK_AFSTAND)
    geplaatst = [
        _op(vak, x + 16 + i * (VAK + 10), y + BLOK_HOOGTE - VAK - 12)
        for i, vak in enumerate(vakken)
    ]
    vorm = f"M{x} {y}h{BLOK_BREEDTE}v{BLOK_HOOGTE}h-{BLOK_BREEDTE}z"
    noot = ()
    if rol_raad:
        links = x + 16 + len(vakken) * (VAK + 10) + 24
        noot = (
            Regel("Rol van de raad:", links, y + 58, klein=True),
            Regel(rol_raad, links, y + 78, klein=not vastgelegd),
        )
    return Deel(titel, tuple(geplaatst), (Regel(titel, x + 16, y + 26),), "start", vorm, noot)


def _kwart(index: int, titel: str, vakken: list[Vak]) -> Deel:
    (ux, uy), (vx, vy) = RICHTINGEN[index]
    plekken = []
    for rij in range(math.ceil(len(vakken) / 3)):
        in_rij = min(3, len(vakken) - 3 * rij)
        afstand = KOMPAS_BINNEN + rij * KOMPAS_STAP
        for kolom in range(in_rij):
            opzij = (kolom - (in_rij - 1) / 2) * KOMPAS_STAP
            plekken.append(
                (KOMPAS_X + ux * afstand + vx * opzij, KOMPAS_Y + uy * afstand + vy * opzij)
            )
    plekken.sort(key=lambda plek: (round(plek[1]), plek[0]))  # reading order
    geplaatst = [
        _op(vak, px - VAK / 2, py - VAK / 2) for vak, (px, py) in zip(vakken, plekken, strict=True)
    ]
    anker, regels = _kompastitel(index, titel)
    return Deel(titel, tuple(geplaatst), regels, anker, _kwartvorm(index))


def _op(vak: Vak, x: float, y: float) -> Vak:
    return Vak(vak.nummer, vak.tekst, vak.stand, vak.vereist, round(x, 1), round(y, 1))


def _kwartvorm(index: int) -> str:
    midden = math.radians(-90 + 90 * index)
    a, b = midden - math.pi / 4, midden + math.pi / 4
    r = KOMPAS_STRAAL

    def punt(hoek):
        return f"{KOMPAS_X + r * math.cos(hoek):.1f} {KOMPAS_Y + r * math.sin(hoek):.1f}"

    return f"M{KOMPAS_X} {KOMPAS_Y}L{punt(a)}A{r} {r} 0 0 1 {punt(b)}Z"


def _kompastitel(index: int, titel: str) -> tuple[str, tuple[Regel, ...]]:
    """'Kompas: het goede gesprek (deliberatie en efficiency)': the name in bold, what is between
    brackets below it in small type, wrapped to fit beside the circle."""
    naam, _, uitleg = titel.removeprefix("Kompas: ").partition(" (")
    regels = [
        (r, False) for r in textwrap.wrap(naam[:1].upper() + naam[1:], 11, break_long_words=False)
    ]
    regels += [(r, True) for r in textwrap.wrap(uitleg.rstrip(")"), 20, break_long_words=False)]
    rand = KOMPAS_STRAAL + 14
    if index == 0:  # top: the last line just above the circle
        x, y, anker = KOMPAS_X, KOMPAS_Y - rand - 18 * (len(regels) - 1), "middle"
    elif index == 2:
        x, y, anker = KOMPAS_X, KOMPAS_Y + rand + 12, "middle"
    else:
        x = KOMPAS_X + (rand if index == 1 else -rand)
        y, anker = KOMPAS_Y - 9 * (len(regels) - 1) + 5, "start" if index == 1 else "end"
    return anker, tuple(
        Regel(tekst, x, y + 18 * i, klein) for i, (tekst, klein) in enumerate(regels)
    )


def _legenda() -> tuple[Vak, ...]:
    return tuple(
        Vak(0, STATUS_LABELS[s], s, False, x, HOOGTE - 58)
        for s, x in ((COMPLEET, 30), (INGEKLEURD, 290), (ONTBREEKT, 640))
    )
