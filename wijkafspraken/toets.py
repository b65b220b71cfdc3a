"""The congruence check applied to one praatplaat: per question complete / ingekleurd / missing,
whether the chosen archetype requires it, and the witte vlekken. Expects a praatplaat fetched
with services.met_inhoud() so the check itself does no queries."""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.utils import timezone

from .choices import AfspraakStatus, SoortDeelnemer
from .congruentie import WIJKOVERSTIJGEND, Eis, eisen_voor
from .praatplaat import Onderdeel, Vraag

EVALUATIE_TERMIJN = datetime.timedelta(days=365)
BEWONERS_AAN_TAFEL = (SoortDeelnemer.BEWONERSORGANISATIE, SoortDeelnemer.COLLECTIEF)

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
        "Leg vast welke bewonersorganisatie of welk bewonerscollectief aan tafel zat: het "
        "gebiedsteam of de gemeente alleen is niet genoeg.",
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
    eerste_evaluatie: datetime.date | None = None
    status: str = field(init=False)  # worked out once: the page asks it several times a row

    def __post_init__(self):
        self.status = stand(self.is_compleet, bool(self.afspraken_op_tijd))

    @property
    def is_compleet(self) -> bool:
        """A required answer only when both sides marked it complete: its mere presence does
        not show that the wijk's democratic process is as strong as the archetype asks."""
        if self.antwoord is None:
            return False
        if self.eis is not None:
            return self.antwoord.door_beide_compleet
        return self.antwoord.is_compleet

    @property
    def afspraken_op_tijd(self) -> list:
        """Afspraken that fill this witte vlek: not vervallen, and due before the first
        evaluation (an afspraak years away fills nothing now)."""
        return [
            a
            for a in self.afspraken
            if a.status != AfspraakStatus.VERVALLEN
            and (self.eerste_evaluatie is None or a.wanneer <= self.eerste_evaluatie)
        ]

    @property
    def reden(self) -> str:
        """Why a required question does not count yet ('' when it does)."""
        if self.status != ONTBREEKT:
            return ""
        if self.antwoord is None or not self.antwoord.is_compleet:
            reden = "nog geen volledig antwoord"
        elif not self.antwoord.compleet_gebiedsteam:
            reden = "het gebiedsteam heeft het antwoord nog niet als compleet gemarkeerd"
        else:
            reden = "de bewonersorganisatie heeft het antwoord nog niet als compleet gemarkeerd"
        if self.afspraken and not self.afspraken_op_tijd:
            reden += "; de afspraak is pas na de eerste evaluatie klaar"
        return reden

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
    waarschuwingen: list[str] = field(default_factory=list)

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
        "deelnemers": any(d.soort in BEWONERS_AAN_TAFEL for d in praatplaat.deelnemers.all()),
    }
    return [(tekst, bron) for key, tekst, bron in BASISEISEN if not aanwezig[key]]


def _waarschuwingen(praatplaat) -> list[str]:
    """Archetype 3 for a theme that crosses the wijk: the seed excludes it ("dat geldt niet
    voor wijk- of dorpsoverstijgende vraagstukken"). A warning, as the line is a judgement."""
    return [
        f"Archetype 3 voor '{keuze.thema or 'in het algemeen'}' terwijl dit thema verder gaat "
        f'dan {praatplaat.wijk}: zeggenschap van de wijk over de agenda "{WIJKOVERSTIJGEND}". '
        "Kies voor dit thema archetype 1 of 2, of beperk het thema tot de wijk."
        for keuze in praatplaat.archetypen.all()
        if keuze.archetype == 3 and keuze.wijkoverstijgend
    ]


def eerste_evaluatie(praatplaat) -> datetime.date:
    """The evaluation the afspraken are due before: the planned one, or a year from today."""
    return praatplaat.evaluatie_op or timezone.localdate() + EVALUATIE_TERMIJN


def toets(praatplaat) -> Toets:
    archetype = hoogste_archetype(praatplaat)
    vereist = eisen_voor(archetype)
    antwoorden = {a.vraag_key: a for a in praatplaat.antwoorden.all()}
    afspraken: dict[str, list] = {}
    for afspraak in praatplaat.afspraken.all():
        afspraken.setdefault(afspraak.vraag_key, []).append(afspraak)
    vragenset = praatplaat.vragenset
    evaluatie = eerste_evaluatie(praatplaat)
    regels = [
        VraagRegel(
            vraag,
            vragenset.onderdeel_van(vraag.key),
            antwoorden.get(vraag.key),
            vereist.get(vraag.key),
            afspraken.get(vraag.key, []),
            evaluatie,
        )
        for vraag in vragenset.vragen
    ]
    return Toets(archetype, regels, _tekorten(praatplaat, archetype), _waarschuwingen(praatplaat))
