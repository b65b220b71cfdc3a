"""The congruence check applied to one praatplaat: per question complete / ingekleurd / missing,
whether the chosen archetype requires it, and the witte vlekken. Expects a praatplaat fetched
with services.met_inhoud() so the check itself does no queries."""

from dataclasses import dataclass, field
from functools import cached_property

from .choices import AfspraakStatus
from .congruentie import Eis, eisen_voor
from .praatplaat import Onderdeel, Vraag

COMPLEET, INGEKLEURD, ONTBREEKT = "compleet", "ingekleurd", "ontbreekt"
STATUS_LABELS = {
    COMPLEET: "Compleet",
    INGEKLEURD: "Witte vlek met afspraak",
    ONTBREEKT: "Ontbreekt",
}

# Basic demands that hold for every archetype, with where seed 001 asks for them.
BASISEISEN = (
    (
        "archetype",
        "Kies het archetype dat de wijk wil (per thema mag).",
        "wil de wijk het accent op adviseren & inspreken, aanjagen & initiëren of verdelen & "
        "besluiten?",
    ),
    (
        "rol_raad",
        "Leg vast welke rol de raad wil: sturen op inhoud of sturen op proces.",
        "Ook de rol die de raad daarin zelf wenst te spelen zou aan de orde moeten komen.",
    ),
    (
        "deelnemers",
        "Leg vast wie aan tafel zaten.",
        "Uiteraard zitten de bewonersorganisaties en bestaande bewonerscollectieven daarbij aan "
        "tafel.",
    ),
)


def stand(compleet: bool, met_afspraak: bool) -> str:
    """A question's stand: answered, a witte vlek an afspraak fills in, or missing."""
    if compleet:
        return COMPLEET
    return INGEKLEURD if met_afspraak else ONTBREEKT


@dataclass
class VraagRegel:
    vraag: Vraag
    onderdeel: Onderdeel
    antwoord: object | None
    eis: Eis | None
    afspraken: list = field(default_factory=list)
    status: str = field(init=False)  # worked out once: the page asks it several times a row

    def __post_init__(self):
        self.status = self._status()

    def _status(self) -> str:
        return stand(
            self.antwoord is not None and self.antwoord.is_compleet,
            any(a.status != AfspraakStatus.VERVALLEN for a in self.afspraken),
        )

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_witte_vlek(self) -> bool:
        return self.status == ONTBREEKT

    @property
    def blokkeert(self) -> bool:
        return self.eis is not None and self.is_witte_vlek


@dataclass
class Toets:
    archetype: int | None
    regels: list[VraagRegel]
    tekorten: list[tuple[str, str]]

    @cached_property
    def witte_vlekken(self) -> list[VraagRegel]:
        return [regel for regel in self.regels if regel.is_witte_vlek]

    @cached_property
    def blokkerend(self) -> list[VraagRegel]:
        return [regel for regel in self.regels if regel.blokkeert]

    @property
    def voldaan(self) -> bool:
        return not self.tekorten and not self.blokkerend

    @property
    def aantal_compleet(self) -> int:
        return sum(regel.status == COMPLEET for regel in self.regels)


def hoogste_archetype(praatplaat) -> int | None:
    return max((keuze.archetype for keuze in praatplaat.archetypen.all()), default=None)


def _tekorten(praatplaat, archetype) -> list[tuple[str, str]]:
    aanwezig = {
        "archetype": archetype is not None,
        "rol_raad": bool(praatplaat.rol_raad),
        "deelnemers": bool(praatplaat.deelnemers.all()),
    }
    return [(tekst, bron) for key, tekst, bron in BASISEISEN if not aanwezig[key]]


def toets(praatplaat) -> Toets:
    archetype = hoogste_archetype(praatplaat)
    vereist = eisen_voor(archetype)
    antwoorden = {a.vraag_key: a for a in praatplaat.antwoorden.all()}
    afspraken: dict[str, list] = {}
    for afspraak in praatplaat.afspraken.all():
        afspraken.setdefault(afspraak.vraag_key, []).append(afspraak)
    vragenset = praatplaat.vragenset
    regels = [
        VraagRegel(
            vraag,
            vragenset.onderdeel_van(vraag.key),
            antwoorden.get(vraag.key),
            vereist.get(vraag.key),
            afspraken.get(vraag.key, []),
        )
        for vraag in vragenset.vragen
    ]
    return Toets(archetype, regels, _tekorten(praatplaat, archetype))
